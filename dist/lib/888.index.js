export const id = 888;
export const ids = [888];
export const modules = {

/***/ 74888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectWorld: () => (/* binding */ collectWorld)
});

// UNUSED EXPORTS: GitHubError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sources/github/cache.ts
// The incremental cache (--cache DIR): what the last run collected and where each listing may
// stop next time. One JSON file per API root and repository; never the token.


function fileOf(dir, repo) {
    return (0,external_node_path_.join)(dir, `github-${encodeURIComponent(repo.toLowerCase()).replace(/%2F/gi, '--')}.json`);
}
/** The cache for this repository, or null when there is none or it cannot serve this run. */
function readCache(dir, repo, apiUrl, includeFiles, since) {
    let cache;
    try {
        cache = JSON.parse((0,external_node_fs_.readFileSync)(fileOf(dir, repo), 'utf8'));
    }
    catch {
        return null; // no cache yet, or an unreadable one: collect in full and write a fresh one
    }
    const fits = cache.version === 1 &&
        cache.apiUrl === apiUrl &&
        cache.repo.toLowerCase() === repo.toLowerCase() &&
        cache.includeFiles === includeFiles &&
        Date.parse(cache.since) <= since.getTime() &&
        typeof cache.world === 'object' &&
        Array.isArray(cache.kinds);
    return fits ? cache : null;
}
function writeCache(dir, cache) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = fileOf(dir, cache.repo);
    const temporary = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(cache));
    (0,external_node_fs_.renameSync)(temporary, file); // a crash mid-write leaves the previous cache whole
}

// EXTERNAL MODULE: ./src/sources/github/client.ts + 1 modules
var github_client = __webpack_require__(61460);
// EXTERNAL MODULE: ./src/sources/github/text.ts
var github_text = __webpack_require__(26221);
;// CONCATENATED MODULE: ./src/sources/github/common.ts

const AREAS = {
    repository: { what: 'the repository', permission: 'metadata: read' },
    pullRequests: { what: 'pull requests', permission: 'pull-requests: read' },
    history: { what: 'the commit history', permission: 'contents: read' },
    deployments: { what: 'deployments', permission: 'deployments: read' },
    releases: { what: 'releases', permission: 'contents: read' },
    tags: { what: 'tags', permission: 'contents: read' },
    issues: { what: 'issues', permission: 'issues: read' },
    runs: { what: 'workflow runs', permission: 'actions: read' },
};
/**
 * GraphQL names a bot `dependabot` where REST (and so the world format) says `dependabot[bot]`;
 * a deleted account is GitHub's `ghost`, which the world writes as null.
 */
function loginOf(actor) {
    if (!actor || actor.login === 'ghost')
        return null;
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}
/**
 * A walk through pages can return a record twice (a record added at the top shifts the next page
 * by one): the first is kept, the repeats are dropped and counted, and `done` logs how many, so a
 * world never lists one record twice (the world reader refuses that).
 */
function firstSeen(ctx, what) {
    const seen = new Set();
    let repeats = 0;
    return {
        /** true the first time `key` is seen in this walk */
        first(key) {
            if (seen.has(key)) {
                repeats += 1;
                return false;
            }
            seen.add(key);
            return true;
        },
        done() {
            if (repeats > 0)
                ctx.log(`github: ${what}: pagination returned ${(0,github_text/* plural */.L)(repeats, 'record')} twice; dropped the repeats`);
        },
    };
}
/** Nodes of a connection without the nulls GraphQL allows in lists. */
function nodesOf(connection) {
    return (connection?.nodes ?? []).filter((n) => n !== null);
}

// EXTERNAL MODULE: ./src/metrics/deployments.ts
var deployments = __webpack_require__(52685);
// EXTERNAL MODULE: ./src/metrics/graph.ts
var graph = __webpack_require__(61413);
// EXTERNAL MODULE: ./src/metrics/sources.ts
var metrics_sources = __webpack_require__(50923);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/sources/github/queries.ts
// Every GraphQL document the collector sends. A test validates each against GitHub's published
// schema (@octokit/graphql-schema). Connections ask for 100 nodes, GitHub's page limit; each
// query also reads its own cost so that the run can report the points it spent.
const RATE = 'rateLimit { cost remaining resetAt }';
const ACTOR = '__typename login';
const REPOSITORY_QUERY = `query Repository($owner: String!, $name: String!) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    nameWithOwner
    defaultBranchRef { name }
  }
}`;
const PULL_REQUEST_FIELDS = `
  number title body author { ${ACTOR} } state isDraft createdAt updatedAt mergedAt closedAt
  baseRefName headRefName mergeCommit { oid } additions deletions changedFiles
  labels(first: 100) { pageInfo { hasNextPage endCursor } nodes { name } }
  commits(first: 100) {
    pageInfo { hasNextPage endCursor }
    nodes { commit { oid authoredDate committedDate message } }
  }
  reviews(first: 100) { pageInfo { hasNextPage endCursor } nodes { author { ${ACTOR} } state submittedAt } }
  files(first: 100) @include(if: $withFiles) { pageInfo { hasNextPage endCursor } nodes { path } }`;
/**
 * Pull requests, most recently updated first. All bases: only those into the default branch are
 * changes (L1), but every open one is load (F3). A full run reads the open ones (an open pull
 * request nobody touched for months is still load) and the closed ones down to the horizon; an
 * incremental run reads every state down to the last update it saw.
 */
const PULL_REQUESTS_QUERY = `query PullRequests($owner: String!, $name: String!, $states: [PullRequestState!], $after: String, $withFiles: Boolean!) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    pullRequests(first: 100, after: $after, states: $states, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_REQUEST_FIELDS} }
    }
  }
}`;
/** The rest of one pull request's commits, reviews, labels or files, past the first 100. */
const PULL_REQUEST_MORE_QUERY = `query PullRequestMore($owner: String!, $name: String!, $number: Int!,
  $commits: Boolean!, $reviews: Boolean!, $labels: Boolean!, $files: Boolean!,
  $commitsAfter: String, $reviewsAfter: String, $labelsAfter: String, $filesAfter: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      commits(first: 100, after: $commitsAfter) @include(if: $commits) {
        pageInfo { hasNextPage endCursor }
        nodes { commit { oid authoredDate committedDate message } }
      }
      reviews(first: 100, after: $reviewsAfter) @include(if: $reviews) {
        pageInfo { hasNextPage endCursor }
        nodes { author { ${ACTOR} } state submittedAt }
      }
      labels(first: 100, after: $labelsAfter) @include(if: $labels) {
        pageInfo { hasNextPage endCursor }
        nodes { name }
      }
      files(first: 100, after: $filesAfter) @include(if: $files) {
        pageInfo { hasNextPage endCursor }
        nodes { path }
      }
    }
  }
}`;
/** The default branch's history (L3 containment), newest first, with parents. */
const HISTORY_QUERY = `query History($owner: String!, $name: String!, $ref: String!, $after: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          history(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes {
              oid authoredDate committedDate message
              author { name user { ${ACTOR} } }
              parents(first: 100) { nodes { oid } }
            }
          }
        }
      }
    }
  }
}`;
/** Deployments to the named environments, newest first, each with its statuses (newest first). */
const DEPLOYMENTS_QUERY = `query Deployments($owner: String!, $name: String!, $environments: [String!], $after: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    deployments(first: 100, after: $after, environments: $environments, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId commitOid environment createdAt
        creator { ${ACTOR} }
        ref { name }
        statuses(first: 100) { totalCount nodes { state createdAt } }
      }
    }
  }
}`;
const RELEASES_QUERY = `query Releases($owner: String!, $name: String!, $after: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    releases(first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { tagName name createdAt publishedAt isDraft isPrerelease tagCommit { oid } }
    }
  }
}`;
/** Tags with their tagger dates: an annotated tag has a tagger; a lightweight one is its commit. */
const TAGS_QUERY = `query Tags($owner: String!, $name: String!, $after: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after, orderBy: { field: ALPHABETICAL, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        target {
          __typename
          ... on Commit { oid committedDate }
          ... on Tag { tagger { date } target { __typename oid ... on Commit { committedDate } } }
        }
      }
    }
  }
}`;
const ALL_QUERIES = {
    REPOSITORY_QUERY,
    PULL_REQUESTS_QUERY,
    PULL_REQUEST_MORE_QUERY,
    HISTORY_QUERY,
    DEPLOYMENTS_QUERY,
    RELEASES_QUERY,
    TAGS_QUERY,
};

;// CONCATENATED MODULE: ./src/sources/github/deployments.ts



function toDeployment(n, fallbackEnvironment) {
    const deployment = {
        id: n.databaseId ?? 0,
        sha: n.commitOid,
        environment: n.environment ?? fallbackEnvironment,
        createdAt: n.createdAt,
        creator: loginOf(n.creator),
        // GitHub lists statuses newest first; the world keeps them oldest first.
        statuses: nodesOf(n.statuses)
            .map((s) => ({ state: s.state.toLowerCase(), createdAt: s.createdAt }))
            .reverse(),
    };
    if (n.ref)
        deployment.ref = n.ref.name;
    return deployment;
}
/** A deployment with more than 100 statuses: the rest through REST, 100 a page. */
async function fetchAllStatuses(ctx, deployment) {
    const all = [];
    for (let page = 1;; page++) {
        const { data } = await ctx.client.rest('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: ctx.owner, repo: ctx.name, deployment_id: deployment.id, per_page: 100, page }, AREAS.deployments);
        all.push(...data.map((s) => ({ state: s.state, createdAt: s.created_at })));
        if (data.length < 100)
            break;
    }
    deployment.statuses = all.reverse();
}
/**
 * Deployments to `environment` (GitHub matches environment names case-insensitively), newest
 * first, until `stop` accepts the oldest creation time seen (ms).
 */
async function collectDeployments(ctx, environment, stop) {
    const collected = [];
    const once = firstSeen(ctx, `deployments to ${environment}`);
    let after = null;
    for (;;) {
        const data = await ctx.client.graphql(DEPLOYMENTS_QUERY, { owner: ctx.owner, name: ctx.name, environments: [environment], after }, AREAS.deployments);
        const page = data.repository.deployments;
        const nodes = nodesOf(page);
        for (const node of nodes) {
            const deployment = toDeployment(node, environment);
            if (!once.first(deployment.id))
                continue;
            if ((node.statuses?.totalCount ?? 0) > (deployment.statuses?.length ?? 0)) {
                await fetchAllStatuses(ctx, deployment);
            }
            collected.push(deployment);
        }
        const oldest = nodes.length > 0 ? (0,github_text.ms)(nodes[nodes.length - 1].createdAt) : -Infinity;
        if (!page.pageInfo.hasNextPage || stop(oldest, collected))
            break;
        after = page.pageInfo.endCursor;
    }
    once.done();
    return collected;
}

;// CONCATENATED MODULE: ./src/sources/github/releases.ts



async function collectReleases(ctx, stop) {
    const collected = [];
    const once = firstSeen(ctx, 'releases');
    let after = null;
    for (;;) {
        const data = await ctx.client.graphql(RELEASES_QUERY, { owner: ctx.owner, name: ctx.name, after }, AREAS.releases);
        const page = data.repository.releases;
        const nodes = nodesOf(page);
        for (const n of nodes) {
            if (!once.first(n.tagName))
                continue;
            collected.push({
                tagName: n.tagName,
                name: n.name,
                createdAt: n.createdAt,
                publishedAt: n.publishedAt,
                isDraft: n.isDraft,
                isPrerelease: n.isPrerelease,
                tagCommitSha: n.tagCommit?.oid ?? null,
            });
        }
        const oldest = nodes.length > 0 ? (0,github_text.ms)(nodes[nodes.length - 1].createdAt) : -Infinity;
        if (!page.pageInfo.hasNextPage || stop(oldest, collected))
            break;
        after = page.pageInfo.endCursor;
    }
    once.done();
    return collected;
}
/** World format: taggedAt is the tagger date, or the commit's committer date for a lightweight tag. */
function toTag(name, target) {
    if (!target)
        return null;
    if (target.__typename === 'Commit' && target.oid && target.committedDate) {
        return { name, sha: target.oid, taggedAt: target.committedDate };
    }
    const commit = target.target;
    if (target.__typename !== 'Tag' || commit?.__typename !== 'Commit')
        return null; // a tag of a tree or blob
    const taggedAt = target.tagger?.date ?? commit.committedDate;
    return taggedAt ? { name, sha: commit.oid, taggedAt } : null;
}
/** Every tag: GitHub cannot list tags by date, and a new tag may point at an old commit. */
async function collectTags(ctx) {
    const tags = [];
    const once = firstSeen(ctx, 'tags');
    let after = null;
    for (;;) {
        const data = await ctx.client.graphql(TAGS_QUERY, { owner: ctx.owner, name: ctx.name, after }, AREAS.tags);
        const page = data.repository.refs;
        if (!page)
            break;
        for (const node of nodesOf(page)) {
            const tag = toTag(node.name, node.target);
            if (tag && once.first(tag.name))
                tags.push(tag);
        }
        if (!page.pageInfo.hasNextPage)
            break;
        after = page.pageInfo.endCursor;
    }
    once.done();
    return tags;
}

// EXTERNAL MODULE: ./src/sources/github/errors.ts
var errors = __webpack_require__(22497);
;// CONCATENATED MODULE: ./src/sources/github/runs.ts



const CAP = 1000;
const toRun = (r) => ({
    id: r.id,
    name: r.name ?? undefined,
    workflowPath: r.path.replace(/@.*$/, ''),
    headBranch: r.head_branch,
    headSha: r.head_sha,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    runStartedAt: r.run_started_at ?? null,
});
async function page(ctx, workflow, created, n) {
    const { data } = await ctx.client.rest('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner: ctx.owner,
        repo: ctx.name,
        workflow_id: workflow,
        branch: ctx.defaultBranch,
        status: 'success',
        created,
        per_page: 100,
        page: n,
    }, AREAS.runs);
    return data;
}
/** D1 names a workflow by its file or by its name; the API wants a file name or an id. */
async function findWorkflow(ctx, file) {
    const base = file.split('/').pop();
    const all = [];
    // every page: a repository may hold more than 100 workflows
    for (let n = 1;; n++) {
        const { data } = await ctx.client.rest('GET /repos/{owner}/{repo}/actions/workflows', { owner: ctx.owner, repo: ctx.name, per_page: 100, page: n }, AREAS.runs);
        all.push(...data.workflows);
        const found = data.workflows.find((w) => w.name === file || w.path === file || w.path.endsWith(`/${base}`));
        if (found)
            return found.id;
        if (data.workflows.length < 100 || all.length >= data.total_count)
            break;
    }
    const files = all.map((w) => w.path.split('/').pop());
    const more = files.length > 20 ? `, and ${files.length - 20} more` : '';
    const names = files.slice(0, 20).join(', ') + more || 'none';
    throw new errors/* GitHubError */.y_(`workflow:${file}: no such workflow in ${ctx.owner}/${ctx.name}; expected a file in .github/workflows or a workflow name (found: ${names})`, 404);
}
/**
 * All runs created in [from, to] (ms; `to` may be open), splitting below GitHub's cap. A range is
 * split when GitHub counts 1,000 runs or more in it (it may count no further than its cap), and
 * when its pages come back full up to the cap whatever the count said.
 */
async function fetchRange(ctx, workflow, from, to, out) {
    const created = `${(0,github_text/* isoSeconds */.n)(from)}..${to === null ? '*' : (0,github_text/* isoSeconds */.n)(to)}`;
    const first = await page(ctx, workflow, created, 1);
    const high = to ?? (first.workflow_runs[0] ? (0,github_text.ms)(first.workflow_runs[0].created_at) : from);
    const seconds = Math.floor((high - from) / 1000);
    const split = async (count) => {
        const parts = Math.min(seconds, Math.max(2, Math.ceil(count / (CAP * 0.9))));
        const step = Math.ceil((high - from) / parts / 1000) * 1000;
        for (let start = from; start <= high; start += step) {
            await fetchRange(ctx, workflow, start, Math.min(high, start + step - 1000), out);
        }
    };
    if (first.total_count >= CAP && seconds >= 2)
        return split(first.total_count);
    const found = [...first.workflow_runs];
    let last = first.workflow_runs.length;
    for (let n = 2; n <= CAP / 100 && last === 100 && found.length < first.total_count; n++) {
        const next = await page(ctx, workflow, created, n);
        found.push(...next.workflow_runs);
        last = next.workflow_runs.length;
    }
    // the window is full: GitHub may have cut the range at its cap, whatever it counted
    if (found.length >= CAP && seconds >= 2)
        return split(found.length);
    // (a range of one second holding more than 1,000 runs keeps GitHub's first 1,000)
    for (const run of found)
        out.set(run.id, toRun(run));
}
/**
 * Runs created from `fromMs` on, and the newest 100 created before it (the deployments that
 * bound the window from below, METRICS L4).
 */
async function collectRuns(ctx, file, fromMs, withBound) {
    let workflow = file.split('/').pop();
    const out = new Map();
    const from = Math.floor(fromMs / 1000) * 1000;
    try {
        await fetchRange(ctx, workflow, from, null, out);
    }
    catch (error) {
        // not a file name: look the workflow up by its name (one request, only then)
        if (!(error instanceof errors/* GitHubError */.y_) || error.status !== 404)
            throw error;
        workflow = await findWorkflow(ctx, file);
        await fetchRange(ctx, workflow, from, null, out);
    }
    if (withBound) {
        const older = await page(ctx, workflow, `<${(0,github_text/* isoSeconds */.n)(from)}`, 1);
        for (const run of older.workflow_runs)
            out.set(run.id, toRun(run));
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./src/sources/github/deployment-sources.ts
// Collects the records behind each deployment source (D1), only as far back as the windows need:
// everything from `since` on, plus the latest deployment before it — it bounds the changes the
// first deployment in the window ships (L3, L4). D2's `auto` stops at the first candidate that
// yields a deployment. The engine's own D1 code decides what counts, so both agree.








/** D1 strings → explicit sources, and D2's candidates when `auto` is among them. */
function planSources(sources) {
    const parsed = (sources.length ? sources : ['auto']).map((source) => (0,metrics_sources/* parseSource */.PJ)(source));
    const seen = new Set();
    const explicit = parsed
        .filter((s) => s !== 'auto')
        .filter((s) => !seen.has((0,metrics_sources/* formatSource */.j2)(s)) && Boolean(seen.add((0,metrics_sources/* formatSource */.j2)(s))));
    return { explicit, candidates: parsed.includes('auto') ? (0,metrics_sources/* autoCandidates */.mC)() : [] };
}
function deploymentsOf(world, source) {
    return (0,deployments/* listDeployments */.J)(world, source, new graph/* CommitGraph */.M(world.commits ?? []));
}
function latestBefore(world, source, sinceMs) {
    let best = null;
    for (const d of deploymentsOf(world, source))
        if (d.time < sinceMs && (best === null || d.time > best))
            best = d.time;
    return best;
}
function merge(cached, fresh, key) {
    const byKey = new Map((cached ?? []).map((t) => [key(t), t]));
    for (const t of fresh)
        byKey.set(key(t), t);
    return [...byKey.values()];
}
const newest = (times) => times.reduce((m, t) => Math.max(m, (0,github_text.ms)(t)), -Infinity);
/**
 * A newest-first walk stops once its oldest record is a margin older than the bound; with no
 * deployment before `since` yet it goes on (a whole history is what it takes to know there is none).
 */
function fullStop(state, source, partial, margin) {
    return (oldest, collected) => {
        const bound = latestBefore(partial(collected), source, state.sinceMs);
        return bound !== null && oldest < bound - margin;
    };
}
async function environment(ctx, state, source) {
    const kind = `environment:${source.name.toLowerCase()}`;
    const cached = state.cache?.kinds.includes(kind) ? (state.cache.world.deployments ?? []) : null;
    const wanted = source.name.toLowerCase();
    const withEnv = (list) => list.filter((d) => d.environment.toLowerCase() === wanted);
    // Incremental: new deployments, and again any whose outcome was still open last time.
    const open = (d) => (0,github_text.ms)(d.createdAt) >= state.sinceMs - stats/* DAY_MS */.sO &&
        !(d.statuses ?? []).some((s) => ['success', 'failure', 'error', 'inactive'].includes(s.state));
    const mine = withEnv(cached ?? []);
    const mark = Math.min(newest(mine.map((d) => d.createdAt)), ...mine.filter(open).map((d) => (0,github_text.ms)(d.createdAt)));
    const stop = cached
        ? (oldest) => oldest < mark
        : fullStop(state, source, (c) => ({ ...state.world, deployments: c }), stats/* DAY_MS */.sO);
    const fresh = await collectDeployments(ctx, source.name, stop);
    state.world.deployments = merge(merge(cached ?? [], state.world.deployments ?? [], (d) => d.id), fresh, (d) => d.id);
    state.kinds.add(kind);
    return `${(0,github_text/* plural */.L)(fresh.length, 'deployment')} to ${source.name}`;
}
async function releases(ctx, state) {
    const cached = state.cache?.kinds.includes('releases') ? (state.cache.world.releases ?? []) : null;
    // Incremental: new releases, and again any draft (publishing one does not change createdAt).
    const drafts = (cached ?? [])
        .filter((r) => r.isDraft && (0,github_text.ms)(r.createdAt) >= state.sinceMs - 30 * stats/* DAY_MS */.sO)
        .map((r) => (0,github_text.ms)(r.createdAt));
    // Revalidated down to the release that bounds the windows (L4): one deleted since the last run
    // must not linger in the cache. The walk is of the windows' releases only, a page or two.
    const bound = cached
        ? latestBefore({ ...state.world, releases: cached }, { kind: 'releases' }, state.sinceMs)
        : null;
    const mark = Math.min(newest((cached ?? []).map((r) => r.createdAt)), ...drafts, bound ?? state.sinceMs);
    const stop = cached
        ? (oldest) => oldest < mark
        : fullStop(state, { kind: 'releases' }, (c) => ({ ...state.world, releases: c }), 30 * stats/* DAY_MS */.sO);
    const fresh = await collectReleases(ctx, stop);
    const listed = new Set(fresh.map((r) => r.tagName));
    const gone = (cached ?? []).filter((r) => (0,github_text.ms)(r.createdAt) >= mark && !listed.has(r.tagName));
    const kept = (cached ?? []).filter((r) => !gone.includes(r));
    state.world.releases = merge(kept, fresh, (r) => r.tagName);
    state.kinds.add('releases');
    const dropped = gone.length ? `; ${(0,github_text/* plural */.L)(gone.length, 'cached release')} deleted since, dropped` : '';
    return `${(0,github_text/* plural */.L)(fresh.length, 'release')}${dropped}`;
}
async function tags(ctx, state) {
    if (state.kinds.has('tags'))
        return 'tags already read';
    state.world.tags = await collectTags(ctx);
    state.kinds.add('tags');
    return (0,github_text/* plural */.L)(state.world.tags.length, 'tag');
}
async function workflow(ctx, state, file) {
    const kind = `workflow:${file}`;
    const cached = state.cache?.kinds.includes(kind) ? (state.cache.world.workflowRuns ?? []) : null;
    // Incremental: runs created since a day before the newest cached one (a run may finish late).
    const from = cached ? newest(cached.map((r) => r.createdAt)) - stats/* DAY_MS */.sO : state.sinceMs - stats/* DAY_MS */.sO;
    const fresh = await collectRuns(ctx, file, Number.isFinite(from) ? from : state.sinceMs - stats/* DAY_MS */.sO, !cached);
    state.world.workflowRuns = merge(merge(cached ?? [], state.world.workflowRuns ?? [], (r) => r.id), fresh, (r) => r.id);
    state.kinds.add(kind);
    return (0,github_text/* plural */.L)(fresh.length, `successful run`) + ` of ${file}`;
}
/** Collects one source's records into `state.world`; `merges` is left to the pull request walk. */
async function collectSource(ctx, state, source) {
    let summary = 'from the pull requests';
    if (source.kind === 'environment')
        summary = await environment(ctx, state, source);
    if (source.kind === 'releases')
        summary = await releases(ctx, state);
    if (source.kind === 'tags')
        summary = await tags(ctx, state);
    if (source.kind === 'workflow')
        summary = await workflow(ctx, state, source.file);
    if (source.kind === 'merges')
        return { source, bound: null, yields: true, summary };
    const found = deploymentsOf(state.world, source);
    return {
        source,
        bound: latestBefore(state.world, source, state.sinceMs),
        yields: found.length > 0,
        summary,
    };
}

;// CONCATENATED MODULE: ./src/sources/github/history.ts




const toCommit = (n) => ({
    sha: n.oid,
    parents: nodesOf(n.parents).map((p) => p.oid),
    authoredAt: n.authoredDate,
    committedAt: n.committedDate,
    message: n.message,
    author: loginOf(n.author?.user) ?? n.author?.name ?? null,
});
function firstParentReaches(head, all, before) {
    let sha = head;
    while (sha) {
        const commit = all(sha);
        if (!commit)
            return false;
        if ((0,github_text.ms)(commit.committedAt) < before)
            return true;
        sha = commit.parents?.[0];
    }
    return true; // reached the root
}
function done(fetched, head, oldestMs, needs) {
    const known = needs.known ?? new Map();
    const all = (sha) => fetched.get(sha) ?? known.get(sha);
    for (const [sha, expected] of needs.needed) {
        if (!all(sha) && oldestMs >= expected - 7 * stats/* DAY_MS */.sO)
            return false;
    }
    if (needs.firstParentBeforeMs !== undefined && !firstParentReaches(head, all, needs.firstParentBeforeMs)) {
        return false;
    }
    if (oldestMs < needs.horizonMs - stats/* DAY_MS */.sO)
        return true;
    if (known.size === 0)
        return false;
    // Incremental: past the newest known commit, and nothing fetched names a parent still unseen.
    const newestKnown = Math.max(...[...known.values()].map((c) => (0,github_text.ms)(c.committedAt)));
    if (oldestMs >= newestKnown - stats/* DAY_MS */.sO)
        return false;
    for (const commit of fetched.values()) {
        for (const parent of commit.parents ?? [])
            if (!all(parent))
                return false;
    }
    return true;
}
async function collectHistory(ctx, needs) {
    const fetched = new Map();
    let head;
    let after = null;
    for (;;) {
        const data = await ctx.client.graphql(HISTORY_QUERY, { owner: ctx.owner, name: ctx.name, ref: `refs/heads/${ctx.defaultBranch}`, after }, AREAS.history);
        const history = data.repository.ref?.target?.history;
        if (!history)
            break; // an empty repository has no commits
        const nodes = nodesOf(history);
        for (const node of nodes)
            fetched.set(node.oid, toCommit(node));
        head ??= nodes[0]?.oid;
        const oldest = nodes.length > 0 ? (0,github_text.ms)(nodes[nodes.length - 1].committedDate) : -Infinity;
        if (!history.pageInfo.hasNextPage || done(fetched, head, oldest, needs))
            break;
        after = history.pageInfo.endCursor;
    }
    return [...fetched.values()];
}

;// CONCATENATED MODULE: ./src/sources/github/issues.ts

const toIssue = (i) => ({
    number: i.number,
    title: i.title,
    author: i.user?.login ?? null,
    state: i.state === 'open' ? 'OPEN' : 'CLOSED',
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    createdAt: i.created_at,
    closedAt: i.closed_at,
});
/**
 * `openToo`: also every incident still open, however long ago it was last updated: R2 counts an
 * open incident that started before the windows to the end of each (an updated-since listing
 * misses one nobody touched since).
 */
async function collectIssues(ctx, labels, since, openToo = false) {
    const found = new Map();
    let newestUpdatedAt = null;
    const listings = labels.flatMap((label) => [
        { label, state: 'all', since },
        ...(openToo ? [{ label, state: 'open', since: undefined }] : []),
    ]);
    for (const { label, state, since: from } of listings) {
        // Two listings (two labels, all and open) may share an issue; a repeat within one is pagination's.
        const once = firstSeen(ctx, `issues labelled ${label}`);
        for (let page = 1;; page++) {
            const { data, headers } = await ctx.client.rest('GET /repos/{owner}/{repo}/issues', {
                owner: ctx.owner,
                repo: ctx.name,
                labels: label,
                state,
                ...(from === undefined ? {} : { since: from }),
                sort: 'updated',
                direction: 'desc',
                per_page: 100,
                page,
            }, AREAS.issues);
            for (const item of data) {
                if (!newestUpdatedAt || item.updated_at > newestUpdatedAt)
                    newestUpdatedAt = item.updated_at;
                // the issues listing includes pull requests; incidents are issues only
                if (once.first(item.number) && item.pull_request === undefined)
                    found.set(item.number, toIssue(item));
            }
            if (!/rel="next"/.test(String(headers.link ?? '')))
                break;
        }
        once.done();
    }
    return { issues: [...found.values()], newestUpdatedAt };
}

;// CONCATENATED MODULE: ./src/sources/github/pull-requests.ts



const pull_requests_toCommit = (n) => ({
    sha: n.commit.oid,
    authoredAt: n.commit.authoredDate,
    committedAt: n.commit.committedDate,
    message: n.commit.message,
});
// A review without submittedAt is a PENDING one only its author sees; METRICS F2 ignores those.
const toReviews = (nodes) => nodes
    .filter((r) => r.submittedAt)
    .map((r) => ({ author: loginOf(r.author), state: r.state, submittedAt: r.submittedAt }));
function toPullRequest(n, includeFiles) {
    const pr = {
        number: n.number,
        title: n.title,
        body: n.body,
        author: loginOf(n.author),
        state: n.state,
        isDraft: n.isDraft,
        createdAt: n.createdAt,
        mergedAt: n.mergedAt,
        closedAt: n.closedAt,
        baseRefName: n.baseRefName,
        headRefName: n.headRefName,
        mergeCommitSha: n.mergeCommit?.oid ?? null,
        labels: nodesOf(n.labels).map((l) => l.name),
        additions: n.additions,
        deletions: n.deletions,
        changedFiles: n.changedFiles,
        commits: nodesOf(n.commits).map(pull_requests_toCommit),
        reviews: toReviews(nodesOf(n.reviews)),
    };
    if (includeFiles)
        pr.files = nodesOf(n.files).map((f) => f.path);
    return pr;
}
/** Fetches the commits, reviews, labels or files past the first 100 of one pull request. */
async function fetchRest(ctx, pr, node, nested) {
    const after = {};
    let pending = nested;
    for (const kind of nested)
        after[kind] = node[kind].pageInfo.endCursor;
    while (pending.length > 0) {
        const flags = Object.fromEntries(['commits', 'reviews', 'labels', 'files'].map((k) => [k, pending.includes(k)]));
        const data = await ctx.client.graphql(PULL_REQUEST_MORE_QUERY, {
            owner: ctx.owner,
            name: ctx.name,
            number: node.number,
            ...flags,
            commitsAfter: after.commits,
            reviewsAfter: after.reviews,
            labelsAfter: after.labels,
            filesAfter: after.files,
        }, AREAS.pullRequests);
        const more = data.repository.pullRequest;
        pr.commits?.push(...nodesOf(more.commits).map(pull_requests_toCommit));
        pr.reviews?.push(...toReviews(nodesOf(more.reviews)));
        pr.labels?.push(...nodesOf(more.labels).map((l) => l.name));
        pr.files?.push(...nodesOf(more.files).map((f) => f.path));
        pending = pending.filter((k) => {
            const page = more[k];
            after[k] = page?.pageInfo.endCursor ?? null;
            return page?.pageInfo.hasNextPage === true;
        });
    }
}
/**
 * Walks pull requests by UPDATED_AT descending until `stop` says the oldest one seen so far
 * (its updatedAt in ms) is old enough: every pull request not yet seen was updated before it.
 */
async function collectPullRequests(ctx, includeFiles, states, stop) {
    const pullRequests = [];
    const updatedAt = new Map();
    const once = firstSeen(ctx, 'pull requests');
    let after = null;
    for (;;) {
        const data = await ctx.client.graphql(PULL_REQUESTS_QUERY, { owner: ctx.owner, name: ctx.name, states, after, withFiles: includeFiles }, AREAS.pullRequests);
        const page = data.repository.pullRequests;
        const nodes = nodesOf(page);
        for (const node of nodes) {
            if (!once.first(node.number))
                continue;
            const pr = toPullRequest(node, includeFiles);
            const overflow = ['commits', 'reviews', 'labels', 'files'].filter((k) => node[k]?.pageInfo.hasNextPage);
            if (overflow.length > 0)
                await fetchRest(ctx, pr, node, overflow);
            pullRequests.push(pr);
            updatedAt.set(pr.number, node.updatedAt);
        }
        const oldest = nodes.length > 0 ? (0,github_text.ms)(nodes[nodes.length - 1].updatedAt) : -Infinity;
        if (!page.pageInfo.hasNextPage || stop(oldest, pullRequests))
            break;
        after = page.pageInfo.endCursor;
    }
    once.done();
    return { pullRequests, updatedAt };
}

;// CONCATENATED MODULE: ./src/sources/github/phases.ts





/** A phase's line: what it found and the requests it took. */
function phase(ctx, label, before, found) {
    ctx.log(`github: ${label}: ${found} (${(0,github_text/* plural */.L)(ctx.client.stats.requests - before, 'request')})`);
}
function latestMerge(prs, beforeMs) {
    let best = null;
    for (const pr of prs) {
        const t = (0,github_text.ms)(pr.mergedAt);
        if (t < beforeMs && (best === null || t > best))
            best = t;
    }
    return best;
}
async function pullRequestPhase(ctx, state, horizon, merges, includeFiles) {
    const cache = state.cache;
    const mark = cache?.marks.pullRequests ? (0,github_text.ms)(cache.marks.pullRequests) : null;
    const before = ctx.client.stats.requests;
    // One walk at a time: GitHub asks clients not to send concurrent requests.
    const results = [];
    if (mark !== null) {
        // incremental: any change to a pull request moves its updatedAt, so all changes lie above the mark
        results.push(await collectPullRequests(ctx, includeFiles, null, (oldest) => oldest < mark));
    }
    else {
        results.push(await collectPullRequests(ctx, includeFiles, ['OPEN'], () => false));
        results.push(await collectPullRequests(ctx, includeFiles, ['CLOSED', 'MERGED'], (oldest, collected) => {
            const merged = collected.filter((pr) => pr.mergedAt && pr.baseRefName === ctx.defaultBranch);
            if (merged.length === 0)
                return false; // L1: with no merged pull request, commits count instead
            if (!merges)
                return oldest < horizon;
            // D1 merges: the latest merge before `since` bounds the window; every unseen one is older.
            const bound = latestMerge(merged, state.sinceMs);
            return bound !== null && oldest < Math.min(horizon, bound);
        }));
    }
    const byNumber = new Map((cache?.world.pullRequests ?? []).map((pr) => [pr.number, pr]));
    let newest = cache?.marks.pullRequests ?? '';
    let count = 0;
    for (const { pullRequests, updatedAt } of results) {
        count += pullRequests.length;
        for (const pr of pullRequests)
            byNumber.set(pr.number, pr);
        for (const t of updatedAt.values())
            if (t > newest)
                newest = t;
    }
    state.world.pullRequests = [...byNumber.values()].sort((a, b) => a.number - b.number);
    phase(ctx, 'pull requests', before, (0,github_text/* plural */.L)(count, 'pull request'));
    return newest || undefined;
}
async function historyPhase(ctx, state, horizon, chosen) {
    const before = ctx.client.stats.requests;
    const world = state.world;
    const needed = new Map();
    for (const pr of world.pullRequests ?? []) {
        if (pr.baseRefName !== ctx.defaultBranch || !pr.mergeCommitSha)
            continue;
        if ((0,github_text.ms)(pr.mergedAt) >= horizon)
            needed.set(pr.mergeCommitSha, (0,github_text.ms)(pr.mergedAt));
    }
    for (const { source } of chosen) {
        for (const d of deploymentsOf(world, source))
            if (d.sha && d.time >= horizon)
                needed.set(d.sha, d.time);
    }
    const commitsOnly = !(world.pullRequests ?? []).some((pr) => pr.mergedAt && pr.baseRefName === ctx.defaultBranch);
    const merges = chosen.some((c) => c.source.kind === 'merges');
    const known = state.cache ? new Map((state.cache.world.commits ?? []).map((c) => [c.sha, c])) : undefined;
    // Incremental: what the last run looked for below its newest commit, it has found or passed
    // (an off-branch deployment's commit is never found).
    const newestKnown = Math.max(...[...(known?.values() ?? [])].map((c) => (0,github_text.ms)(c.committedAt)));
    for (const [sha, expected] of needed)
        if (expected < newestKnown)
            needed.delete(sha);
    const fresh = await collectHistory(ctx, {
        horizonMs: horizon,
        needed,
        firstParentBeforeMs: commitsOnly && merges ? state.sinceMs : undefined,
        known: known?.size ? known : undefined,
    });
    const bySha = known ?? new Map();
    for (const c of fresh)
        bySha.set(c.sha, c);
    world.commits = [...bySha.values()];
    phase(ctx, `commits of ${ctx.defaultBranch}`, before, (0,github_text/* plural */.L)(fresh.length, 'commit'));
}
async function issuePhase(ctx, state, labels) {
    if (labels.length === 0)
        return undefined;
    const kind = `issues:${labels
        .map((l) => l.toLowerCase())
        .sort()
        .join(',')}`;
    const cached = state.cache?.kinds.includes(kind) ? state.cache : null;
    const before = ctx.client.stats.requests;
    const since = (0,github_text/* isoSeconds */.n)(state.sinceMs);
    const inWindows = (i) => (0,github_text.ms)(i.createdAt) >= state.sinceMs || (0,github_text.ms)(i.closedAt) >= state.sinceMs;
    // R2: a first collection also lists the incidents still open; an incremental one only when the
    // cache holds one opened before the windows (every other open one was updated since).
    const openBefore = (cached?.world.issues ?? []).some((i) => i.state === 'OPEN' && !inWindows(i));
    // Every run lists the incidents updated since the windows' start, not only since the last run:
    // an issue whose incident label was removed since is no longer listed, and leaves the cache.
    const { issues, newestUpdatedAt } = await collectIssues(ctx, labels, since, !cached || openBefore);
    const listed = new Set(issues.map((i) => i.number));
    const revalidated = (i) => inWindows(i) || (openBefore && i.state === 'OPEN');
    const cachedIssues = cached?.world.issues ?? [];
    const kept = cachedIssues.filter((i) => listed.has(i.number) || !revalidated(i));
    const byNumber = new Map(kept.map((i) => [i.number, i]));
    for (const issue of issues)
        byNumber.set(issue.number, issue);
    state.world.issues = [...byNumber.values()].sort((a, b) => a.number - b.number);
    state.kinds.add(kind);
    const dropped = cachedIssues.length - kept.length;
    const note = dropped ? `; ${(0,github_text/* plural */.L)(dropped, 'cached incident')} no longer labelled, dropped` : '';
    phase(ctx, `issues labelled ${labels.join(', ')}`, before, `${(0,github_text/* plural */.L)(issues.length, 'issue')}${note}`);
    return newestUpdatedAt ?? cached?.marks.issues;
}
/** A repository with nothing in the windows gives all-null metrics; say why before that happens. */
function warnIfEmpty(ctx, state, chosen, until) {
    const inWindows = (t) => t >= state.sinceMs && t < until;
    const world = state.world;
    const merged = (world.pullRequests ?? []).some((pr) => inWindows((0,github_text.ms)(pr.mergedAt)));
    const commits = (world.commits ?? []).some((c) => inWindows((0,github_text.ms)(c.committedAt)));
    const deployed = chosen.some(({ source }) => deploymentsOf(world, source).some((d) => inWindows(d.time)));
    if (merged || commits || deployed)
        return;
    ctx.log(`github: nothing in the windows from ${(0,github_text/* isoSeconds */.n)(state.sinceMs)} to ${(0,github_text/* isoSeconds */.n)(until)}: no merged pull request, commit or deployment`);
}

;// CONCATENATED MODULE: ./src/sources/github/trim.ts

function trimBeforeHistory(world, sources, horizon) {
    const commits = new Set((world.commits ?? []).map((c) => c.sha));
    if (commits.size === 0)
        return 0; // L3: with no commits at all, containment is assumed
    const drop = new Set();
    for (const source of sources) {
        for (const d of deploymentsOf(world, source)) {
            if (d.time >= horizon || !d.sha || commits.has(d.sha))
                continue;
            drop.add(d.key);
            // D3: tags or releases merged into this deployment go with it
            const prefix = d.key.slice(0, d.key.indexOf(':') + 1);
            for (const alias of d.aliases)
                drop.add(`${prefix}${alias}`);
        }
    }
    if (drop.size === 0)
        return 0;
    world.deployments &&= world.deployments.filter((d) => !drop.has(`deployment:${d.id}`));
    world.releases &&= world.releases.filter((r) => !drop.has(`release:${r.tagName}`));
    world.tags &&= world.tags.filter((t) => !drop.has(`tag:${t.name}`));
    world.workflowRuns &&= world.workflowRuns.filter((r) => !drop.has(`run:${r.id}`));
    return drop.size;
}

;// CONCATENATED MODULE: ./src/sources/github/collect.ts










async function readRepository(client, owner, name) {
    const data = await client.graphql(REPOSITORY_QUERY, { owner, name }, AREAS.repository);
    if (!data.repository)
        throw new errors/* GitHubError */.y_(`${owner}/${name}: repository not found, or the token cannot see it`, 404);
    // An empty repository has no default branch yet; nothing below will find anything on it.
    return data.repository.defaultBranchRef?.name ?? 'main';
}
async function sourcePhase(ctx, state, sources) {
    const plan = planSources(sources);
    const chosen = [];
    const collect = async (source) => {
        const before = ctx.client.stats.requests;
        const result = await collectSource(ctx, state, source);
        if (source.kind !== 'merges')
            phase(ctx, 'deployments', before, result.summary);
        return result;
    };
    for (const source of plan.explicit)
        chosen.push(await collect(source));
    // D2: auto takes the first candidate that yields a deployment (merges, the last, always does).
    for (const source of plan.candidates) {
        const result = await collect(source);
        if (result.yields) {
            chosen.push(result);
            break;
        }
    }
    return chosen;
}
async function collectWorld(options) {
    const [owner, name] = options.repo.split('/');
    if (!owner || !name || options.repo.split('/').length !== 2) {
        throw new errors/* GitHubError */.y_(`--repo: ${JSON.stringify(options.repo)} is not OWNER/NAME (for example octocat/hello-world)`);
    }
    const log = options.log ?? (() => undefined);
    const client = (0,github_client/* createGitHubClient */.L)({ ...options, log, repo: options.repo });
    const defaultBranch = await readRepository(client, owner, name);
    const ctx = { client, owner, name, defaultBranch, log };
    log(`github: ${owner}/${name}, default branch ${defaultBranch}, since ${(0,github_text/* isoSeconds */.n)(options.since.getTime())}`);
    const includeFiles = options.includeFiles ?? false;
    const cache = options.cacheDir
        ? readCache(options.cacheDir, options.repo, client.apiUrl, includeFiles, options.since)
        : null;
    if (cache)
        log(`github: incremental, from the cache of ${cache.since}`);
    const state = {
        world: {
            schemaVersion: 1,
            generatedAt: (0,github_text/* isoSeconds */.n)(options.until.getTime()),
            repository: { owner, name, defaultBranch },
        },
        sinceMs: options.since.getTime(),
        cache,
        kinds: new Set(),
    };
    const chosen = await sourcePhase(ctx, state, options.sources);
    const bounds = chosen.map((c) => c.bound).filter((b) => b !== null);
    const horizon = Math.min(state.sinceMs, ...bounds);
    const merges = chosen.some((c) => c.source.kind === 'merges');
    const prMark = await pullRequestPhase(ctx, state, horizon, merges, includeFiles);
    await historyPhase(ctx, state, horizon, chosen);
    trimBeforeHistory(state.world, chosen.map((c) => c.source), horizon);
    const issueMark = await issuePhase(ctx, state, options.incidentLabels);
    warnIfEmpty(ctx, state, chosen, options.until.getTime());
    if (options.cacheDir)
        saveCache(options, client, state, { pullRequests: prMark, issues: issueMark });
    log(`github: ${(0,github_text/* plural */.L)(client.stats.requests, 'request')}, ${(0,github_text/* plural */.L)(client.stats.points, 'rate-limit point')}`);
    return { world: state.world, stats: { ...client.stats } };
}
function saveCache(options, client, state, marks) {
    writeCache(options.cacheDir, {
        version: 1,
        apiUrl: client.apiUrl,
        repo: options.repo,
        includeFiles: options.includeFiles ?? false,
        since: state.cache?.since ?? (0,github_text/* isoSeconds */.n)(state.sinceMs),
        kinds: [...state.kinds],
        marks,
        world: state.world,
    });
}


/***/ })

};
