import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ MINIMUM_SAMPLE),
/* harmony export */   XO: () => (/* binding */ batchSizePairs),
/* harmony export */   f5: () => (/* binding */ computeBottleneck),
/* harmony export */   gC: () => (/* binding */ frequencyPairs),
/* harmony export */   h$: () => (/* binding */ computeCorrelations)
/* harmony export */ });
/* unused harmony export correlate */
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** Below this many pairs a coefficient is shown but said to mean nothing. */
const MINIMUM_SAMPLE = 10;
const PHASES = ['coding', 'pickup', 'review', 'deploy'];
function computeBottleneck(report) {
    if (report.flow === null)
        return null;
    const complete = report.records.pullRequests.filter((pr) => pr.pickupHours !== null && pr.deployHours !== null);
    const totals = { coding: 0, pickup: 0, review: 0, deploy: 0 };
    for (const pr of complete) {
        totals.coding += pr.codingHours;
        totals.pickup += pr.pickupHours;
        totals.review += pr.reviewHours;
        totals.deploy += pr.deployHours;
    }
    const all = PHASES.reduce((sum, phase) => sum + totals[phase], 0);
    const phases = PHASES.map((phase) => ({
        phase,
        totalHours: totals[phase],
        share: all === 0 ? 0 : totals[phase] / all,
    }));
    const largest = all === 0 ? null : phases.reduce((best, p) => (p.totalHours > best.totalHours ? p : best));
    return {
        pullRequests: complete.length,
        phases,
        largest: largest?.phase ?? null,
        largestShare: largest?.share ?? null,
    };
}
function correlate(x, y, pairs) {
    return {
        x,
        y,
        n: pairs.length,
        spearman: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .spearman */ .CN)(pairs.map((p) => p[0]), pairs.map((p) => p[1])),
        minimumSample: MINIMUM_SAMPLE,
        enough: pairs.length >= MINIMUM_SAMPLE,
    };
}
/** Per pull request merged in the window with a known size: lines changed (F6) and cycle time (F2). */
function batchSizePairs(report) {
    return report.records.pullRequests
        .filter((pr) => pr.lines !== null)
        .map((pr) => [pr.lines, pr.cycleHours]);
}
/** Per week (W3) with at least one deployment: deployments, and the share of them that failed (C3). */
function frequencyPairs(report) {
    return report.weekly
        .filter((w) => w.deployments > 0)
        .map((w) => [w.deployments, w.failedDeployments / w.deployments]);
}
function computeCorrelations(report) {
    return {
        batchSizeVsCycleTime: correlate('lines changed per pull request', 'cycle time (hours)', batchSizePairs(report)),
        deploymentsVsFailureRate: correlate('deployments in the week', 'change failure rate of the week', frequencyPairs(report)),
    };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ spearman),
/* harmony export */   XG: () => (/* binding */ weightedPercentile),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony exports averageRanks, pearson */
/* harmony import */ var _metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4522);
// Statistics the context needs beyond S1: a weighted percentile that is S1's on the values
// repeated by their whole-number weights, and Spearman's rank correlation.

/**
 * S1 over the multiset in which each value appears `weight` times (weights are whole numbers, as
 * the configuration requires): with every weight 1 it is exactly S1's percentile. null when the
 * weights add up to 0.
 */
function weightedPercentile(values, weights, p) {
    const order = values.map((_, i) => i).filter((i) => weights[i] > 0);
    order.sort((a, b) => values[a] - values[b]);
    let total = 0;
    for (const i of order)
        total += weights[i];
    if (total === 0)
        return null;
    const rank = p * (total - 1);
    const low = valueAt(order, values, weights, Math.floor(rank));
    const high = valueAt(order, values, weights, Math.ceil(rank));
    return low + (high - low) * (rank - Math.floor(rank));
}
/** The value at position `k` of the expanded, sorted multiset. */
function valueAt(order, values, weights, k) {
    let seen = 0;
    for (const i of order) {
        seen += weights[i];
        if (k < seen)
            return values[i];
    }
    return values[order[order.length - 1]];
}
/** Ranks from 1, ties sharing the average of the ranks they span. */
function averageRanks(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Array(values.length);
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && values[order[end + 1]] === values[order[start]])
            end += 1;
        const rank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k++)
            ranks[order[k]] = rank;
        start = end + 1;
    }
    return ranks;
}
/** Pearson's coefficient; null when either side has no spread or fewer than 3 pairs. */
function pearson(xs, ys) {
    const n = xs.length;
    if (n < 3)
        return null;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += xs[i] / n;
        my += ys[i] / n;
    }
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) ** 2;
        syy += (ys[i] - my) ** 2;
    }
    if (sxx === 0 || syy === 0)
        return null;
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
/** Spearman's rho: Pearson's coefficient of the average ranks (robust to skew and outliers). */
function spearman(xs, ys) {
    return pearson(averageRanks(xs), averageRanks(ys));
}
/** S1's median and p90 of durations in hours. */
function summarize(hours) {
    const sorted = (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortNumbers */ .Dx)(hours);
    return {
        count: sorted.length,
        medianHours: (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, 0.5),
        p90Hours: (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, 0.9),
    };
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ withoutTrailingNumber),
/* harmony export */   f8: () => (/* binding */ isMergedInto),
/* harmony export */   sl: () => (/* binding */ buildChanges)
/* harmony export */ });
/* unused harmony export subjectOf */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7488);

/** A pull request merged into the default branch (L1). A missing base is taken as the default. */
function isMergedInto(pr, branch) {
    return !!pr.mergedAt && (pr.baseRefName === undefined || pr.baseRefName === branch);
}
const TRAILING_NUMBER = / \(#\d+\)$/;
function withoutTrailingNumber(title) {
    return title.replace(TRAILING_NUMBER, '');
}
function subjectOf(message) {
    if (!message)
        return '';
    const end = message.indexOf('\n');
    return (end < 0 ? message : message.slice(0, end)).replace(/\r$/, '');
}
/** L1/L2; sorted by C2's order: merge time, then number or sha. */
function buildChanges(world) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => isMergedInto(pr, branch));
    const changes = merged.length > 0 ? merged.map(fromPullRequest) : commitChanges(world);
    return changes.sort((a, b) => a.merged - b.merged || (a.number ?? 0) - (b.number ?? 0) || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.sha ?? '', b.sha ?? ''));
}
function fromPullRequest(pr) {
    // L2: the earliest authoredAt of its commits; createdAt when it has none.
    let start = Infinity;
    for (const commit of pr.commits ?? [])
        start = Math.min(start, (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.authoredAt));
    if (start === Infinity)
        start = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.createdAt);
    return {
        id: `#${pr.number}`,
        kind: 'pull-request',
        number: pr.number,
        sha: pr.mergeCommitSha ?? null,
        title: pr.title,
        subject: pr.title,
        body: pr.body ?? '',
        author: pr.author ?? null,
        start,
        merged: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.mergedAt),
        pr,
    };
}
/**
 * L1: every non-merge commit. A commit whose `parents` are missing is taken as a non-merge commit;
 * a root commit (no parents) is not a change.
 */
function commitChanges(world) {
    const out = [];
    for (const commit of world.commits ?? []) {
        if (commit.parents !== undefined && commit.parents.length !== 1)
            continue;
        const subject = subjectOf(commit.message);
        out.push({
            id: commit.sha,
            kind: 'commit',
            number: null,
            sha: commit.sha,
            title: withoutTrailingNumber(subject),
            subject,
            body: commit.message ?? '',
            author: commit.author ?? null,
            start: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.authoredAt),
            merged: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.committedAt),
            pr: null,
        });
    }
    return out;
}


/***/ }),

/***/ 2685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ listDeployments)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7488);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6744);


function listDeployments(world, source, graph) {
    const found = collect(world, source, graph);
    const merged = source.kind === 'tags' || source.kind === 'releases' ? mergeSameCommit(found) : found;
    // D3: ordered by (time, commit sha); the key keeps equal pairs in a stable order.
    return merged.sort((a, b) => a.time - b.time || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.sha ?? '', b.sha ?? '') || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.key, b.key));
}
function collect(world, source, graph) {
    switch (source.kind) {
        case 'environment':
            return fromEnvironment(world, source.name, source.pattern);
        case 'releases':
            return fromReleases(world);
        case 'tags':
            return (world.tags ?? [])
                .filter((tag) => source.regex.test(tag.name))
                .map((tag) => ({
                key: `tag:${tag.name}`,
                label: tag.name,
                time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(tag.taggedAt),
                sha: tag.sha,
                aliases: [tag.name],
                path: `/releases/tag/${encodeURIComponent(tag.name)}`,
            }));
        case 'workflow':
            return fromWorkflow(world, source.file);
        case 'merges':
            return fromMerges(world, graph);
    }
}
function fromEnvironment(world, name, pattern) {
    const wanted = name.toLowerCase();
    // A pattern finds several environments; their deployments form one stream in D3 order.
    const matches = pattern
        ? (environment) => pattern.test(environment)
        : (environment) => environment.toLowerCase() === wanted;
    const out = [];
    for (const deployment of world.deployments ?? []) {
        if (!matches(deployment.environment))
            continue;
        // D1: the time of the first `success` status.
        let first = Infinity;
        for (const status of deployment.statuses ?? []) {
            if (status.state === 'success')
                first = Math.min(first, (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(status.createdAt));
        }
        if (first === Infinity)
            continue;
        out.push({
            key: `deployment:${deployment.id}`,
            label: `deployment ${deployment.id}`,
            time: first,
            sha: deployment.sha,
            aliases: [],
            path: `/commit/${deployment.sha}`,
        });
    }
    return out;
}
function fromReleases(world) {
    const tagCommits = new Map();
    for (const tag of world.tags ?? [])
        tagCommits.set(tag.name, tag.sha);
    const out = [];
    for (const release of world.releases ?? []) {
        if (release.isDraft || release.isPrerelease || !release.publishedAt)
            continue;
        out.push({
            key: `release:${release.tagName}`,
            label: release.tagName,
            time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(release.publishedAt),
            sha: release.tagCommitSha ?? tagCommits.get(release.tagName) ?? null,
            aliases: [release.tagName],
            path: `/releases/tag/${encodeURIComponent(release.tagName)}`,
        });
    }
    return out;
}
function fromWorkflow(world, file) {
    const path = file.startsWith('.github/') ? file : `.github/workflows/${file}`;
    const branch = world.repository.defaultBranch;
    return (world.workflowRuns ?? [])
        .filter((run) => (run.workflowPath === path || run.name === file) &&
        run.headBranch === branch &&
        run.conclusion === 'success')
        .map((run) => ({
        key: `run:${run.id}`,
        label: `run ${run.id}`,
        time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(run.updatedAt),
        sha: run.headSha,
        aliases: [],
        path: `/actions/runs/${run.id}`,
    }));
}
function fromMerges(world, graph) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .isMergedInto */ .f8)(pr, branch));
    if (merged.length > 0) {
        return merged.map((pr) => ({
            key: `pr:${pr.number}`,
            label: `#${pr.number}`,
            time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.mergedAt),
            sha: pr.mergeCommitSha ?? null,
            aliases: [],
            path: `/pull/${pr.number}`,
        }));
    }
    return firstParentChain(world.commits ?? [], graph).map((commit) => ({
        key: `commit:${commit.sha}`,
        label: commit.sha.slice(0, 7),
        time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.committedAt),
        sha: commit.sha,
        aliases: [],
        path: `/commit/${commit.sha}`,
    }));
}
/**
 * D1 `merges` in a commits-only world: the first-parent chain from the head. With several heads
 * (a world holding more than one branch tip), the one committed last is taken.
 */
function firstParentChain(commits, graph) {
    const heads = graph.heads();
    if (heads.length === 0)
        return [];
    let head = heads[0];
    for (const candidate of heads) {
        if ((0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commits[candidate].committedAt) > (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commits[head].committedAt))
            head = candidate;
    }
    const chain = [];
    const seen = new Set();
    for (let node = head; node !== undefined && !seen.has(node);) {
        seen.add(node);
        chain.push(commits[node]);
        const parent = commits[node].parents?.[0];
        node = parent === undefined ? undefined : graph.nodeOf(parent);
    }
    return chain;
}
/** D3: tags (and releases) on one commit are one deployment, at the earliest of their times. */
function mergeSameCommit(found) {
    const bySha = new Map();
    const out = [];
    const ordered = [...found].sort((a, b) => a.time - b.time || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.label, b.label));
    for (const deployment of ordered) {
        if (deployment.sha === null) {
            out.push(deployment);
            continue;
        }
        const earlier = bySha.get(deployment.sha);
        if (earlier) {
            earlier.aliases.push(...deployment.aliases);
        }
        else {
            bySha.set(deployment.sha, deployment);
            out.push(deployment);
        }
    }
    return out;
}


/***/ }),

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ MetricsInputError)
/* harmony export */ });
/** A user's mistake in what they asked the engine for (an unknown source, a bad pattern). */
class MetricsInputError extends Error {
    name = 'MetricsInputError';
}


/***/ }),

/***/ 1413:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ CommitGraph)
/* harmony export */ });
class CommitGraph {
    size;
    index = new Map();
    parents;
    marks;
    generation = 0;
    constructor(commits) {
        commits.forEach((commit, i) => this.index.set(commit.sha, i));
        this.size = commits.length;
        this.parents = commits.map((commit) => {
            const known = [];
            for (const parent of commit.parents ?? []) {
                const at = this.index.get(parent);
                if (at !== undefined)
                    known.push(at);
            }
            return known;
        });
        this.marks = new Uint32Array(commits.length);
    }
    has(sha) {
        return sha != null && this.index.has(sha);
    }
    nodeOf(sha) {
        return this.index.get(sha);
    }
    /**
     * Walks each start commit's ancestors in turn, visiting a commit only the first time any walk
     * reaches it, and reports it with the walk's number: O(commits + parent links) in all.
     */
    claimAncestors(starts, claim) {
        const seen = new Uint8Array(this.size);
        const stack = [];
        starts.forEach((start, walk) => {
            if (start === undefined || seen[start])
                return;
            seen[start] = 1;
            stack.push(start);
            while (stack.length) {
                const node = stack.pop();
                claim(node, walk);
                for (const parent of this.parents[node]) {
                    if (!seen[parent]) {
                        seen[parent] = 1;
                        stack.push(parent);
                    }
                }
            }
        });
    }
    /** True when `ancestor` is `descendant` or one of its ancestors. */
    contains(descendant, ancestor) {
        if (descendant === ancestor)
            return true;
        this.generation += 1;
        const stamp = this.generation;
        const stack = [descendant];
        this.marks[descendant] = stamp;
        while (stack.length) {
            const node = stack.pop();
            for (const parent of this.parents[node]) {
                if (parent === ancestor)
                    return true;
                if (this.marks[parent] !== stamp) {
                    this.marks[parent] = stamp;
                    stack.push(parent);
                }
            }
        }
        return false;
    }
    /** Commits nobody names as a parent (the branch heads), in input order. */
    heads() {
        const named = new Uint8Array(this.size);
        for (const parents of this.parents)
            for (const parent of parents)
                named[parent] = 1;
        const heads = [];
        for (let i = 0; i < this.size; i++)
            if (!named[i])
                heads.push(i);
        return heads;
    }
    firstParent(node) {
        return this.parents[node][0];
    }
}


/***/ }),

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   j2: () => (/* binding */ formatSource),
/* harmony export */   mC: () => (/* binding */ autoCandidates),
/* harmony export */   nC: () => (/* binding */ environmentSource)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_PATTERN, SOURCE_SYNTAX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7702);
// D1/D2: which records count as deployments.

const DEFAULT_TAG_PATTERN = String.raw `^v?\d+\.\d+\.\d+$`;
const SOURCE_SYNTAX = 'auto, environment[:NAME], environment:/REGEX/, releases, tags[:REGEX], workflow:FILE or merges';
/** Parses D1's syntax; `auto` is resolved later against the world (D2). */
function parseSource(text) {
    const trimmed = text.trim();
    const colon = trimmed.indexOf(':');
    const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
    const argument = colon < 0 ? '' : trimmed.slice(colon + 1);
    switch (kind) {
        case 'auto':
            return 'auto';
        case 'environment':
            return environmentSource(argument || 'production');
        case 'releases':
            return { kind: 'releases' };
        case 'tags':
            return tagSource(argument || DEFAULT_TAG_PATTERN);
        case 'workflow':
            if (!argument)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsInputError */ .S(`source: "workflow" needs a file, as in workflow:deploy.yml`);
            return { kind: 'workflow', file: argument };
        case 'merges':
            return { kind: 'merges' };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsInputError */ .S(`source: ${JSON.stringify(text)} is not a deployment source (expected ${SOURCE_SYNTAX})`);
    }
}
/**
 * D1 `environment:NAME` matches one name in any case; `environment:/REGEX/flags` (issue 6: several
 * production environments) takes every environment the expression finds, as `tags:REGEX` does.
 */
function environmentSource(name) {
    const literal = /^\/(.+)\/([imsu]*)$/.exec(name);
    if (!literal)
        return { kind: 'environment', name };
    try {
        return { kind: 'environment', name, pattern: new RegExp(literal[1], literal[2]) };
    }
    catch (error) {
        const reason = error.message.replace(/^Invalid regular expression: /, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsInputError */ .S(`source: environment pattern ${JSON.stringify(name)} is not a valid regular expression (${reason})`);
    }
}
function tagSource(pattern) {
    try {
        return { kind: 'tags', pattern, regex: new RegExp(pattern) };
    }
    catch (error) {
        const reason = error.message.replace(/^Invalid regular expression: /, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsInputError */ .S(`source: tags pattern ${JSON.stringify(pattern)} is not a valid regular expression (${reason})`);
    }
}
function formatSource(source) {
    switch (source.kind) {
        case 'environment':
            return `environment:${source.name}`;
        case 'tags':
            return `tags:${source.pattern}`;
        case 'workflow':
            return `workflow:${source.file}`;
        default:
            return source.kind;
    }
}
/** D2: the candidates `auto` tries, in order. */
function autoCandidates() {
    return [
        { kind: 'environment', name: 'production' },
        { kind: 'releases' },
        tagSource(DEFAULT_TAG_PATTERN),
        { kind: 'merges' },
    ];
}


/***/ }),

/***/ 4522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ sortNumbers),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   UH: () => (/* binding */ hoursBetween),
/* harmony export */   cz: () => (/* binding */ sum),
/* harmony export */   il: () => (/* binding */ spread),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
// S1: percentiles by linear interpolation between closest ranks (NumPy's default `linear`).
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** p in [0, 1]; `sorted` ascending. null for no values (S1). */
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const rank = p * (n - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    if (low === high)
        return sorted[low];
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
function sortNumbers(values) {
    return Float64Array.from(values).sort();
}
function median(values) {
    return percentileSorted(sortNumbers(values), 0.5);
}
function spread(values) {
    const sorted = sortNumbers(values);
    return {
        median: percentileSorted(sorted, 0.5),
        p75: percentileSorted(sorted, 0.75),
        p90: percentileSorted(sorted, 0.9),
    };
}
/** S2 and the preamble: a duration in hours, `end − start`, negative counted as 0. */
function hoursBetween(startMs, endMs) {
    return Math.max(0, endMs - startMs) / HOUR_MS;
}
function sum(values) {
    let total = 0;
    for (const value of values)
        total += value;
    return total;
}


/***/ }),

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ msOrNull),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/** Epoch milliseconds of an ISO time from a validated world; null stays null. */
function ms(time) {
    return Date.parse(time);
}
function msOrNull(time) {
    return time ? Date.parse(time) : null;
}
/** Code-unit order, the same on every machine (no locale). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 6835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ formatWindow),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   V5: () => (/* binding */ NO_DATA),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jO: () => (/* binding */ formatDeployRate),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   r6: () => (/* binding */ formatDateTime),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   xy: () => (/* binding */ InvalidOptionError),
/* harmony export */   zz: () => (/* binding */ formatOneIn)
/* harmony export */ });
// Plain-words formatting shared by the translation, the view model and the Handlebars helpers.
// Pure: no clock, no locale from the environment (every format names its locale and UTC).
const NO_DATA = 'no data';
function trimmed(value, digits) {
    const fixed = value.toFixed(digits);
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
/** One decimal below 10, whole numbers above: "2.3", "19", "1,204". */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return NO_DATA;
    if (Math.abs(value) < 10)
        return trimmed(value, 1);
    return Math.round(value).toLocaleString('en-US');
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
/** S2: durations are hours; say them in the largest unit that keeps the number readable. */
function formatDuration(hours) {
    if (hours === null || hours === undefined || !Number.isFinite(hours))
        return NO_DATA;
    const h = Math.max(0, hours);
    if (h * 60 < 1)
        return 'under a minute';
    if (h < 1)
        return plural(Math.round(h * 60), 'minute');
    if (h < 48)
        return plural(h < 10 ? Math.round(h * 10) / 10 : Math.round(h), 'hour');
    const days = h / 24;
    if (days < 14)
        return plural(Math.round(days * 10) / 10, 'day');
    const weeks = days / 7;
    if (weeks < 9)
        return plural(Math.round(weeks * 10) / 10, 'week');
    return plural(Math.round((days / 30.44) * 10) / 10, 'month');
}
/** A share 0..1 as a percentage: one decimal below 10 %, whole above. */
function formatPercent(share) {
    if (share === null || share === undefined || !Number.isFinite(share))
        return NO_DATA;
    const pct = share * 100;
    return `${Math.abs(pct) < 10 ? trimmed(pct, 1) : Math.round(pct)}%`;
}
/** D4: "2.3 deploys a week", "4 deploys a day", "1 deploy every 3 weeks". */
function formatDeployRate(perDay, count) {
    if (count === 0)
        return 'no deployments';
    const perWeek = perDay * 7;
    if (perDay >= 1)
        return `${formatNumber(perDay)} ${perDay === 1 ? 'deploy' : 'deploys'} a day`;
    if (perWeek >= 1)
        return `${formatNumber(perWeek)} ${perWeek === 1 ? 'deploy' : 'deploys'} a week`;
    const everyWeeks = 1 / perWeek;
    if (everyWeeks < 9)
        return `1 deploy every ${plural(Math.round(everyWeeks * 10) / 10, 'week')}`;
    return `1 deploy every ${plural(Math.round((everyWeeks * 7) / 30.44), 'month')}`;
}
/** "1 in 8" for a rate, so a reader can picture it. */
function formatOneIn(rate) {
    if (!(rate > 0))
        return null;
    return `about 1 in ${formatNumber(Math.round(1 / rate))}`;
}
class InvalidOptionError extends Error {
    name = 'InvalidOptionError';
}
/** ISO 4217 code; Intl rejects unknown codes, which is the user's mistake to name. */
function formatMoney(amount, currency) {
    let formatter;
    try {
        formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    }
    catch {
        throw new InvalidOptionError(`currency: "${currency}" is not a currency code (expected ISO 4217, for example USD or EUR)`);
    }
    return formatter.format(Math.round(amount));
}
const dateFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
});
function toDate(value) {
    if (value === null || value === undefined)
        return null;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
}
/** "3 Jul 2026" (UTC, W1). */
function formatDate(value) {
    const date = toDate(value);
    return date ? dateFormat.format(date) : NO_DATA;
}
/** "3 Jul 2026, 14:05 UTC". */
function formatDateTime(value) {
    const date = toDate(value);
    return date ? `${dateFormat.format(date)}, ${timeFormat.format(date)} UTC` : NO_DATA;
}
/** The window [since, until) as the reader sees it: the last day shown is the day before `until` at midnight. */
function formatWindow(since, until) {
    const end = toDate(until);
    const lastDay = end && end.getUTCHours() + end.getUTCMinutes() + end.getUTCSeconds() === 0
        ? new Date(end.getTime() - 1)
        : end;
    return `${formatDate(since)} – ${formatDate(lastDay)}`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/config.ts
// One typed, readonly configuration built once from the command line's flags (STYLE.md habit 2).


/** A user's mistake in what they asked for: exit 2 with a one-line message (habit 3). */
class ConfigError extends Error {
    name = 'ConfigError';
}
const OPTIONS = {
    'from-file': { type: 'string' },
    git: { type: 'string' },
    repo: { type: 'string' },
    token: { type: 'string' },
    'api-url': { type: 'string' },
    cache: { type: 'string' },
    'export-world': { type: 'string' },
    config: { type: 'string' },
    branch: { type: 'string' },
    source: { type: 'string' },
    days: { type: 'string' },
    until: { type: 'string' },
    'incident-labels': { type: 'string' },
    benchmarks: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    'template-dir': { type: 'string' },
    'downtime-cost-per-hour': { type: 'string' },
    currency: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
function parseFlags(argv, env) {
    let values;
    try {
        values = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new ConfigError(`${error.message.split('\n')[0]} (see --help)`);
    }
    if (values.help || values.version)
        return { help: !!values.help, version: !!values.version };
    const text = (name) => values[name];
    return {
        help: false,
        version: false,
        config: {
            input: inputOf(text, env),
            contextFile: contextFileOf(text('config'), inputOf(text, env)),
            source: text('source') ?? 'auto',
            days: wholeDays(text('days')),
            until: timeOf('--until', text('until')),
            incidentLabels: labelsOf(text('incident-labels')),
            benchmarks: text('benchmarks') ?? 'dora-2023',
            outDir: text('out') ?? 'dora-report',
            outExplicit: text('out') !== undefined,
            json: !!values.json,
            templateDir: text('template-dir'),
            downtimeCostPerHour: moneyOf(text('downtime-cost-per-hour')),
            currency: currencyOf(text('currency')),
            exportWorld: text('export-world'),
            serverUrl: env.GITHUB_SERVER_URL || undefined,
        },
    };
}
function inputOf(text, env) {
    const given = ['from-file', 'git', 'repo'].filter((name) => text(name) !== undefined);
    if (given.length > 1) {
        throw new ConfigError(`--${given[0]} and --${given[1]} both given: choose one input (--from-file, --git or --repo)`);
    }
    const file = text('from-file');
    if (file !== undefined)
        return { kind: 'file', path: nonEmpty('--from-file', file) };
    const repo = text('repo');
    if (repo !== undefined) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
            throw new ConfigError(`--repo: ${JSON.stringify(repo)} is not OWNER/NAME (for example octocat/hello-world)`);
        }
        const token = text('token') ?? env.GITHUB_TOKEN ?? '';
        if (!token)
            throw new ConfigError('--repo needs a token: pass --token or set GITHUB_TOKEN');
        return {
            kind: 'github',
            repo,
            token,
            apiUrl: text('api-url') ?? env.GITHUB_API_URL,
            cacheDir: text('cache'),
        };
    }
    return { kind: 'git', dir: text('git') ?? '.', branch: text('branch') };
}
/** --config FILE, else `.github/dora.yml` of the clone read with --git (used when it exists). */
function contextFileOf(given, input) {
    if (given !== undefined)
        return { path: nonEmpty('--config', given), explicit: true, input: '--config' };
    return input.kind === 'git' ? { path: (0,external_node_path_.join)(input.dir, '.github', 'dora.yml'), explicit: false } : undefined;
}
function nonEmpty(flag, value) {
    if (!value.trim())
        throw new ConfigError(`${flag}: an empty value (expected a path)`);
    return value;
}
function wholeDays(value) {
    if (value === undefined)
        return 90;
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 3650) {
        throw new ConfigError(`days: ${JSON.stringify(value)} is not a whole number of days from 1 to 3650 (for example 90)`);
    }
    return Number(value);
}
function timeOf(flag, value) {
    if (value === undefined)
        return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())
        ? Date.parse(value)
        : NaN;
    if (!Number.isFinite(ms)) {
        throw new ConfigError(`${flag}: ${JSON.stringify(value)} is not an ISO 8601 time (for example 2026-03-01T00:00:00Z)`);
    }
    return new Date(ms);
}
function labelsOf(value) {
    if (value === undefined)
        return ['incident'];
    const labels = value
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
    if (labels.length === 0) {
        throw new ConfigError(`incident-labels: ${JSON.stringify(value)} names no label (expected a comma-separated list, for example incident,outage)`);
    }
    return labels;
}
function moneyOf(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const amount = Number(value);
    if (!Number.isFinite(amount) || amount < 0) {
        throw new ConfigError(`downtime-cost-per-hour: ${JSON.stringify(value)} is not an amount of money of 0 or more (for example 5000)`);
    }
    return amount;
}
function currencyOf(value) {
    if (value === undefined || value.trim() === '')
        return 'USD';
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) {
        throw new ConfigError(`currency: ${JSON.stringify(value)} is not a three-letter currency code (for example USD or EUR)`);
    }
    return code;
}

// EXTERNAL MODULE: ./src/metrics/errors.ts
var errors = __nccwpck_require__(7702);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/sources/git/commits.ts
// Parses `git log -z --format=LOG_FORMAT` as it streams: every field, and every record, ends with
// a NUL byte. Git cuts a commit message at its first NUL when printing it, and names, shas and
// times cannot hold one, so counting NUL-terminated fields is exact whatever the messages contain
// (a %x1e record separator could be forged by a hostile message).

/** sha, parents, author time, committer time (Unix seconds: exact and already UTC), author, message. */
const LOG_FORMAT = '%H%x00%P%x00%at%x00%ct%x00%an%x00%B';
const FIELDS_PER_COMMIT = 6;
const SHA = /^[0-9a-f]{40}$/;
const SECONDS = /^-?\d+$/;
/**
 * `YYYY-MM-DDTHH:MM:SSZ` from Unix seconds, by integer arithmetic (H. Hinnant's civil_from_days):
 * two Date objects per commit were a fifth of the parse time of a long history.
 */
function isoFromUnixSeconds(seconds) {
    const days = Math.floor(seconds / 86_400);
    const time = seconds - days * 86_400;
    const era = Math.floor((days + 719_468) / 146_097);
    const dayOfEra = days + 719_468 - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
    const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    const hours = Math.floor(time / 3600);
    const minutes = Math.floor((time % 3600) / 60);
    return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(time % 60)}Z`;
}
function two(value) {
    return value < 10 ? `0${value}` : `${value}`;
}
class CommitLogParser {
    onCount;
    commits = [];
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    partial = ''; // text after the last NUL seen
    fields = [];
    constructor(onCount) {
        this.onCount = onCount;
    }
    push(chunk) {
        const parts = (this.partial + this.decoder.write(chunk)).split('\0');
        this.partial = parts.pop() ?? '';
        for (const part of parts) {
            this.fields.push(part);
            if (this.fields.length === FIELDS_PER_COMMIT) {
                this.commits.push(toCommit(this.fields));
                this.fields = [];
                if (this.commits.length % 10_000 === 0)
                    this.onCount?.(this.commits.length);
            }
        }
    }
    /** Call after git exits; throws when its output stopped in the middle of a commit. */
    end() {
        const rest = this.partial + this.decoder.end();
        if (rest !== '' || this.fields.length > 0)
            throw new Error('git log: output ended in the middle of a commit');
        return this.commits;
    }
}
function toCommit(fields) {
    const [sha, parents, authored, committed, author, message] = fields;
    if (!SHA.test(sha) || !SECONDS.test(authored) || !SECONDS.test(committed)) {
        throw new Error(`git log: unexpected output near ${JSON.stringify(sha.slice(0, 50))}`);
    }
    const authoredAt = isoFromUnixSeconds(Number(authored));
    return {
        sha,
        parents: parents === '' ? [] : parents.split(' '),
        authoredAt,
        committedAt: committed === authored ? authoredAt : isoFromUnixSeconds(Number(committed)),
        message: withoutTrailingNewlines(message),
        author: author === '' ? null : author,
    };
}
/** %B ends with the newline git adds after the body; GitHub's API gives the message without it. */
function withoutTrailingNewlines(message) {
    let end = message.length;
    while (end > 0 && message.charCodeAt(end - 1) === 10)
        end -= 1;
    return end === message.length ? message : message.slice(0, end);
}

;// CONCATENATED MODULE: ./src/sources/git/error.ts
// A mistake in what the user pointed --git at (a path that is no clone, a branch that does not
// exist). The command line prints the one-line message and exits 2 (STYLE.md habit 3).
class GitSourceError extends Error {
    name = 'GitSourceError';
}

;// CONCATENATED MODULE: ./src/sources/git/refs.ts


const BRANCHES_FORMAT = '%(refname)%00%(symref)';
const TAGS_FORMAT = [
    '%(refname:strip=2)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
    '%(taggerdate:unix)',
    '%(committerdate:unix)',
    '%(*committerdate:unix)',
].join('%00');
/** Parses `git for-each-ref --format=BRANCHES_FORMAT refs/heads refs/remotes`. */
function parseBranches(output) {
    const list = { local: [], remote: [], originHead: null };
    for (const line of output.split('\n')) {
        const [ref, symref = ''] = line.split('\0');
        if (ref.startsWith('refs/heads/'))
            list.local.push(ref.slice('refs/heads/'.length));
        else if (ref === 'refs/remotes/origin/HEAD' && symref.startsWith('refs/remotes/')) {
            list.originHead = symref.slice('refs/remotes/'.length);
        }
        else if (ref.startsWith('refs/remotes/') && symref === '')
            list.remote.push(ref.slice('refs/remotes/'.length));
    }
    return list;
}
/**
 * The branch to read: `requested` when given (a local branch, else a remote-tracking one), else
 * the remote's default branch (origin/HEAD), else the branch checked out locally.
 */
function chooseBranch(label, list, head, requested) {
    if (requested !== undefined)
        return findRequested(label, list, requested);
    if (list.originHead !== null && list.remote.includes(list.originHead))
        return remoteBranch(list.originHead);
    const checkedOut = head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null;
    if (checkedOut !== null && list.local.includes(checkedOut))
        return { ref: head, name: checkedOut };
    // A detached HEAD (a pull request checkout) names no branch; main or master are a safe guess.
    for (const guess of ['main', 'master']) {
        if (list.local.includes(guess))
            return { ref: `refs/heads/${guess}`, name: guess };
        if (list.remote.includes(`origin/${guess}`))
            return remoteBranch(`origin/${guess}`);
    }
    if (list.local.length === 0 && list.remote.length === 0) {
        throw new GitSourceError(`${label}: the repository has no branch with commits`);
    }
    throw new GitSourceError(`${label}: cannot tell the default branch (HEAD is detached and origin/HEAD is not set); ` +
        `pass --branch NAME (branches: ${someBranches(list)})`);
}
function findRequested(label, list, requested) {
    const name = requested.replace(/^refs\/heads\//, '');
    if (list.local.includes(name))
        return { ref: `refs/heads/${name}`, name };
    const remote = requested.replace(/^refs\/remotes\//, '');
    if (list.remote.includes(remote))
        return remoteBranch(remote);
    if (list.remote.includes(`origin/${remote}`))
        return remoteBranch(`origin/${remote}`);
    const known = someBranches(list);
    throw new GitSourceError(`--branch ${JSON.stringify(requested)}: no such branch in ${label.replace(/^--git /, '')} ` +
        `(expected one of: ${known === '' ? 'none, the repository has no branches' : known})`);
}
function remoteBranch(remote) {
    // origin/release/2.x is the remote's branch release/2.x: drop the remote's name.
    return { ref: `refs/remotes/${remote}`, name: remote.slice(remote.indexOf('/') + 1) };
}
function someBranches(list) {
    const names = [...list.local, ...list.remote];
    const shown = names.slice(0, 5).join(', ');
    return names.length > 5 ? `${shown}, … ${names.length - 5} more` : shown;
}
/**
 * Parses `git for-each-ref --format=TAGS_FORMAT refs/tags`. An annotated tag is dereferenced once
 * to its commit and dated by its tagger; a lightweight tag is dated by its commit's committer date
 * (world README). Tags of trees, blobs, or of other tags (nested) are skipped.
 */
function parseTags(output) {
    const tags = [];
    let skipped = 0;
    for (const line of output.split('\n')) {
        if (line === '')
            continue;
        const [name, type, sha, targetType, targetSha, taggerTime, commitTime, targetCommitTime] = line.split('\0');
        if (type === 'commit') {
            tags.push({ name, sha, taggedAt: isoFromUnixSeconds(Number(commitTime)) });
        }
        else if (type === 'tag' && targetType === 'commit') {
            // Very old annotated tags can lack a tagger line: fall back to the commit's date.
            const time = taggerTime !== '' ? taggerTime : targetCommitTime;
            tags.push({ name, sha: targetSha, taggedAt: isoFromUnixSeconds(Number(time)) });
        }
        else {
            skipped += 1;
        }
    }
    return { tags, skipped };
}

;// CONCATENATED MODULE: ./src/sources/git/remote.ts
// The repository's owner and name, read from the origin remote's URL. Only the path is kept: a URL
// may carry credentials (https://user:token@host/...), which must never reach the world file.

// GitHub's characters for owners and repository names (GitLab's are a subset of these too).
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
/** owner/name from a remote URL (https, ssh, scp-like `git@host:owner/name.git`, file), or null. */
function parseRemoteUrl(url) {
    const trimmed = url.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme !== null) {
        const path = pathOfUrl(trimmed);
        if (path === null)
            return null;
        return scheme[1].toLowerCase() === 'file' ? fromFilePath(path) : fromHostPath(path);
    }
    // scp-like syntax: a colon before the first slash, and more than a Windows drive letter before it.
    const scp = /^(?:[^@/]+@)?([^/:]{2,}):(.*)$/.exec(trimmed);
    if (scp !== null)
        return fromHostPath(scp[2]);
    return fromFilePath(trimmed);
}
/** The fallback when origin says nothing usable: owner `local`, name from the directory. */
function localRepositoryName(directory) {
    // A path to the .git directory itself names the work tree above it.
    const base = (0,external_node_path_.basename)(directory) === '.git' ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(directory)) : (0,external_node_path_.basename)(directory);
    const name = base.replace(/\.git$/, '');
    return { owner: 'local', name: name === '' ? 'repository' : name };
}
function pathOfUrl(url) {
    try {
        return decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return null;
    }
}
/** host/owner/name: the whole path (GitLab subgroups give owner `group/subgroup`). */
function fromHostPath(path) {
    const segments = splitPath(path);
    if (segments[0]?.startsWith('~'))
        segments.shift(); // ssh://host/~user/name: a home directory, not an owner
    if (segments.length < 2 || !segments.every(isName))
        return null;
    return { owner: segments.slice(0, -1).join('/'), name: segments[segments.length - 1] };
}
/** A local path such as /srv/mirrors/owner/name.git: its last two directories. */
function fromFilePath(path) {
    const [owner, name] = splitPath(path).slice(-2);
    if (owner === undefined || name === undefined || !isName(owner) || !isName(name))
        return null;
    return { owner, name };
}
function splitPath(path) {
    const segments = path.split(/[\\/]+/).filter((segment) => segment !== '');
    if (segments.length > 0)
        segments[segments.length - 1] = segments[segments.length - 1].replace(/\.git$/, '');
    return segments;
}
function isName(segment) {
    return SEGMENT.test(segment) && segment !== '.' && segment !== '..';
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sources/git/run.ts
// Runs git as a child process. Output is streamed to a callback so that a long history is parsed
// while git is still writing it, with no buffer limit (execSync's maxBuffer would cut it short).


// Variables that would make git read some other repository than the one asked for (a hook or a
// parent git process sets them), so they are removed from the child's environment.
const REPOSITORY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_NAMESPACE',
];
/** The environment for git: `ceiling` stops git from walking up from DIR into a parent repository. */
function gitEnvironment(ceiling) {
    const env = { ...process.env };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    env.GIT_CEILING_DIRECTORIES = ceiling;
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_FLUSH = '0'; // on a pipe git flushes after every commit: ~500-byte reads, 3x slower
    env.LC_ALL = 'C'; // English messages, so that "dubious ownership" can be recognised
    return env;
}
/** Runs `git ARGS`, handing each stdout chunk to `onChunk`; resolves with the exit code and stderr. */
function streamGit(args, env, onChunk) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        const stderr = [];
        let failed = false;
        child.stdout.on('data', (chunk) => {
            if (failed)
                return;
            try {
                onChunk(chunk);
            }
            catch (error) {
                failed = true; // a parse error: stop reading and report it rather than git's exit
                child.kill();
                reject(error);
            }
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            failed = true;
            reject(error.code === 'ENOENT' ? gitMissing() : error);
        });
        child.on('close', (code) => {
            if (!failed)
                resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString('utf8') });
        });
    });
}
/** Runs `git ARGS` and collects its (small) output as text. */
async function runGit(args, env) {
    const chunks = [];
    const { code, stderr } = await streamGit(args, env, (chunk) => chunks.push(chunk));
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}
/** An exit code git was not expected to give: a bug or a broken repository, not a user mistake. */
function gitFailure(subcommand, result) {
    const firstLine = result.stderr.trim().split('\n')[0] ?? '';
    return new Error(`git ${subcommand} failed with exit code ${result.code}: ${firstLine}`);
}
function gitMissing() {
    return new GitSourceError('git: the git executable was not found on PATH (install git, or compute from a world file with --from-file)');
}

;// CONCATENATED MODULE: ./src/sources/git.ts
// The git source: a world (world/README.md) built from a local clone, bare or with a work tree,
// with no token and no network. Only commits and tags can come from git; pull requests,
// deployments and the rest stay empty, so the metrics fall back to commits (L1) and to tags or
// merges as deployments (D2).
//
// It runs six git commands whatever the history's size (listed by gitReadCommands, which the
// benchmark times on their own): the history is one streamed `git log`, the tags one for-each-ref.








// Settings of the user's (or of the repository's own config) that would change what these commands
// print: signature checks interleaved with the log, colours, messages re-encoded out of UTF-8.
const NEUTRAL_CONFIG = ['log.showSignature=false', 'color.ui=false', 'i18n.logOutputEncoding=UTF-8'].flatMap((setting) => ['-c', setting]);
function git(directory, ...args) {
    return ['--no-pager', ...NEUTRAL_CONFIG, '-C', directory, ...args];
}
const COMMANDS = {
    probe: (dir) => git(dir, 'rev-parse', '--is-shallow-repository', '--show-object-format'),
    head: (dir) => git(dir, 'symbolic-ref', '-q', 'HEAD'),
    branches: (dir) => git(dir, 'for-each-ref', `--format=${BRANCHES_FORMAT}`, 'refs/heads', 'refs/remotes'),
    originUrl: (dir) => git(dir, 'config', '--get', 'remote.origin.url'),
    tags: (dir) => git(dir, 'for-each-ref', `--format=${TAGS_FORMAT}`, 'refs/tags'),
    log: (dir, ref) => git(dir, 'log', '-z', `--format=${LOG_FORMAT}`, ref, '--'),
};
/** The argument lists (after `git`) that readGitWorld runs for DIR reading REF, in order. */
function gitReadCommands(directory, ref) {
    const { probe, head, branches, originUrl, tags, log } = COMMANDS;
    return [
        probe(directory),
        head(directory),
        branches(directory),
        originUrl(directory),
        tags(directory),
        log(directory, ref),
    ];
}
/** Reads the world of the clone at DIR: the default branch's commits and every tag of a commit. */
async function readGitWorld(dir, options = {}) {
    const label = `--git ${dir}`;
    const progress = options.onProgress ?? (() => undefined);
    const directory = await resolveDirectory(label, dir);
    const env = gitEnvironment((0,external_node_path_.dirname)(directory));
    // All but the log at once: in something that is no repository they all fail, and the probe says why.
    const [probe, head, branches, originUrl, tagList] = await Promise.all([
        runGit(COMMANDS.probe(directory), env),
        runGit(COMMANDS.head(directory), env),
        runGit(COMMANDS.branches(directory), env),
        runGit(COMMANDS.originUrl(directory), env),
        runGit(COMMANDS.tags(directory), env),
    ]);
    const shallow = checkProbe(label, directory, probe);
    if (branches.code !== 0)
        throw gitFailure('for-each-ref', branches);
    if (tagList.code !== 0)
        throw gitFailure('for-each-ref', tagList);
    const branch = chooseBranch(label, parseBranches(branches.stdout), head.code === 0 ? head.stdout.trim() : null, options.branch);
    progress(`git: reading the history of ${branch.name} (${branch.ref})`);
    const parser = new CommitLogParser((count) => progress(`git: ${count} commits read`));
    const logArgs = COMMANDS.log(directory, branch.ref);
    const log = await streamGit(logArgs, env, (chunk) => parser.push(chunk));
    if (log.code !== 0)
        throw gitFailure('log', log);
    const commits = parser.end();
    const { tags, skipped } = parseTags(tagList.stdout);
    progress(`git: ${commits.length} commits, ${tags.length} tags (${skipped} tags of no commit skipped)`);
    const url = originUrl.code === 0 ? originUrl.stdout.trim() : '';
    const { owner, name } = parseRemoteUrl(url) ?? localRepositoryName(directory);
    const world = {
        schemaVersion: 1,
        generatedAt: (options.now ?? new Date()).toISOString().slice(0, 19) + 'Z',
        repository: { owner, name, defaultBranch: branch.name },
        commits,
        tags,
    };
    return { world, warnings: shallow ? [shallowWarning(label)] : [] };
}
async function resolveDirectory(label, dir) {
    try {
        return await (0,promises_namespaceObject.realpath)(dir);
    }
    catch {
        throw notARepository(label);
    }
}
/** Checks that DIR itself is a repository; returns whether it is a shallow clone. */
function checkProbe(label, directory, result) {
    if (result.stderr.includes('dubious ownership')) {
        throw new GitSourceError(`${label}: git refuses a repository owned by another user ` +
            `(expected one you own, or run: git config --global --add safe.directory ${directory})`);
    }
    if (result.code !== 0)
        throw notARepository(label);
    const [shallow, objectFormat] = result.stdout.trim().split('\n');
    // The world's shas are 40 hex digits, as on GitHub, which has no SHA-256 repositories.
    if (objectFormat !== 'sha1') {
        throw new GitSourceError(`${label}: a ${objectFormat} repository (expected sha1 object names, as on GitHub)`);
    }
    return shallow === 'true';
}
function notARepository(label) {
    return new GitSourceError(`${label}: not a git repository (expected a clone, bare or with a work tree)`);
}
function shallowWarning(label) {
    return (`${label}: a shallow clone, so the history is truncated: lead times and deployments before the cut are missing. ` +
        'In a GitHub workflow use actions/checkout with fetch-depth: 0 (and fetch-tags: true); ' +
        'locally run git fetch --unshallow --tags');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/world/world-error.ts
// A mistake in a world file the user gave us: the command line exits 2 on it (STYLE.md habit 3).
// The message is one line naming the file, the JSON path and what was expected.
class WorldError extends Error {
    name = 'WorldError';
}
// Hostile text (titles, labels, file contents) must not break the one-line message or hide
// itself: JSON escaping handles quotes and control characters; line separators and bidi
// overrides are escaped too because terminals and logs render them.
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function quote(text, limit = 60) {
    let shown = text;
    if (text.length > limit) {
        let end = limit - 1;
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff)
            end -= 1; // do not split a surrogate pair
        shown = `${text.slice(0, end)}…`;
    }
    return escapeInvisible(JSON.stringify(shown));
}
function escapeInvisible(text) {
    return text.replace(INVISIBLE, unicodeEscape);
}
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Text that is not ours (a parser message quoting the file) as one line of at most `limit`. */
function toOneLine(text, limit) {
    const line = escapeInvisible(text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : unicodeEscape(c))));
    return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}
function unicodeEscape(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** How an offending value is named in a message: strings quoted, containers by kind. */
function describe(value) {
    if (typeof value === 'string')
        return quote(value);
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    return quote(String(value)).slice(1, -1);
}

;// CONCATENATED MODULE: ./src/world/validate.ts
// Walks a parsed world against WORLD (world-shape.ts) in place: no copy, no allocation per
// element. The path of the current value is kept on a stack of keys and list indexes and only
// turned into text ("pullRequests[3].mergedAt") when something is wrong.

function formatTrail(trail) {
    let text = '';
    for (const step of trail)
        text += typeof step === 'number' ? `[${step}]` : text ? `.${step}` : step;
    return text || 'top level';
}
class Walker {
    origin;
    trail = [];
    constructor(origin) {
        this.origin = origin;
    }
    fail(problem) {
        throw new WorldError(`${this.origin}: ${formatTrail(this.trail)}: ${problem}`);
    }
    object(value, shape) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.fail(`${describe(value)} is not ${shape.expected}`);
        }
        const record = value;
        const fields = shape.fields;
        for (let f = 0; f < fields.length; f++) {
            const field = fields[f];
            const item = record[field.key];
            if (item === undefined) {
                if (field.required)
                    this.missing(field);
                continue; // optional and absent: left absent (a missing list means empty)
            }
            this.trail.push(field.key);
            this.value(item, field.type);
            this.trail.pop();
        }
    }
    value(value, type) {
        if (type.kind === 'leaf') {
            if (!type.test(value))
                this.wrong(value, type);
        }
        else if (type.kind === 'shape') {
            this.object(value, type);
        }
        else {
            this.list(value, type);
        }
    }
    list(value, list) {
        if (!Array.isArray(value))
            this.fail(`${describe(value)} is not ${list.expected}`);
        const items = list.items;
        const trail = this.trail;
        const depth = trail.length;
        trail.push(0);
        if (items.kind === 'leaf') {
            for (let i = 0; i < value.length; i++) {
                if (!items.test(value[i])) {
                    trail[depth] = i;
                    this.wrong(value[i], items);
                }
            }
        }
        else {
            for (let i = 0; i < value.length; i++) {
                trail[depth] = i;
                this.object(value[i], items);
            }
        }
        trail.pop();
    }
    wrong(value, type) {
        const expected = typeof value === 'string' ? (type.expectedOfString ?? type.expected) : type.expected;
        this.fail(`${describe(value)} is not ${expected}`);
    }
    missing(field) {
        this.trail.push(field.key);
        this.fail(`missing; expected ${field.type.expected}`);
    }
}
/** Throws a one-line WorldError at the first value that breaks the shape. */
function validateShape(value, shape, origin) {
    new Walker(origin).object(value, shape);
}

;// CONCATENATED MODULE: ./src/world/world-checks.ts
// The leaf checks of world.schema.json, written as plain functions because the reader runs them
// on every field of worlds with 50,000 pull requests: each the fastest form measured on Node 20,
// and the common time form is recognised without Date.parse.
const leaf = (expected, test) => ({
    kind: 'leaf',
    expected,
    test,
});
const orNull = (of) => ({
    ...leaf(`${of.expected} or null`, (v) => v === null || of.test(v)),
    expectedOfString: of.expected,
});
const TIME_EXAMPLE = 'an ISO 8601 time (for example 2026-03-01T12:00:00Z)';
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// RFC 3339 date-time as ajv-formats checks it (the schema's "format": "date-time"): a time zone
// is required, "t" and a space may separate date and time, fractions of any length.
const LOOSE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d)(?::?(\d\d))?)$/;
function isValidDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
// 2026-03-01T12:00:00Z exactly, the form GitHub and the writers here produce. A regular
// expression test is the fastest check V8 offers for it (faster than a character loop).
const CANONICAL_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;
function digits(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        n = n * 10 + text.charCodeAt(i) - 48;
    return n;
}
/** Valid fields in the canonical form always give Date.parse a finite number: it is not called. */
function isCanonicalTime(t) {
    if (t.length !== 20 || !CANONICAL_TIME.test(t))
        return false;
    const day = digits(t, 8, 10);
    return day <= 28 || isValidDay(digits(t, 0, 4), digits(t, 5, 7), day);
}
function isIsoTime(value) {
    if (typeof value !== 'string')
        return false;
    if (isCanonicalTime(value))
        return true;
    const m = LOOSE_TIME.exec(value);
    if (m === null || !isValidDay(+m[1], +m[2], +m[3]))
        return false;
    if (+m[4] > 23 || +m[5] > 59 || (m[7] !== undefined && +m[7] > 23) || (m[8] !== undefined && +m[8] > 59)) {
        return false;
    }
    // The metrics compute with Date.parse: a time it cannot read (a leap second, "+01") is refused.
    return Number.isFinite(Date.parse(value));
}
// ^[0-9a-f]{40}$ by table lookup: three times faster than comparisons or the regular expression.
const IS_HEX = new Uint8Array(128);
for (const c of '0123456789abcdef')
    IS_HEX[c.charCodeAt(0)] = 1;
function isSha(value) {
    if (typeof value !== 'string' || value.length !== 40)
        return false;
    for (let i = 0; i < 40; i++) {
        const c = value.charCodeAt(i);
        if (c > 127 || IS_HEX[c] === 0)
            return false;
    }
    return true;
}
const isString = (v) => typeof v === 'string';
const STRING = leaf('a string', isString);
const NON_EMPTY = leaf('a non-empty string', (v) => typeof v === 'string' && v.length > 0);
const STRING_OR_NULL = orNull(STRING);
const BOOLEAN = leaf('true or false', (v) => typeof v === 'boolean');
const INTEGER = leaf('an integer', Number.isInteger);
const COUNT = leaf('a whole number (0 or more)', (v) => Number.isInteger(v) && v >= 0);
const NUMBER = leaf('a whole number (1 or more)', (v) => Number.isInteger(v) && v >= 1);
const world_checks_SHA = leaf('a commit sha (40 lowercase hex digits)', isSha);
const SHA_OR_NULL = orNull(world_checks_SHA);
const TIME = leaf(TIME_EXAMPLE, isIsoTime);
const TIME_OR_NULL = orNull(TIME);
const SCHEMA_VERSION = leaf('1 (the only schema version there is)', (v) => v === 1);
function oneOf(...values) {
    const allowed = new Set(values);
    return leaf(`one of ${values.join(', ')}`, (v) => typeof v === 'string' && allowed.has(v));
}

;// CONCATENATED MODULE: ./src/world/world-shape.ts
// world.schema.json written out as data for the reader (../shared/world/world.schema.json is the
// contract; test/world checks that this reader and ajv agree on the shipped worlds).

function shape(fields) {
    const required = fields.filter((f) => f[2] === 'required').map((f) => f[0]);
    const expected = required.length ? `an object with ${required.join(', ')}` : 'an object';
    return {
        kind: 'shape',
        expected,
        fields: fields.map(([key, type, r]) => ({ key, type, required: r === 'required' })),
    };
}
function listOf(items) {
    return { kind: 'list', expected: 'a list', items };
}
const COMMIT = shape([
    ['sha', world_checks_SHA, 'required'],
    ['parents', listOf(world_checks_SHA)],
    ['authoredAt', TIME, 'required'],
    ['committedAt', TIME, 'required'],
    ['message', STRING],
    ['author', STRING_OR_NULL],
]);
const REVIEW = shape([
    ['author', STRING_OR_NULL],
    ['state', oneOf('APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'), 'required'],
    ['submittedAt', TIME, 'required'],
]);
const PULL_REQUEST = shape([
    ['number', NUMBER, 'required'],
    ['title', STRING, 'required'],
    ['body', STRING],
    ['author', STRING_OR_NULL],
    ['state', oneOf('OPEN', 'CLOSED', 'MERGED'), 'required'],
    ['isDraft', BOOLEAN],
    ['createdAt', TIME, 'required'],
    ['mergedAt', TIME_OR_NULL],
    ['closedAt', TIME_OR_NULL],
    ['baseRefName', STRING],
    ['headRefName', STRING],
    ['mergeCommitSha', SHA_OR_NULL],
    ['labels', listOf(STRING)],
    ['additions', COUNT],
    ['deletions', COUNT],
    ['changedFiles', COUNT],
    ['files', listOf(STRING)],
    ['commits', listOf(COMMIT)],
    ['reviews', listOf(REVIEW)],
]);
const DEPLOYMENT_STATUS = shape([
    ['state', oneOf('success', 'failure', 'error', 'inactive', 'in_progress', 'queued', 'pending'), 'required'],
    ['createdAt', TIME, 'required'],
]);
const DEPLOYMENT = shape([
    ['id', INTEGER, 'required'],
    ['sha', world_checks_SHA, 'required'],
    ['ref', STRING],
    ['environment', STRING, 'required'],
    ['createdAt', TIME, 'required'],
    ['creator', STRING_OR_NULL],
    ['statuses', listOf(DEPLOYMENT_STATUS)],
]);
const RELEASE = shape([
    ['tagName', STRING, 'required'],
    ['name', STRING_OR_NULL],
    ['createdAt', TIME, 'required'],
    ['publishedAt', TIME_OR_NULL],
    ['isDraft', BOOLEAN],
    ['isPrerelease', BOOLEAN],
    ['tagCommitSha', SHA_OR_NULL],
]);
const TAG = shape([
    ['name', STRING, 'required'],
    ['sha', world_checks_SHA, 'required'],
    ['taggedAt', TIME, 'required'],
]);
const WORKFLOW_RUN = shape([
    ['id', INTEGER, 'required'],
    ['name', STRING],
    ['workflowPath', STRING, 'required'],
    ['headBranch', STRING_OR_NULL],
    ['headSha', world_checks_SHA, 'required'],
    ['event', STRING],
    ['status', STRING, 'required'],
    ['conclusion', STRING_OR_NULL],
    ['createdAt', TIME, 'required'],
    ['updatedAt', TIME, 'required'],
    ['runStartedAt', TIME_OR_NULL],
]);
const ISSUE = shape([
    ['number', NUMBER, 'required'],
    ['title', STRING, 'required'],
    ['author', STRING_OR_NULL],
    ['state', oneOf('OPEN', 'CLOSED'), 'required'],
    ['labels', listOf(STRING)],
    ['createdAt', TIME, 'required'],
    ['closedAt', TIME_OR_NULL],
]);
const REPOSITORY = shape([
    ['owner', NON_EMPTY, 'required'],
    ['name', NON_EMPTY, 'required'],
    ['defaultBranch', NON_EMPTY, 'required'],
]);
const WORLD = shape([
    ['schemaVersion', SCHEMA_VERSION, 'required'],
    ['generatedAt', TIME],
    ['repository', REPOSITORY, 'required'],
    ['commits', listOf(COMMIT)],
    ['pullRequests', listOf(PULL_REQUEST)],
    ['deployments', listOf(DEPLOYMENT)],
    ['releases', listOf(RELEASE)],
    ['tags', listOf(TAG)],
    ['workflowRuns', listOf(WORKFLOW_RUN)],
    ['issues', listOf(ISSUE)],
]);

;// CONCATENATED MODULE: ./src/world/read.ts
// Reads and validates world files (../shared/world/README.md). Worlds can hold 50,000 pull
// requests, so the parsed value is checked in place and returned as is: no normalised copy,
// and absent lists stay absent (they mean empty).





/** Checks `value` against world.schema.json; `origin` (a file name) starts every message. */
function parseWorld(value, origin) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
        throw new WorldError(`${origin}: the top level is ${got}; expected an object with schemaVersion and repository`);
    }
    validateShape(value, WORLD, origin);
    return value;
}
function readWorldFile(path) {
    return parseWorld(parseJson(readText(path), path), path);
}
function readText(path) {
    try {
        // 'utf8' decodes straight from a buffer nobody keeps: only the string outlives this call.
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new WorldError(`${path}: no such file; expected a world file (JSON)`);
        if (code === 'EISDIR')
            throw new WorldError(`${path}: is a directory; expected a world file (JSON)`);
        if (code === 'EACCES')
            throw new WorldError(`${path}: permission denied; expected a readable world file`);
        // V8 strings stop at 2^29 - 24 characters; newer Node versions refuse files over 2 GB first.
        if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') {
            throw new WorldError(`${path}: too large to read as one string (the limit is about 512 MB)`);
        }
        throw error;
    }
}
function parseJson(text, path) {
    try {
        // Editors on Windows save a byte order mark; JSON.parse refuses it.
        return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
        throw new WorldError(`${path}: not JSON: ${describeSyntaxError(error.message, text)}`);
    }
}
/** V8's message, on one line, with the line and column when it gives a position. */
function describeSyntaxError(message, text) {
    // V8 quotes a slice of the file in some messages: hostile text, kept on one line and short.
    const oneLine = toOneLine(message, 200);
    const position = /at position (\d+)/.exec(message);
    // Newer V8 versions add "(line 2 column 7)" themselves.
    if (position === null || /\(line \d+ column \d+\)/.test(message))
        return oneLine;
    const at = Math.min(Number(position[1]), text.length);
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return `${oneLine} (line ${line}, column ${at - lineStart + 1})`;
}

// EXTERNAL MODULE: ./src/translate/format.ts
var format = __nccwpck_require__(6835);
;// CONCATENATED MODULE: ./src/cli-support.ts
// What the command line needs besides the pipeline: its help text, its logger, its error kinds.





const USER_ERRORS = [ConfigError, errors/* MetricsInputError */.S, WorldError, GitSourceError, format/* InvalidOptionError */.xy];
/** Errors of modules loaded on demand, known by name so that they need not be loaded to be told apart. */
const USER_ERROR_NAMES = new Set(['GitHubError', 'TemplateDirError']);
function isUserError(error) {
    return USER_ERRORS.some((kind) => error instanceof kind) || USER_ERROR_NAMES.has(error?.name);
}
/** Logs go to stderr (stdout is the user's: the table or --json); progress only on a terminal. */
function cliLogger(quiet) {
    const tty = process.stderr.isTTY === true;
    return {
        info: (message) => {
            if (tty && !quiet)
                process.stderr.write(`${message}\n`);
        },
        warn: (message) => process.stderr.write(`warning: ${message}\n`),
        debug: (message) => {
            if (process.env.DEBUG)
                process.stderr.write(`debug: ${message}\n`);
        },
    };
}
const HELP = `dora-report: DORA and flow metrics from a repository's history

Usage: dora-report [input] [options]

Input (one of):
  --git DIR                 a local clone, bare or with a work tree (default: --git .)
  --from-file FILE          a world file (see the README)
  --repo OWNER/NAME         the GitHub API (token from --token or GITHUB_TOKEN)

Options:
  --source SRC              deployments: auto (default), environment[:NAME], releases,
                            tags[:REGEX], workflow:FILE, merges; environment:/REGEX/ takes
                            every environment it finds (each also reported as a stream)
  --config FILE             services, impact weights and business peaks (YAML; default
                            .github/dora.yml in the --git directory, when it exists)
  --days N                  window length in days (default 90)
  --until TIME              end of the window, ISO 8601 (default: now, or a world file's generatedAt)
  --incident-labels a,b     labels that make an issue an incident (default incident)
  --benchmarks NAME|FILE    dora-2023 (default), dora-2021, or a JSON table
  --branch NAME             the default branch (with --git; default: the remote's HEAD)
  --out DIR                 where metrics.json, summary.md and the report go (default ./dora-report)
  --json                    print metrics.json to stdout and nothing else
  --template-dir DIR        render the report with your own copy of the templates
  --downtime-cost-per-hour N  estimate the cost of downtime
  --currency CODE           currency of that cost (default USD)
  --token TOKEN, --api-url URL, --cache DIR, --export-world FILE  (with --repo)
  --help, --version

Exit codes: 0 success, 2 a mistake in the input or options (one line says which), 1 a bug.
`;

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/context/config-check.ts
// Small checks for the configuration file: each names the path inside the file and what was
// expected, as in `services[1].paths[0]: 42 is not a glob string (expected …)`.
/** A wrong entry; config.ts adds the file name and the line before the user sees it. */
class InvalidEntry extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`${formatPath(path)}: ${problem}`);
        this.path = path;
        this.problem = problem;
    }
}
function formatPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? key : /^[A-Za-z_][\w-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    }
    return out || '(the file)';
}
/** A value as the user wrote it, short enough for one line. */
function shown(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function mapping(value, path, expected) {
    if (!isMapping(value))
        throw new InvalidEntry(path, `${shown(value)} is not a mapping (expected ${expected})`);
    return value;
}
/** Refuses keys the file format does not know: a typo must not pass silently. */
function onlyKeys(value, path, known) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            throw new InvalidEntry([...path, key], `unknown key (expected ${known.join(', ')})`);
        }
    }
}
function list(value, path, expected) {
    if (!Array.isArray(value))
        throw new InvalidEntry(path, `${shown(value)} is not a list (expected ${expected})`);
    return value;
}
/** A list of strings; one string alone is taken as a list of one. */
function strings(value, path, what, example) {
    const items = typeof value === 'string' ? [value] : list(value, path, `a list of ${what}s such as [${example}]`);
    return items.map((item, i) => config_check_text(item, typeof value === 'string' ? path : [...path, i], what, example));
}
function config_check_text(value, path, what, example) {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new InvalidEntry(path, `${shown(value)} is not a ${what} (expected a text such as ${example})`);
    }
    return value.trim();
}
function numberIn(value, path, range, expected) {
    const ok = typeof value === 'number' &&
        Number.isFinite(value) &&
        (range.minExclusive ? value > range.min : value >= range.min) &&
        (range.max === undefined || value <= range.max) &&
        (!range.whole || Number.isInteger(value));
    if (!ok)
        throw new InvalidEntry(path, `${shown(value)} is not ${expected}`);
    return value;
}

// EXTERNAL MODULE: ./src/metrics/sources.ts
var sources = __nccwpck_require__(923);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __nccwpck_require__(4522);
;// CONCATENATED MODULE: ./src/metrics/window.ts

function makeWindow(untilMs, days) {
    return { since: untilMs - days * stats/* DAY_MS */.sO, until: untilMs, days };
}
/** W1: the previous window has the same length and ends at `since`. */
function previousWindow(window) {
    return makeWindow(window.since, window.days);
}
function inRange(time, range) {
    return time >= range.since && time < range.until;
}
function describeWindow(window) {
    return { since: isoTime(window.since), until: isoTime(window.until), days: window.days };
}
/**
 * `YYYY-MM-DDTHH:MM:SSZ` (with milliseconds only when there are some). Written out by hand: the
 * records call it for every change, and Date + toISOString + replace cost a sixth of a run.
 */
function isoTime(ms) {
    if (ms % 1000 !== 0 || ms < 0 || ms >= 253402300800000)
        return new Date(ms).toISOString().replace('.000Z', 'Z');
    const days = Math.floor(ms / stats/* DAY_MS */.sO);
    const seconds = (ms - days * stats/* DAY_MS */.sO) / 1000;
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return `${year}-${window_two(month)}-${window_two(day)}T${window_two(Math.floor(seconds / 3600))}:${window_two(Math.floor(seconds / 60) % 60)}:${window_two(seconds % 60)}Z`;
}
function window_two(n) {
    return n < 10 ? `0${n}` : `${n}`;
}
/** W3: ISO weeks (Monday 00:00 UTC) that start inside the window, each cut at `until`. */
function weeksOf(window) {
    const first = mondayOnOrAfter(window.since);
    const weeks = [];
    for (let start = first; start < window.until; start += 7 * stats/* DAY_MS */.sO) {
        weeks.push({ since: start, until: Math.min(start + 7 * stats/* DAY_MS */.sO, window.until) });
    }
    return weeks;
}
function mondayOnOrAfter(ms) {
    const dayStart = Math.floor(ms / stats/* DAY_MS */.sO) * stats/* DAY_MS */.sO;
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
    const monday = dayStart - weekday * stats/* DAY_MS */.sO;
    return monday >= ms ? monday : monday + 7 * stats/* DAY_MS */.sO;
}

;// CONCATENATED MODULE: ./src/context/glob.ts
// Path globs for services (issue 6): `*` any characters but `/`, `?` one character but `/`, `**`
// as a whole segment any number of segments (none included). A glob matches the whole path from
// the repository's root; a leading `./` or `/` is ignored. Our own few lines rather than Node's
// path.matchesGlob, which is experimental on Node 20.
/** Characters other glob dialects give a meaning to; we refuse them rather than match them literally. */
const UNSUPPORTED_GLOB = /[{}[\]!]/;
function globToRegExp(glob) {
    const pattern = glob.replace(/^\.?\/+/, '');
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        const wholeSegment = pattern.startsWith('**', i) && (i === 0 || pattern[i - 1] === '/');
        if (wholeSegment && pattern[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
        }
        else if (wholeSegment && i + 2 === pattern.length) {
            out += '.*';
            i += 1;
        }
        else if (char === '*') {
            while (pattern[i + 1] === '*')
                i += 1; // a `**` inside a segment is one `*`
            out += '[^/]*';
        }
        else if (char === '?') {
            out += '[^/]';
        }
        else {
            out += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${out}$`);
}
/** The literal start of a glob (before its first wildcard): a cheap test before the expression. */
function literalPrefix(glob) {
    const pattern = glob.replace(/^\.?\/+/, '');
    const wildcard = pattern.search(/[*?]/);
    return wildcard < 0 ? pattern : pattern.slice(0, wildcard);
}
/** A matcher for any of the globs; `matches(files)` is true when one file matches one glob. */
function compileGlobs(globs) {
    const compiled = globs.map((glob) => ({ prefix: literalPrefix(glob), regex: globToRegExp(glob) }));
    const matchesOne = (file) => {
        const path = file.charCodeAt(0) === 46 || file.charCodeAt(0) === 47 ? file.replace(/^\.?\/+/, '') : file;
        return compiled.some((glob) => path.startsWith(glob.prefix) && glob.regex.test(path));
    };
    return (files) => files.some(matchesOne);
}

;// CONCATENATED MODULE: ./src/context/config-parse.ts
// The shape of `.github/dora.yml`: services, impact weights, business peaks and CI workflows.
// Plain data in (what the YAML parser gave), checked data out; InvalidEntry names what is wrong.





const DAY_MS = 86_400_000;
const MAX_WEIGHT = 100;
function parseContextData(data) {
    // An empty file is a valid (empty) configuration.
    const root = data === null || data === undefined ? {} : mapping(data, [], 'keys services, impact, calendar, ci');
    onlyKeys(root, [], ['services', 'impact', 'calendar', 'ci']);
    return {
        services: root.services === undefined ? [] : parseServices(root.services),
        impact: root.impact === undefined ? null : parseImpact(root.impact),
        peaks: root.calendar === undefined ? [] : parseCalendar(root.calendar),
        ciWorkflows: root.ci === undefined ? [] : parseCi(root.ci),
    };
}
function parseServices(value) {
    const items = list(value, ['services'], 'a list of services, each with a name');
    const seen = new Set();
    return items.map((item, i) => {
        const service = parseService(item, ['services', i]);
        const key = service.name.toLowerCase();
        if (seen.has(key))
            throw new InvalidEntry(['services', i, 'name'], `${shown(service.name)} names a second service of that name (expected each name once)`);
        seen.add(key);
        return service;
    });
}
function parseService(value, path) {
    const entry = mapping(value, path, 'a service with a name and paths, labels or environments');
    onlyKeys(entry, path, ['name', 'paths', 'labels', 'environments', 'targets']);
    const name = config_check_text(entry.name, [...path, 'name'], 'service name', '"checkout-api"');
    const paths = entry.paths === undefined ? [] : strings(entry.paths, [...path, 'paths'], 'glob string', '"src/api/**"');
    paths.forEach((glob, i) => {
        if (UNSUPPORTED_GLOB.test(glob)) {
            throw new InvalidEntry([...path, 'paths', i], `${shown(glob)} uses { } [ ] or !, which are not supported (expected *, ** and ?; list each path instead)`);
        }
    });
    const labels = entry.labels === undefined ? [] : strings(entry.labels, [...path, 'labels'], 'label', '"team:payments"');
    const environments = entry.environments === undefined
        ? null
        : parseEnvironments(entry.environments, [...path, 'environments']);
    if (paths.length === 0 && labels.length === 0 && environments === null) {
        throw new InvalidEntry(path, `service ${shown(name)} selects nothing (expected paths, labels or environments)`);
    }
    const targets = entry.targets === undefined ? {} : parseTargets(entry.targets, [...path, 'targets']);
    return { name, paths, labels: labels.map((l) => l.toLowerCase()), environments, targets };
}
function parseEnvironments(value, path) {
    const name = config_check_text(value, path, 'environment name or /pattern/', '"production" or "/^api-prod/"');
    try {
        (0,sources/* environmentSource */.nC)(name);
    }
    catch (error) {
        if (error instanceof errors/* MetricsInputError */.S)
            throw new InvalidEntry(path, error.message.replace(/^source: /, ''));
        throw error;
    }
    return name;
}
function parseTargets(value, path) {
    const entry = mapping(value, path, 'targets such as deploymentsPerWeek: 5');
    onlyKeys(entry, path, ['deploymentsPerWeek', 'leadTimeHours', 'changeFailureRate', 'timeToRestoreHours']);
    const targets = {};
    const positive = (key, expected) => {
        if (entry[key] !== undefined)
            targets[key] = numberIn(entry[key], [...path, key], { min: 0, minExclusive: true }, expected);
    };
    positive('deploymentsPerWeek', 'a number of deployments a week above 0 (for example 5)');
    positive('leadTimeHours', 'a number of hours above 0 (for example 24)');
    positive('timeToRestoreHours', 'a number of hours above 0 (for example 1)');
    if (entry.changeFailureRate !== undefined) {
        targets.changeFailureRate = numberIn(entry.changeFailureRate, [...path, 'changeFailureRate'], { min: 0, max: 1 }, 'a share from 0 to 1 (for example 0.15 for 15%)');
    }
    return targets;
}
function parseImpact(value) {
    const entry = mapping(value, ['impact'], 'labels and a default weight');
    onlyKeys(entry, ['impact'], ['labels', 'default']);
    const weight = (v, path) => numberIn(v, path, { min: 0, max: MAX_WEIGHT, whole: true }, `a whole-number weight from 0 to ${MAX_WEIGHT} (for example 3)`);
    const labelMap = mapping(entry.labels ?? {}, ['impact', 'labels'], 'label: weight pairs such as "impact:high": 3');
    const labels = Object.entries(labelMap).map(([label, v]) => ({
        label: label.toLowerCase(),
        weight: weight(v, ['impact', 'labels', label]),
    }));
    if (labels.length === 0)
        throw new InvalidEntry(['impact', 'labels'], 'no label is given a weight (expected pairs such as "impact:high": 3)');
    const defaultWeight = entry.default === undefined ? 1 : weight(entry.default, ['impact', 'default']);
    return { labels, defaultWeight };
}
function parseCalendar(value) {
    const entry = mapping(value, ['calendar'], 'peaks: a list of named periods');
    onlyKeys(entry, ['calendar'], ['peaks']);
    const items = list(entry.peaks ?? [], ['calendar', 'peaks'], 'a list of peaks with name, start and end');
    return items.map((item, i) => parsePeak(item, ['calendar', 'peaks', i]));
}
function parsePeak(value, path) {
    const entry = mapping(value, path, 'a peak with name, start and end');
    onlyKeys(entry, path, ['name', 'start', 'end']);
    const name = config_check_text(entry.name, [...path, 'name'], 'peak name', '"Black Friday"');
    const start = config_parse_timeOf(entry.start, [...path, 'start'], false);
    const end = config_parse_timeOf(entry.end, [...path, 'end'], true);
    if (end <= start)
        throw new InvalidEntry([...path, 'end'], `${shown(entry.end)} is not after start ${shown(entry.start)} (expected an end date on or after the start date)`);
    return { name, start: isoTime(start), end: isoTime(end) };
}
/** A date (YYYY-MM-DD, UTC; an end date counts whole, so the peak runs to its midnight) or an ISO time. */
function config_parse_timeOf(value, path, isEnd) {
    const raw = value instanceof Date ? value.toISOString() : value;
    const expected = 'a date such as 2026-11-27 or a time such as 2026-11-27T00:00:00Z';
    if (typeof raw !== 'string')
        throw new InvalidEntry(path, `${shown(value)} is not a date (expected ${expected})`);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
    const timed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw);
    const ms = (dateOnly || timed) && realDate(raw) ? Date.parse(dateOnly ? `${raw}T00:00:00Z` : raw) : NaN;
    if (!Number.isFinite(ms))
        throw new InvalidEntry(path, `${shown(value)} is not a date (expected ${expected})`);
    return dateOnly && isEnd ? ms + DAY_MS : ms;
}
/** Date.parse rolls 2026-02-30 over into March; a calendar date must exist. */
function realDate(raw) {
    const [year, month, day] = raw.slice(0, 10).split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function parseCi(value) {
    const entry = mapping(value, ['ci'], 'workflows: a list of workflow files or names');
    onlyKeys(entry, ['ci'], ['workflows']);
    return strings(entry.workflows ?? [], ['ci', 'workflows'], 'workflow file or name', '"ci.yml"');
}

;// CONCATENATED MODULE: ./src/context/config.ts
// Reads `.github/dora.yml` (issue 6): services, impact weights, business peaks. A mistake in it is
// a ConfigError (exit 2) whose one line names the file, the line, the path inside the file and
// what was expected: `dora.yml line 7: services[1].paths[0]: 42 is not a glob string (…)`.






const DEFAULT_CONTEXT_FILE = (0,external_node_path_.join)('.github', 'dora.yml');
/** A larger file is not a hand-written configuration; refuse before parsing it. */
const MAX_BYTES = 1_000_000;
/** The file's configuration, or null when the default file does not exist. */
function loadContextConfig(file) {
    if (!file)
        return null;
    if (!(0,external_node_fs_.existsSync)(file.path)) {
        if (!file.explicit)
            return null;
        throw new ConfigError(`${file.input ?? 'config'}: ${file.path} does not exist (expected a YAML file such as .github/dora.yml)`);
    }
    if (!(0,external_node_fs_.statSync)(file.path).isFile() || (0,external_node_fs_.statSync)(file.path).size > MAX_BYTES) {
        throw new ConfigError(`${file.input ?? 'config'}: ${file.path} is not a file under 1 MB (expected a YAML file such as .github/dora.yml)`);
    }
    return parseContextConfig((0,external_node_fs_.readFileSync)(file.path, 'utf8'), file.path);
}
/** Parses and checks the text of a configuration file; `file` names it in messages. */
function parseContextConfig(source, file) {
    const where = file ?? 'config';
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = lines.linePos(error.pos[0]).line;
        throw new ConfigError(`${where} line ${line}: ${firstLine(error.message)} (expected YAML)`);
    }
    try {
        return { file, ...parseContextData(doc.toJS({ maxAliasCount: 100 })) };
    }
    catch (error) {
        if (!(error instanceof InvalidEntry))
            throw error;
        const line = lineOf(doc, lines, error.path);
        throw new ConfigError(`${where}${line === null ? '' : ` line ${line}`}: ${error.message}`);
    }
}
function lineOf(doc, lines, path) {
    // The entry itself, else the nearest enclosing one that exists (a missing key has no line).
    for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (node && typeof node === 'object' && node.range)
            return lines.linePos(node.range[0]).line;
    }
    return null;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Services selected by path need the pull requests' changed files, which cost the collector more. */
function needsChangedFiles(config) {
    return config !== null && config.services.some((service) => service.paths.length > 0);
}

// EXTERNAL MODULE: ./src/metrics/graph.ts
var metrics_graph = __nccwpck_require__(1413);
;// CONCATENATED MODULE: ./src/metrics/tiers.ts

const BENCHMARK_TABLES = {
    'dora-2023': {
        name: 'dora-2023',
        year: 2023,
        deploymentFrequency: {
            elite: { kind: 'weekly-days', atLeast: 3 },
            high: { kind: 'weekly-days', atLeast: 1 },
            medium: { kind: 'monthly-days', atLeast: 1 },
        },
        leadTimeHours: { elite: 24, high: 168, medium: 720 },
        changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
        timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
    },
    'dora-2021': {
        name: 'dora-2021',
        year: 2021,
        deploymentFrequency: {
            elite: { kind: 'weekly-days', atLeast: 3 },
            high: { kind: 'monthly-days', atLeast: 1 },
            medium: { kind: 'per-days', days: 182 },
        },
        leadTimeHours: { elite: 1, high: 168, medium: 4380 },
        changeFailureRate: { elite: 0.15, high: 0.2, medium: 0.3 },
        timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
    },
};
const DEFAULT_BENCHMARKS = 'dora-2023';
/** T2: the smallest samples that earn a tier. */
const MIN_DEPLOYMENTS_FOR_CFR_TIER = 10;
const MIN_CHANGES_FOR_LEAD_TIME_TIER = 5;
/** BENCHMARKS.md: distinct UTC dates with a deployment, per block counted back from `until`. */
function deploymentDays(deploymentTimes, window) {
    return {
        weeklyMedian: medianDaysPerBlock(deploymentTimes, window.until, 7, Math.floor(window.days / 7)),
        monthlyMedian: medianDaysPerBlock(deploymentTimes, window.until, 30, Math.floor(window.days / 30)),
    };
}
function medianDaysPerBlock(times, until, blockDays, blocks) {
    if (blocks <= 0)
        return null;
    const dates = Array.from({ length: blocks }, () => new Set());
    const earliest = until - blocks * blockDays * stats/* DAY_MS */.sO;
    for (const time of times) {
        if (time < earliest || time >= until)
            continue;
        const block = Math.floor((until - 1 - time) / (blockDays * stats/* DAY_MS */.sO));
        dates[block].add(Math.floor(time / stats/* DAY_MS */.sO));
    }
    return (0,stats/* median */.JZ)(dates.map((set) => set.size));
}
function meetsFrequency(rule, days, count, windowDays) {
    if (rule.kind === 'per-days')
        return (count / windowDays) * rule.days >= 1;
    const value = rule.kind === 'weekly-days' ? days.weeklyMedian : days.monthlyMedian;
    return value !== null && value >= rule.atLeast;
}
function frequencyTier(table, days, count, windowDays) {
    const rules = table.deploymentFrequency;
    if (meetsFrequency(rules.elite, days, count, windowDays))
        return 'elite';
    if (meetsFrequency(rules.high, days, count, windowDays))
        return 'high';
    if (meetsFrequency(rules.medium, days, count, windowDays))
        return 'medium';
    return 'low';
}
function below(value, bounds) {
    if (value === null)
        return null;
    if (value < bounds.elite)
        return 'elite';
    if (value < bounds.high)
        return 'high';
    if (value < bounds.medium)
        return 'medium';
    return 'low';
}
function leadTimeTier(table, medianHours, changes) {
    return changes < MIN_CHANGES_FOR_LEAD_TIME_TIER ? null : below(medianHours, table.leadTimeHours);
}
function restoreTier(table, medianHours) {
    return below(medianHours, table.timeToRestoreHours);
}
function failureRateTier(table, rate, deployments) {
    if (rate === null || deployments < MIN_DEPLOYMENTS_FOR_CFR_TIER)
        return null;
    const bounds = table.changeFailureRate;
    if (rate <= bounds.elite)
        return 'elite';
    if (rate <= bounds.high)
        return 'high';
    if (rate <= bounds.medium)
        return 'medium';
    return 'low';
}

;// CONCATENATED MODULE: ./src/context/calendar.ts
// The business calendar (issue 6): named peaks, and the window's figures split inside and
// outside them. A deployment, failure event or change belongs to the part that holds its time
// (W2's rule, with peaks for windows): deployment time, failure start, and for a lead time the
// time of the deployment that shipped it (as L4 places it in a window).

const calendar_DAY_MS = 86_400_000;
function overlap(a, b) {
    return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
/** The peaks clipped to the window, merged where they overlap, so no day counts twice. */
function peakSpans(peaks, window) {
    const clipped = peaks
        .map((p) => ({
        name: p.name,
        start: Math.max(Date.parse(p.start), window.start),
        end: Math.min(Date.parse(p.end), window.end),
    }))
        .filter((p) => p.end > p.start)
        .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const span of clipped) {
        const last = merged[merged.length - 1];
        if (last && span.start <= last.end) {
            last.end = Math.max(last.end, span.end);
            last.name = `${last.name}, ${span.name}`;
        }
        else
            merged.push({ ...span });
    }
    return merged;
}
function computeCalendar(report, peaks) {
    const window = { start: Date.parse(report.window.since), end: Date.parse(report.window.until) };
    const spans = peakSpans(peaks, window);
    const inPeak = (time) => spans.some((s) => time >= s.start && time < s.end);
    const peakMs = spans.reduce((total, s) => total + (s.end - s.start), 0);
    return {
        peaks: peaks.map((p) => ({
            name: p.name,
            start: p.start,
            end: p.end,
            daysInWindow: overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, window) / calendar_DAY_MS,
        })),
        peakWeeks: report.weekly.flatMap((week) => {
            const start = Date.parse(week.weekStart);
            const range = { start, end: Math.min(start + 7 * calendar_DAY_MS, window.end) };
            const names = peaks.filter((p) => overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, range) > 0);
            return names.length ? [{ weekStart: week.weekStart, peaks: names.map((p) => p.name) }] : [];
        }),
        inside: split(report, (time) => inPeak(time), peakMs / calendar_DAY_MS),
        outside: split(report, (time) => !inPeak(time), (window.end - window.start - peakMs) / calendar_DAY_MS),
    };
}
function split(report, holds, days) {
    const deployments = report.records.deployments.filter((d) => holds(Date.parse(d.time)));
    const keys = new Set(deployments.map((d) => d.key));
    const leads = report.records.changes
        .filter((c) => c.shippedBy !== null && keys.has(c.shippedBy) && c.leadTimeHours !== null)
        .map((c) => c.leadTimeHours);
    const events = report.records.failures.filter((f) => f.window === 'current' && holds(Date.parse(f.start)));
    const restored = events.filter((f) => f.restoreHours !== null).map((f) => f.restoreHours);
    const failed = deployments.filter((d) => d.failed).length;
    return {
        days,
        deployments: deployments.length,
        deploymentsPerWeek: days === 0 ? null : (deployments.length / days) * 7,
        failedDeployments: failed,
        changeFailureRate: deployments.length === 0 ? null : failed / deployments.length,
        changes: leads.length,
        leadTimeMedianHours: (0,stats/* median */.JZ)(leads),
        failureEvents: events.length,
        timeToRestoreMedianHours: (0,stats/* median */.JZ)(restored),
    };
}

// EXTERNAL MODULE: ./src/metrics/changes.ts
var metrics_changes = __nccwpck_require__(6744);
// EXTERNAL MODULE: ./src/context/statistics.ts
var statistics = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/context/health.ts
// Engineering health from the same history (issue 6; the seed's "Organizational Health
// Indicators"): how long CI takes, how long reviews take, how much of the work bots do.
//  - CI: completed workflow runs that started in the window (W2 by their start) and finished
//    with success, failure or timed_out (a cancelled or skipped run did not run its course);
//    duration = updatedAt − runStartedAt (createdAt when GitHub gave no start).
//  - Reviews: F2's pickup (opening to the first review by someone else) and review phases, over
//    the pull requests merged in the window.
//  - Bots: changes (L1) merged in the window whose author's login ends in `[bot]`.




const FINISHED = new Set(['success', 'failure', 'timed_out']);
function runMatches(run, selected) {
    if (selected.length === 0)
        return true;
    const file = run.workflowPath.split('/').pop() ?? run.workflowPath;
    return selected.some((wanted) => {
        const lower = wanted.toLowerCase();
        return (lower === file.toLowerCase() ||
            lower === run.workflowPath.toLowerCase() ||
            lower === run.name?.toLowerCase());
    });
}
function timedRuns(world, window, selected) {
    const out = [];
    for (const run of world.workflowRuns ?? []) {
        if (run.status !== 'completed' || !FINISHED.has(run.conclusion ?? '') || !runMatches(run, selected))
            continue;
        const start = Date.parse(run.runStartedAt ?? run.createdAt);
        if (!inRange(start, window))
            continue;
        out.push({
            workflow: run.name || run.workflowPath,
            start,
            hours: (0,stats/* hoursBetween */.UH)(start, Date.parse(run.updatedAt)),
        });
    }
    return out;
}
function computeHealth(world, report, selected) {
    const window = { since: Date.parse(report.window.since), until: Date.parse(report.window.until) };
    const runs = timedRuns(world, window, selected);
    const workflows = [...new Set(runs.map((r) => r.workflow))].sort();
    const byWorkflow = workflows
        .map((workflow) => ({
        workflow,
        ...(0,statistics/* summarize */.eh)(runs.filter((r) => r.workflow === workflow).map((r) => r.hours)),
    }))
        .sort((a, b) => b.count - a.count || (a.workflow < b.workflow ? -1 : 1));
    const weekly = weeksOf(window).map((week) => ({
        weekStart: isoTime(week.since),
        ...(0,statistics/* summarize */.eh)(runs.filter((r) => inRange(r.start, week)).map((r) => r.hours)),
    }));
    return {
        ci: { ...(0,statistics/* summarize */.eh)(runs.map((r) => r.hours)), workflowsSelected: [...selected], byWorkflow, weekly },
        reviews: reviewsOf(report),
        bots: botsOf(world, window),
    };
}
function reviewsOf(report) {
    if (report.flow === null)
        return null;
    const prs = report.records.pullRequests;
    const picked = prs.filter((pr) => pr.pickupHours !== null);
    return {
        pullRequests: prs.length,
        reviewed: picked.length,
        firstReview: (0,statistics/* summarize */.eh)(picked.map((pr) => pr.pickupHours)),
        reviewToMerge: (0,statistics/* summarize */.eh)(picked.map((pr) => pr.reviewHours)),
    };
}
/** L1's changes merged in the window: pull requests merged into the default branch, else non-merge commits. */
function changeAuthors(world, window) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, branch));
    if (merged.length > 0) {
        return merged.filter((pr) => inRange(Date.parse(pr.mergedAt), window)).map((pr) => pr.author ?? null);
    }
    return (world.commits ?? [])
        .filter((c) => (c.parents === undefined || c.parents.length === 1) && inRange(Date.parse(c.committedAt), window))
        .map((c) => c.author ?? null);
}
function botsOf(world, window) {
    const changes = changeAuthors(world, window);
    const authors = new Map();
    for (const author of changes) {
        if (author?.endsWith('[bot]'))
            authors.set(author, (authors.get(author) ?? 0) + 1);
    }
    const byBots = [...authors.values()].reduce((a, b) => a + b, 0);
    return {
        changes: changes.length,
        byBots,
        share: changes.length === 0 ? null : byBots / changes.length,
        authors: [...authors]
            .map(([author, count]) => ({ author, changes: count }))
            .sort((a, b) => b.changes - a.changes),
    };
}

;// CONCATENATED MODULE: ./src/context/impact.ts


function weightOfLabels(labels, impact) {
    let heaviest = null;
    for (const label of labels ?? []) {
        const lower = label.toLowerCase();
        for (const entry of impact.labels) {
            if (entry.label === lower && (heaviest === null || entry.weight > heaviest))
                heaviest = entry.weight;
        }
    }
    return heaviest;
}
/** Weights of changes ("#12" or a sha) and incidents ("incident #7"), by the ids records use. */
function weightsById(world, impact) {
    const weights = new Map();
    for (const pr of world.pullRequests ?? []) {
        const weight = weightOfLabels(pr.labels, impact);
        if (weight !== null)
            weights.set(`#${pr.number}`, weight);
    }
    for (const issue of world.issues ?? []) {
        const weight = weightOfLabels(issue.labels, impact);
        if (weight !== null)
            weights.set(`incident #${issue.number}`, weight);
    }
    return weights;
}
function computeImpact(world, report, impact) {
    const weights = weightsById(world, impact);
    const changeWeight = (id) => weights.get(id) ?? impact.defaultWeight;
    const timed = report.records.changes.filter((c) => c.leadTimeHours !== null);
    const hours = timed.map((c) => c.leadTimeHours);
    const leadWeights = timed.map((c) => changeWeight(c.id));
    let totalWeight = 0;
    let failedWeight = 0;
    let failed = 0;
    for (const deployment of report.records.deployments) {
        // Incidents count only when attributed to this deployment (C1); reverted changes are shipped ones.
        const ids = [
            ...deployment.changes,
            ...deployment.failureReasons.filter((r) => r.startsWith('incident #')),
        ];
        let heaviest = null;
        for (const id of ids) {
            const w = weights.get(id);
            if (w !== undefined && (heaviest === null || w > heaviest))
                heaviest = w;
        }
        const weight = heaviest ?? impact.defaultWeight;
        totalWeight += weight;
        if (deployment.failed) {
            failed += 1;
            failedWeight += weight;
        }
    }
    const count = report.records.deployments.length;
    return {
        weights: impact.labels,
        defaultWeight: impact.defaultWeight,
        leadTime: {
            changes: timed.length,
            totalWeight: leadWeights.reduce((a, b) => a + b, 0),
            medianHours: (0,stats/* median */.JZ)(hours),
            weightedMedianHours: (0,statistics/* weightedPercentile */.XG)(hours, leadWeights, 0.5),
            weightedP90Hours: (0,statistics/* weightedPercentile */.XG)(hours, leadWeights, 0.9),
        },
        changeFailureRate: {
            deployments: count,
            failed,
            rate: count === 0 ? null : failed / count,
            totalWeight,
            failedWeight,
            weightedRate: totalWeight === 0 ? null : failedWeight / totalWeight,
        },
    };
}

// EXTERNAL MODULE: ./src/context/insights.ts
var insights = __nccwpck_require__(7218);
;// CONCATENATED MODULE: ./src/metrics/categories.ts
const CATEGORY_ORDER = ['risk', 'defect', 'debt', 'feature'];
const LABELS = {
    risk: ['security', 'vulnerability', 'compliance'],
    defect: ['bug', 'defect', 'fix', 'bugfix', 'hotfix', 'regression'],
    debt: ['tech-debt', 'debt', 'refactor', 'refactoring', 'chore', 'dependencies', 'maintenance'],
    feature: ['feature', 'enhancement', 'feat'],
};
const TITLE_TYPES = {
    risk: ['security', 'sec'],
    defect: ['fix'],
    debt: ['refactor', 'perf', 'chore', 'build', 'ci', 'test', 'docs', 'style', 'deps'],
    feature: ['feat'],
};
const LABEL_CATEGORY = new Map();
const TYPE_CATEGORY = new Map();
for (const category of CATEGORY_ORDER) {
    for (const label of LABELS[category])
        LABEL_CATEGORY.set(label, category);
    for (const type of TITLE_TYPES[category])
        TYPE_CATEGORY.set(type, category);
}
const CONVENTIONAL_TYPE = /^([A-Za-z][\w-]*)(\([^)]*\))?!?:/;
/** The conventional-commit type of a title, lower-cased, or null. */
function conventionalType(title) {
    const match = CONVENTIONAL_TYPE.exec(title);
    return match ? match[1].toLowerCase() : null;
}
function categorize(labels, title) {
    let best = CATEGORY_ORDER.length;
    for (const label of labels ?? []) {
        const category = LABEL_CATEGORY.get(label.toLowerCase());
        if (category !== undefined)
            best = Math.min(best, CATEGORY_ORDER.indexOf(category));
    }
    if (best < CATEGORY_ORDER.length)
        return CATEGORY_ORDER[best];
    const type = conventionalType(title);
    return (type !== null && TYPE_CATEGORY.get(type)) || 'unclassified';
}
function emptyDistribution() {
    return { feature: 0, defect: 0, debt: 0, risk: 0, unclassified: 0 };
}

// EXTERNAL MODULE: ./src/metrics/deployments.ts
var metrics_deployments = __nccwpck_require__(2685);
// EXTERNAL MODULE: ./src/metrics/time.ts
var time = __nccwpck_require__(7488);
;// CONCATENATED MODULE: ./src/metrics/failures.ts

function incidentLabelSet(labels) {
    return new Set(labels.map((label) => label.toLowerCase()));
}
/** C1: issues carrying an incident label, attributed to the latest deployment at or before their start. */
function listIncidents(world, labels, deployments) {
    const out = [];
    for (const issue of world.issues ?? []) {
        if (!(issue.labels ?? []).some((label) => labels.has(label.toLowerCase())))
            continue;
        const start = (0,time.ms)(issue.createdAt);
        // An issue reopened after closing keeps its old closedAt; it is not restored while open.
        const restored = issue.state === 'OPEN' ? null : (0,time/* msOrNull */.B)(issue.closedAt);
        out.push({
            kind: 'incident',
            id: `incident #${issue.number}`,
            title: issue.title,
            deployment: latestAtOrBefore(deployments, start),
            start,
            restored,
            path: `/issues/${issue.number}`,
        });
    }
    return out;
}
function latestAtOrBefore(deployments, time) {
    let low = 0;
    let high = deployments.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (deployments[mid].time <= time)
            low = mid + 1;
        else
            high = mid;
    }
    return low - 1;
}
/**
 * C2: a revert fails the deployment that shipped its target, from that deployment's time until the
 * deployment that ships the revert; not when the target never shipped or both ship together.
 */
function listRevertFailures(changes, reverts, shippedBy, deployments) {
    const out = [];
    changes.forEach((change, i) => {
        const target = reverts.target[i];
        if (target < 0)
            return;
        const failed = shippedBy[target];
        if (failed < 0 || failed === shippedBy[i])
            return;
        const fix = shippedBy[i];
        out.push({
            kind: 'revert',
            id: `revert ${change.kind === 'pull-request' ? change.id : change.id.slice(0, 7)}`,
            title: change.title,
            deployment: failed,
            start: deployments[failed].time,
            restored: fix < 0 ? null : deployments[fix].time,
            path: change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`,
        });
    });
    return out;
}
/** C3: the reasons each deployment failed (an empty list: it did not). */
function failureReasons(deploymentCount, events) {
    const reasons = Array.from({ length: deploymentCount }, () => []);
    for (const event of events)
        if (event.deployment >= 0)
            reasons[event.deployment].push(event.id);
    return reasons;
}

;// CONCATENATED MODULE: ./src/metrics/reverts.ts
// C2: which changes are reverts, and which change each one reverts.

const REVERT_WORD = /^Revert /;
const REVERT_TYPE = /^revert(\([^)]*\))?!?:\s*/i;
const CONVENTIONAL_PREFIX = /^[A-Za-z][\w-]*(\([^)]*\))?!?:\s*/;
const REVERTS_REFERENCE = /\bReverts\s+([\w.-]+)\/([\w.-]+)#(\d+)/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-fA-F]{7,40})\b/;
const FIRST_NUMBER = /#(\d+)/;
function isRevertByTitle(title) {
    return REVERT_WORD.test(title) || REVERT_TYPE.test(title);
}
/** C2 rule 3: what a revert's title names, without the prefix, quotes and one trailing ` (#N)`. */
function revertedTitle(title) {
    let rest = REVERT_WORD.test(title) ? title.slice('Revert '.length) : title.replace(REVERT_TYPE, '');
    rest = rest.trim();
    if (rest.length >= 2 && rest.startsWith('"') && rest.endsWith('"'))
        rest = rest.slice(1, -1);
    return (0,metrics_changes/* withoutTrailingNumber */.G7)(rest);
}
function withoutConventionalPrefix(title) {
    return title.replace(CONVENTIONAL_PREFIX, '');
}
/** Lookups over the changes before a given position (C2: "among the changes before the revert"). */
class Earlier {
    byNumber = new Map();
    bySubjectNumber = new Map();
    byTitle = new Map();
    byBareTitle = new Map();
    /** changes by the first 7 hex digits of their commit (the shortest prefix rule 2 accepts) */
    byShortSha = new Map();
    add(change, index) {
        if (change.number !== null)
            this.byNumber.set(change.number, index);
        const subjectNumber = / \(#(\d+)\)$/.exec(change.subject);
        if (change.kind === 'commit' && subjectNumber)
            this.bySubjectNumber.set(Number(subjectNumber[1]), index);
        // A commit's title has lost its trailing (#N) already; a pull request's loses it here.
        const title = change.kind === 'pull-request' ? (0,metrics_changes/* withoutTrailingNumber */.G7)(change.title) : change.title;
        this.byTitle.set(title, index);
        this.byBareTitle.set(withoutConventionalPrefix(title), index);
        if (change.sha) {
            const key = change.sha.slice(0, 7);
            const list = this.byShortSha.get(key);
            if (list)
                list.push(index);
            else
                this.byShortSha.set(key, [index]);
        }
    }
    /** Rule 1: pull request N, or in a commits-only world the latest commit whose subject ends with (#N). */
    number(n, commitsOnly) {
        return (commitsOnly ? this.bySubjectNumber.get(n) : this.byNumber.get(n)) ?? -1;
    }
    /** Rule 2: the latest change whose commit starts with the given prefix. */
    shaPrefix(prefix, changes) {
        const list = this.byShortSha.get(prefix.slice(0, 7)) ?? [];
        for (let i = list.length - 1; i >= 0; i--)
            if (changes[list[i]].sha.startsWith(prefix))
                return list[i];
        return -1;
    }
    /** Rule 3: equal titles, then equal titles without a conventional-commit prefix. */
    title(title) {
        return this.byTitle.get(title) ?? this.byBareTitle.get(withoutConventionalPrefix(title)) ?? -1;
    }
}
function findReverts(changes, owner, name) {
    const isRevert = new Array(changes.length).fill(false);
    const target = new Int32Array(changes.length).fill(-1);
    const commitsOnly = changes.length > 0 && changes[0].kind === 'commit';
    const repository = `${owner}/${name}`.toLowerCase();
    const earlier = new Earlier();
    changes.forEach((change, i) => {
        const byTitle = isRevertByTitle(change.title);
        const found = findTarget(change, byTitle, earlier, commitsOnly, repository, changes);
        isRevert[i] = byTitle || found >= 0;
        target[i] = found;
        earlier.add(change, i);
    });
    return { isRevert, target };
}
function findTarget(change, byTitle, earlier, commitsOnly, repository, changes) {
    // Rule 1: `Reverts OWNER/REPO#N` naming this repository, or else for a revert by title its first #N.
    const reference = REVERTS_REFERENCE.exec(change.body);
    if (reference && `${reference[1]}/${reference[2]}`.toLowerCase() === repository) {
        const found = earlier.number(Number(reference[3]), commitsOnly);
        if (found >= 0)
            return found;
    }
    const first = byTitle ? FIRST_NUMBER.exec(change.title) : null;
    if (first) {
        const found = earlier.number(Number(first[1]), commitsOnly);
        if (found >= 0)
            return found;
    }
    // Rule 2: `This reverts commit SHA` (the first such line).
    const commit = REVERTS_COMMIT.exec(change.body);
    if (commit) {
        const found = earlier.shaPrefix(commit[1].toLowerCase(), changes);
        if (found >= 0)
            return found;
    }
    // Rule 3: the reverted title.
    return byTitle ? earlier.title(revertedTitle(change.title)) : -1;
}

;// CONCATENATED MODULE: ./src/metrics/shipping.ts
function shipChanges(changes, deployments, graph) {
    const graphKnown = graph.size > 0;
    // L3: a known commit absent from a non-empty `commits` is off the default branch.
    const onBranch = deployments.map((d) => !(graphKnown && d.sha !== null && !graph.has(d.sha)));
    const assumable = indexesWhere(deployments, (_, i) => onBranch[i]);
    const withoutCommit = indexesWhere(deployments, (d) => d.sha === null);
    const firstContaining = firstContainingDeployment(deployments, graph);
    const shippedBy = new Int32Array(changes.length).fill(-1);
    changes.forEach((change, i) => {
        const node = change.sha === null ? undefined : graph.nodeOf(change.sha);
        if (node === undefined) {
            // L3: the change's commit unknown or missing (or no commits at all): containment is assumed.
            shippedBy[i] = firstAtOrAfter(deployments, assumable, change.merged);
            return;
        }
        // L3: a deployment without a commit is assumed to contain everything merged before it.
        const assumed = firstAtOrAfter(deployments, withoutCommit, change.merged);
        const byGraph = shippedByGraph(change, node, deployments, graph, firstContaining);
        shippedBy[i] = pickEarlier(assumed, byGraph);
    });
    return { shippedBy, onBranch };
}
function indexesWhere(deployments, test) {
    const out = [];
    deployments.forEach((d, i) => test(d, i) && out.push(i));
    return out;
}
function pickEarlier(a, b) {
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return Math.min(a, b);
}
/** The first deployment (of `candidates`, in D3 order) at or after `time`; -1 for none. */
function firstAtOrAfter(deployments, candidates, time) {
    let low = 0;
    let high = candidates.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (deployments[candidates[mid]].time < time)
            low = mid + 1;
        else
            high = mid;
    }
    return low < candidates.length ? candidates[low] : -1;
}
/** For every commit, the first deployment in D3 order whose commit contains it (-1: none). */
function firstContainingDeployment(deployments, graph) {
    const first = new Int32Array(graph.size).fill(-1);
    const starts = deployments.map((d) => (d.sha === null ? undefined : graph.nodeOf(d.sha)));
    graph.claimAncestors(starts, (node, walk) => {
        first[node] = walk;
    });
    return first;
}
function shippedByGraph(change, node, deployments, graph, firstContaining) {
    const first = firstContaining[node];
    if (first < 0)
        return -1;
    if (deployments[first].time >= change.merged)
        return first;
    // Rare: a deployment contains the change but is dated before its merge (clock skew, a tag
    // dated by an older commit). Look further on for the first one that is not.
    for (let i = first + 1; i < deployments.length; i++) {
        const d = deployments[i];
        if (d.time < change.merged || d.sha === null)
            continue;
        const at = graph.nodeOf(d.sha);
        if (at !== undefined && graph.contains(at, node))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/metrics/model.ts









function buildModel(world, source, incidentLabels, graph = new metrics_graph/* CommitGraph */.M(world.commits ?? [])) {
    const deployments = (0,metrics_deployments/* listDeployments */.J)(world, source, graph);
    const changes = (0,metrics_changes/* buildChanges */.sl)(world);
    const prWorld = changes.length > 0 && changes[0].kind === 'pull-request';
    const { shippedBy, onBranch } = shipChanges(changes, deployments, graph);
    const shipped = deployments.map(() => []);
    shippedBy.forEach((d, i) => d >= 0 && shipped[d].push(i));
    // L4: changes shipped by the world's earliest deployment are left out (nothing bounds them).
    const leadHours = changes.map((change, i) => shippedBy[i] > 0 ? (0,stats/* hoursBetween */.UH)(change.start, deployments[shippedBy[i]].time) : null);
    const categories = changes.map((change) => categorize(change.pr?.labels, change.title));
    const reverts = findReverts(changes, world.repository.owner, world.repository.name);
    const events = [
        ...listIncidents(world, incidentLabelSet(incidentLabels), deployments),
        ...listRevertFailures(changes, reverts, shippedBy, deployments),
    ];
    // C4: ships at least one change, and only reverts or defects.
    const rework = shipped.map((list) => list.length > 0 && list.every((i) => reverts.isRevert[i] || categories[i] === 'defect'));
    return {
        world,
        prWorld,
        graph,
        deployments,
        onBranch,
        changes,
        shippedBy,
        shipped,
        leadHours,
        categories,
        reverts,
        events,
        reasons: failureReasons(deployments.length, events),
        rework,
        cycles: prWorld ? changes.map((change, i) => cycleOf(change, shippedBy[i], deployments)) : [],
        open: openIntervals(world),
    };
}
/** F2: cycle time and its phases for one merged pull request. */
function cycleOf(change, shippedBy, deployments) {
    const pr = change.pr;
    const created = (0,time.ms)(pr.createdAt);
    const firstReview = firstReviewTime(change);
    const additions = pr.additions;
    const deletions = pr.deletions;
    return {
        cycleHours: (0,stats/* hoursBetween */.UH)(change.start, change.merged),
        codingHours: (0,stats/* hoursBetween */.UH)(change.start, created),
        pickupHours: firstReview === null ? null : (0,stats/* hoursBetween */.UH)(created, firstReview),
        reviewHours: firstReview === null ? null : (0,stats/* hoursBetween */.UH)(firstReview, change.merged),
        deployHours: shippedBy < 0 ? null : (0,stats/* hoursBetween */.UH)(change.merged, deployments[shippedBy].time),
        lines: additions === undefined && deletions === undefined ? null : (additions ?? 0) + (deletions ?? 0),
    };
}
/**
 * F2: the earliest review not by the author and not PENDING, submitted before the merge. A review
 * whose author is unknown (a deleted account) counts as someone else's.
 */
function firstReviewTime(change) {
    const pr = change.pr;
    let first = null;
    for (const review of pr.reviews ?? []) {
        if (review.state === 'PENDING')
            continue;
        if (review.author != null && review.author === pr.author)
            continue;
        const at = (0,time.ms)(review.submittedAt);
        if (at >= change.merged)
            continue;
        if (first === null || at < first)
            first = at;
    }
    return first;
}
function openIntervals(world) {
    const prs = (world.pullRequests ?? []).filter((pr) => !pr.isDraft);
    const created = new Float64Array(prs.length);
    const ended = new Float64Array(prs.length);
    prs.forEach((pr, i) => {
        created[i] = (0,time.ms)(pr.createdAt);
        const merged = (0,time/* msOrNull */.B)(pr.mergedAt);
        const closed = (0,time/* msOrNull */.B)(pr.closedAt);
        ended[i] = Math.min(merged ?? Infinity, closed ?? Infinity);
    });
    return { created, ended };
}
/** F3: pull requests open (not drafts, created, neither merged nor closed) at time t. */
function loadAt(model, t) {
    const { created, ended } = model.open;
    let open = 0;
    for (let i = 0; i < created.length; i++)
        if (created[i] <= t && ended[i] > t)
            open++;
    return open;
}

;// CONCATENATED MODULE: ./src/metrics/period.ts





/** Indexes of the deployments whose time falls in the range (W2); deployments are time-sorted. */
function deploymentsIn(model, range) {
    const out = [];
    model.deployments.forEach((d, i) => inRange(d.time, range) && out.push(i));
    return out;
}
/** L4: lead times of the changes shipped by the given deployments (the first deployment excluded). */
function leadTimesOf(model, deployments) {
    const hours = [];
    for (const d of deployments) {
        for (const change of model.shipped[d]) {
            const lead = model.leadHours[change];
            if (lead !== null)
                hours.push(lead);
        }
    }
    return hours;
}
function failedCount(model, deployments) {
    return deployments.filter((d) => model.reasons[d].length > 0).length;
}
function computeDora(model, window, table) {
    const inWindow = deploymentsIn(model, window);
    const count = inWindow.length;
    const days = deploymentDays(inWindow.map((d) => model.deployments[d].time), window);
    const leadHours = leadTimesOf(model, inWindow);
    const leads = (0,stats/* spread */.il)(leadHours);
    const changes = leadHours.length;
    const leadTier = leadTimeTier(table, leads.median, changes);
    const failed = failedCount(model, inWindow);
    const rate = count === 0 ? null : failed / count;
    const rateTier = failureRateTier(table, rate, count);
    // R1: failure events that start in the window; restored ones give the durations.
    const events = model.events.filter((event) => inRange(event.start, window));
    const restoreHours = events
        .filter((event) => event.restored !== null)
        .map((event) => (0,stats/* hoursBetween */.UH)(event.start, event.restored));
    const restore = (0,stats/* spread */.il)(restoreHours);
    const rework = inWindow.filter((d) => model.rework[d]).length;
    return {
        deploymentFrequency: {
            count,
            perDay: count / window.days,
            perWeek: (count / window.days) * 7,
            tier: frequencyTier(table, days, count, window.days),
            deploymentDaysPerWeekMedian: days.weeklyMedian,
            deploymentDaysPerMonthMedian: days.monthlyMedian,
        },
        leadTime: {
            changes,
            medianHours: leads.median,
            p75Hours: leads.p75,
            p90Hours: leads.p90,
            tier: leadTier,
            tooFewToRate: leads.median !== null && leadTier === null,
        },
        changeFailureRate: {
            deployments: count,
            failed,
            rate,
            tier: rateTier,
            tooFewToRate: rate !== null && rateTier === null,
        },
        timeToRestore: {
            events: events.length,
            restored: restoreHours.length,
            unrestored: events.length - restoreHours.length,
            medianHours: restore.median,
            p75Hours: restore.p75,
            p90Hours: restore.p90,
            tier: restoreTier(table, restore.median),
        },
        reworkRate: { deployments: count, rework, rate: count === 0 ? null : rework / count },
    };
}
/** Indexes of the changes (merged pull requests in a pull-request world) merged in the range. */
function mergedIn(model, range) {
    const out = [];
    model.changes.forEach((change, i) => inRange(change.merged, range) && out.push(i));
    return out;
}
function phaseMedian(values) {
    return (0,stats/* median */.JZ)(values.filter((value) => value !== null));
}
function computeFlow(model, window) {
    if (!model.prWorld)
        return null;
    const merged = mergedIn(model, window);
    const cycles = merged.map((i) => model.cycles[i]);
    const cycle = (0,stats/* spread */.il)(cycles.map((c) => c.cycleHours));
    const counts = emptyDistribution();
    for (const i of merged)
        counts[model.categories[i]] += 1;
    return {
        throughput: { merged: merged.length, perWeek: (merged.length / window.days) * 7 },
        cycleTime: {
            medianHours: cycle.median,
            p75Hours: cycle.p75,
            p90Hours: cycle.p90,
            codingHours: phaseMedian(cycles.map((c) => c.codingHours)),
            pickupHours: phaseMedian(cycles.map((c) => c.pickupHours)),
            reviewHours: phaseMedian(cycles.map((c) => c.reviewHours)),
            deployHours: phaseMedian(cycles.map((c) => c.deployHours)),
        },
        load: { open: loadAt(model, window.until) },
        efficiency: efficiencyOf(cycles),
        distribution: merged.length === 0 ? null : shares(counts, merged.length),
        distributionCounts: counts,
        batchSize: { medianLines: phaseMedian(cycles.map((c) => c.lines)) },
    };
}
/** F4: Σ(coding + review) ÷ Σ(all four phases), over reviewed and shipped pull requests. */
function efficiencyOf(cycles) {
    const counted = cycles.filter((c) => c.pickupHours !== null && c.deployHours !== null);
    const active = (0,stats/* sum */.cz)(counted.map((c) => c.codingHours + c.reviewHours));
    const elapsed = (0,stats/* sum */.cz)(counted.map((c) => c.codingHours + c.pickupHours + c.reviewHours + c.deployHours));
    return elapsed === 0 ? null : active / elapsed;
}
function shares(counts, total) {
    const out = emptyDistribution();
    for (const key of [...CATEGORY_ORDER, 'unclassified'])
        out[key] = counts[key] / total;
    return out;
}

;// CONCATENATED MODULE: ./src/context/config-types.ts
// The configuration file of issue 6 (`.github/dora.yml`), once read and checked.
const TARGET_KEYS = [
    'deploymentsPerWeek',
    'leadTimeHours',
    'changeFailureRate',
    'timeToRestoreHours',
];

;// CONCATENATED MODULE: ./src/context/sub-world.ts
// A service's share of the world (issue 6): the same history seen through the service's
// selector, so that the engine computes its metrics unchanged. Commits are all kept: L3's
// containment needs the whole parent graph.




function selectsChanges(service) {
    return service.paths.length > 0 || service.labels.length > 0;
}
/** A pull request is the service's when one of its files matches a glob or it carries a label. */
function pullRequestFilter(service) {
    const matchesFiles = compileGlobs(service.paths);
    const labels = new Set(service.labels);
    return (pr) => (pr.files !== undefined && matchesFiles(pr.files)) ||
        (labels.size > 0 && (pr.labels ?? []).some((label) => labels.has(label.toLowerCase())));
}
/**
 * Each service's pull requests, in one pass over them: a pull request and its files are read
 * from memory once for all services rather than once per service (on 50,000 pull requests the
 * memory traffic, not the matching, is the cost).
 */
function pullRequestsByService(world, services) {
    const filters = services.map((service) => (selectsChanges(service) ? pullRequestFilter(service) : null));
    const out = filters.map((filter) => (filter === null ? world.pullRequests : []));
    for (const pr of world.pullRequests ?? []) {
        filters.forEach((filter, i) => filter !== null && filter(pr) && out[i].push(pr));
    }
    return out;
}
/** Incidents: those carrying one of the service's labels; every incident when it names none. */
function issuesOf(world, service) {
    if (service.labels.length === 0)
        return world.issues;
    const labels = new Set(service.labels);
    return (world.issues ?? []).filter((issue) => (issue.labels ?? []).some((l) => labels.has(l.toLowerCase())));
}
/**
 * L3 does not depend on which service asks: a pull request's shipping deployment is found once,
 * on the shared graph, from its merge commit and merge time alone.
 */
function shipPullRequests(world, source, graph) {
    const deployments = (0,metrics_deployments/* listDeployments */.J)(world, source, graph);
    const branch = world.repository.defaultBranch;
    const changes = [];
    for (const pr of world.pullRequests ?? []) {
        if (!(0,metrics_changes/* isMergedInto */.f8)(pr, branch))
            continue;
        changes.push({
            id: `#${pr.number}`,
            kind: 'pull-request',
            number: pr.number,
            sha: pr.mergeCommitSha ?? null,
            title: '',
            subject: '',
            body: '',
            author: null,
            start: 0,
            merged: Date.parse(pr.mergedAt),
            pr: null,
        });
    }
    const shipped = shipChanges(changes, deployments, graph).shippedBy;
    const shippedBy = new Map();
    changes.forEach((change, i) => shipped[i] >= 0 && shippedBy.set(change.number, shipped[i]));
    return { deployments, shippedBy };
}
/** The deployments that ship at least one of these pull requests, in D3 order. */
function deploymentsShipping(shipping, pullRequests) {
    const used = new Uint8Array(shipping.deployments.length);
    for (const pr of pullRequests) {
        const d = shipping.shippedBy.get(pr.number);
        if (d !== undefined)
            used[d] = 1;
    }
    return shipping.deployments.filter((_, i) => used[i] === 1);
}
/**
 * The world whose `source` yields exactly `kept`: the records behind the other deployments are
 * left out. Removing a deployment that ships none of the service's changes cannot change which
 * deployment ships one of them (L3 takes the first containing deployment, which is kept).
 */
function keepDeployments(world, source, kept) {
    const keys = new Set(kept.map((d) => d.key));
    const aliases = new Set(kept.flatMap((d) => d.aliases));
    switch (source.kind) {
        case 'environment':
            return {
                ...world,
                deployments: (world.deployments ?? []).filter((d) => keys.has(`deployment:${d.id}`)),
            };
        case 'releases':
            return { ...world, releases: (world.releases ?? []).filter((r) => aliases.has(r.tagName)) };
        case 'tags':
            return { ...world, tags: (world.tags ?? []).filter((t) => aliases.has(t.name)) };
        case 'workflow':
            return { ...world, workflowRuns: (world.workflowRuns ?? []).filter((r) => keys.has(`run:${r.id}`)) };
        case 'merges':
            // D1 `merges`: the service's own merged pull requests are its deployments already.
            return world;
    }
}

;// CONCATENATED MODULE: ./src/context/services.ts
// Per-service DORA and flow (issue 6): each service's sub-world goes through the same engine
// (buildModel, computeDora, computeFlow) on the one commit graph built for the repository.







function computeServices(services, engine) {
    const branch = engine.world.repository.defaultBranch;
    const prWorld = (engine.world.pullRequests ?? []).some((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, branch));
    let shipping = null;
    const shared = () => (shipping ??= shipPullRequests(engine.world, engine.source, engine.graph));
    const selected = prWorld ? pullRequestsByService(engine.world, services) : null;
    return services.map((service, i) => computeService(service, engine, {
        prWorld,
        pullRequests: selected?.[i] ?? engine.world.pullRequests,
        shipping: shared,
    }));
}
function computeService(service, engine, shared) {
    const { world, graph } = engine;
    const { prWorld, pullRequests, shipping } = shared;
    const source = service.environments === null ? engine.source : (0,sources/* environmentSource */.nC)(service.environments);
    const filtering = selectsChanges(service) && prWorld;
    const merged = (pullRequests ?? []).filter((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, world.repository.defaultBranch)).length;
    const noChanges = (filtering && merged === 0) || (selectsChanges(service) && !prWorld);
    const notes = notesOf(service, world, prWorld, filtering && merged === 0);
    if (noChanges && service.environments === null)
        return report(service, source, 'none', 0, null, null, notes);
    // L1 would take every commit as a change in a world without pull requests: none must mean none.
    let sub = {
        ...world,
        pullRequests,
        issues: issuesOf(world, service),
        commits: noChanges ? [] : world.commits,
    };
    let deployments = `every successful deployment to an environment matching ${service.environments}`;
    let restricted = false;
    if (service.environments === null) {
        deployments = `all the repository's deployments (${(0,sources/* formatSource */.j2)(source)})`;
        if (filtering && source.kind !== 'merges') {
            sub = keepDeployments(sub, source, deploymentsShipping(shipping(), pullRequests ?? []));
            restricted = true;
            deployments = `the repository's deployments (${(0,sources/* formatSource */.j2)(source)}) that shipped at least one of its changes`;
        }
        else if (filtering) {
            deployments = 'the merges of its own pull requests';
        }
    }
    const model = buildModel(sub, source, engine.incidentLabels, graph);
    if (restricted)
        boundByRepository(model, shipping().deployments[0]);
    const changes = filtering ? merged : model.changes.length;
    const dora = computeDora(model, engine.window, engine.table);
    return report(service, source, deployments, changes, dora, computeFlow(model, engine.window), notes);
}
/**
 * L4 leaves out the changes of "the earliest deployment of the whole world": nothing bounds them.
 * With deployments kept only when they ship the service's changes, the service's first one is
 * bounded by the repository's earlier deployments, so its changes keep their lead times.
 */
function boundByRepository(model, repositoryFirst) {
    const first = model.deployments[0];
    if (!first || !repositoryFirst || first.key === repositoryFirst.key)
        return;
    for (const i of model.shipped[0])
        model.leadHours[i] = (0,stats/* hoursBetween */.UH)(model.changes[i].start, first.time);
}
function notesOf(service, world, prWorld, noMatch) {
    const notes = [];
    if (selectsChanges(service) && !prWorld) {
        notes.push('Paths and labels select pull requests, and this history has none (it was read from commits only), so they select nothing here.');
    }
    if (prWorld && service.paths.length > 0) {
        const withoutFiles = (world.pullRequests ?? []).filter((pr) => pr.mergedAt && pr.files === undefined).length;
        if (withoutFiles > 0) {
            notes.push(`${withoutFiles} merged pull request${withoutFiles === 1 ? ' has' : 's have'} no list of changed files, so paths could not match ${withoutFiles === 1 ? 'it' : 'them'}.`);
        }
    }
    if (noMatch)
        notes.push('No merged pull request matches the service.');
    if (service.labels.length === 0) {
        notes.push('Incidents are not split by service (it names no labels), so every incident counts for it.');
    }
    return notes;
}
function report(service, source, deployments, changesInHistory, dora, flow, notes) {
    return {
        name: service.name,
        selector: { paths: service.paths, labels: service.labels, environments: service.environments },
        source: (0,sources/* formatSource */.j2)(source),
        deployments,
        changesInHistory,
        dora,
        flow,
        targets: service.targets,
        standing: standingOf(service.targets, dora),
        notes,
    };
}
const HIGHER_IS_BETTER = {
    deploymentsPerWeek: true,
    leadTimeHours: false,
    changeFailureRate: false,
    timeToRestoreHours: false,
};
function actualOf(key, dora) {
    if (dora === null)
        return null;
    switch (key) {
        case 'deploymentsPerWeek':
            return dora.deploymentFrequency.perWeek;
        case 'leadTimeHours':
            return dora.leadTime.medianHours;
        case 'changeFailureRate':
            return dora.changeFailureRate.rate;
        case 'timeToRestoreHours':
            return dora.timeToRestore.medianHours;
    }
}
/** A target is met when the figure is at least (frequency) or at most (the others) the target. */
function standingOf(targets, dora) {
    const out = [];
    for (const metric of TARGET_KEYS) {
        const target = targets[metric];
        if (target === undefined)
            continue;
        const actual = actualOf(metric, dora);
        const met = actual === null ? null : HIGHER_IS_BETTER[metric] ? actual >= target : actual <= target;
        out.push({ metric, target, actual, status: met === null ? 'no-data' : met ? 'met' : 'missed' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/context/streams.ts
// Several production environments (issue 6): with `environment:/REGEX/` every environment the
// expression finds is a deployment stream of its own. The repository's figures take them
// together (every successful deployment to any of them is a deployment, D1; a change is shipped
// by the first of them, in D3 order, that contains it, L3); here each is also measured alone.


/** Environments with at least one successful deployment, matched by the pattern; first spelling wins. */
function environmentsOf(engine, pattern) {
    const names = new Map();
    for (const deployment of engine.world.deployments ?? []) {
        const key = deployment.environment.toLowerCase();
        if (names.has(key) || !pattern.test(deployment.environment))
            continue;
        if ((deployment.statuses ?? []).some((status) => status.state === 'success')) {
            names.set(key, deployment.environment);
        }
    }
    return [...names.values()].sort();
}
function computeStreams(engine) {
    const source = engine.source;
    if (source.kind !== 'environment' || source.pattern === undefined)
        return null;
    return environmentsOf(engine, source.pattern).map((environment) => {
        // D1 matches one name in any case; the other environments' deployments are left out.
        const world = {
            ...engine.world,
            deployments: (engine.world.deployments ?? []).filter((d) => d.environment.toLowerCase() === environment.toLowerCase()),
        };
        const model = buildModel(world, { kind: 'environment', name: environment }, engine.incidentLabels, engine.graph);
        return { environment, dora: computeDora(model, engine.window, engine.table) };
    });
}

;// CONCATENATED MODULE: ./src/context/index.ts
// Contextual DORA (issue 6): per service, per deployment stream, weighted by customer impact,
// against the business calendar; with bottlenecks, correlations and engineering health. Pure:
// a world, the repository's report and the configuration in; metrics.json's `context` out.










function computeContext(world, report, config, options = {}) {
    const engine = engineOf(world, report, options);
    const services = config && config.services.length > 0 ? computeServices(config.services, engine) : null;
    return {
        configFile: config?.file ?? null,
        services,
        streams: computeStreams(engine),
        impact: config?.impact ? computeImpact(world, report, config.impact) : null,
        calendar: config && config.peaks.length > 0 ? computeCalendar(report, config.peaks) : null,
        bottleneck: (0,insights/* computeBottleneck */.f5)(report),
        correlations: (0,insights/* computeCorrelations */.h$)(report),
        health: computeHealth(world, report, config?.ciWorkflows ?? []),
    };
}
/** The report with its `context` key, as metrics.json holds it. */
function withContext(world, report, config, options = {}) {
    return { ...report, context: computeContext(world, report, config, options) };
}
function engineOf(world, report, options) {
    // The report names its resolved source (D2 already applied): parsing it gives it back.
    const source = (0,sources/* parseSource */.PJ)(report.source.deployments);
    if (source === 'auto')
        throw new Error('the report names no resolved deployment source');
    const table = options.table ?? BENCHMARK_TABLES[report.benchmarks.name];
    if (!table)
        throw new Error(`no tier table named ${report.benchmarks.name}: pass the custom table`);
    return {
        world,
        graph: options.graph ?? new metrics_graph/* CommitGraph */.M(world.commits ?? []),
        source,
        incidentLabels: options.incidentLabels ?? report.incidentLabels,
        table,
        window: makeWindow(Date.parse(report.window.until), report.window.days),
    };
}

;// CONCATENATED MODULE: ./src/metrics/quality.ts




function assessQuality(model, window, shallowHistory) {
    const world = model.world;
    const merged = mergedIn(model, window);
    const inWindow = deploymentsIn(model, window);
    const incidents = model.events.filter((e) => e.kind === 'incident' && inRange(e.start, window));
    const branch = world.repository.defaultBranch;
    // Counted inside the window, as everything else here: a history collected from the API reaches
    // back only as far as the windows need, so whole-history counts would differ between sources.
    const otherBranches = (world.pullRequests ?? []).filter((pr) => pr.mergedAt && !(0,metrics_changes/* isMergedInto */.f8)(pr, branch) && inRange(Date.parse(pr.mergedAt), window)).length;
    const reverts = merged.filter((i) => model.reverts.isRevert[i]);
    const squash = !model.prWorld && model.changes.some((c) => / \(#\d+\)$/.test(c.subject));
    const quality = {
        worldKind: model.prWorld ? 'pull-requests' : 'commits',
        deploymentsInWorld: model.deployments.length,
        deploymentsOffDefaultBranch: inWindow.filter((d) => !model.onBranch[d]).length,
        changesInWindow: merged.length,
        unshippedChanges: merged.filter((i) => model.shippedBy[i] < 0).length,
        changesShippedByFirstDeployment: inWindow.includes(0) ? model.shipped[0].length : 0,
        incidentsInWindow: incidents.length,
        unattributedIncidents: incidents.filter((e) => e.deployment < 0).length,
        revertsInWindow: reverts.length,
        revertsWithoutTarget: reverts.filter((i) => model.reverts.target[i] < 0).length,
        pullRequestsMergedWithoutReview: model.prWorld
            ? merged.filter((i) => firstReviewTime(model.changes[i]) === null).length
            : 0,
        pullRequestsIntoOtherBranches: otherBranches,
        squashMergedCommitsOnly: squash,
        shallowHistory,
        notes: [],
    };
    quality.notes = notesFor(quality);
    return quality;
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function notesFor(q) {
    const notes = [];
    if (q.worldKind === 'commits') {
        notes.push('No pull requests: changes are the commits of the default branch (L1) and flow metrics are not computed.');
    }
    if (q.squashMergedCommitsOnly) {
        notes.push('Squash-merged commits carry their merge time as authoredAt, so their lead time covers only the wait for deployment (L4).');
    }
    if (q.shallowHistory)
        notes.push('The history is shallow: changes and tags before the cut are missing.');
    if (q.changesShippedByFirstDeployment > 0) {
        notes.push(`${count(q.changesShippedByFirstDeployment, 'change', 'changes')} shipped by the first deployment on record ${q.changesShippedByFirstDeployment === 1 ? 'has' : 'have'} no lead time (L4).`);
    }
    if (q.unshippedChanges > 0)
        notes.push(`${count(q.unshippedChanges, 'change', 'changes')} merged in the window ${q.unshippedChanges === 1 ? 'is' : 'are'} not deployed yet (L3).`);
    if (q.deploymentsOffDefaultBranch > 0) {
        notes.push(`${count(q.deploymentsOffDefaultBranch, 'deployment', 'deployments')} of commits off the default branch ${q.deploymentsOffDefaultBranch === 1 ? 'ships' : 'ship'} no change (L3).`);
    }
    if (q.unattributedIncidents > 0) {
        notes.push(`${count(q.unattributedIncidents, 'incident', 'incidents')} started before any deployment and fail none (C1).`);
    }
    if (q.revertsWithoutTarget > 0)
        notes.push(`${count(q.revertsWithoutTarget, 'revert', 'reverts')} name no change that could be found (C2).`);
    if (q.pullRequestsMergedWithoutReview > 0) {
        notes.push(`${count(q.pullRequestsMergedWithoutReview, 'pull request was', 'pull requests were')} merged without a review by someone else (F2).`);
    }
    if (q.pullRequestsIntoOtherBranches > 0) {
        notes.push(`${count(q.pullRequestsIntoOtherBranches, 'pull request', 'pull requests')} merged into other branches ${q.pullRequestsIntoOtherBranches === 1 ? 'is' : 'are'} not counted as changes (L1).`);
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/metrics/records.ts



function records_link(base, path) {
    return path === null || base === null ? null : base + path;
}
function changeRecord(model, i, base) {
    const change = model.changes[i];
    const d = model.shippedBy[i];
    const target = model.reverts.target[i];
    return {
        id: change.id,
        kind: change.kind,
        number: change.number,
        sha: change.sha,
        title: change.title,
        author: change.author,
        start: isoTime(change.start),
        mergedAt: isoTime(change.merged),
        shippedBy: d < 0 ? null : model.deployments[d].key,
        shippedAt: d < 0 ? null : isoTime(model.deployments[d].time),
        leadTimeHours: model.leadHours[i],
        isRevert: model.reverts.isRevert[i],
        revertTarget: target < 0 ? null : model.changes[target].id,
        category: model.categories[i],
        url: records_link(base, change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`),
    };
}
function buildRecords(model, window, previous, base) {
    const inWindow = deploymentsIn(model, window);
    const deployments = inWindow.map((d) => {
        const deployment = model.deployments[d];
        return {
            key: deployment.key,
            label: deployment.label,
            time: isoTime(deployment.time),
            sha: deployment.sha,
            aliases: deployment.aliases,
            onDefaultBranch: model.onBranch[d],
            changes: model.shipped[d].map((i) => model.changes[i].id),
            failed: model.reasons[d].length > 0,
            failureReasons: model.reasons[d],
            rework: model.rework[d],
            firstOfWorld: d === 0,
            url: records_link(base, deployment.path),
        };
    });
    const changes = inWindow.flatMap((d) => model.shipped[d].map((i) => changeRecord(model, i, base)));
    const merged = mergedIn(model, window);
    const unshippedChanges = merged
        .filter((i) => model.shippedBy[i] < 0)
        .map((i) => changeRecord(model, i, base));
    const failures = model.events
        .filter((event) => inRange(event.start, window) || inRange(event.start, previous))
        .sort((a, b) => a.start - b.start)
        .map((event) => ({
        kind: event.kind,
        window: inRange(event.start, window) ? 'current' : 'previous',
        id: event.id,
        title: event.title,
        deployment: event.deployment < 0 ? null : model.deployments[event.deployment].key,
        start: isoTime(event.start),
        restoredAt: event.restored === null ? null : isoTime(event.restored),
        restoreHours: event.restored === null ? null : (0,stats/* hoursBetween */.UH)(event.start, event.restored),
        url: records_link(base, event.path),
    }));
    const pullRequests = model.prWorld
        ? merged.map((i) => {
            const change = model.changes[i];
            return {
                id: change.id,
                number: change.number,
                title: change.title,
                mergedAt: isoTime(change.merged),
                ...model.cycles[i],
                category: model.categories[i],
                url: records_link(base, `/pull/${change.number}`),
            };
        })
        : [];
    return { deployments, changes, unshippedChanges, failures, pullRequests };
}

;// CONCATENATED MODULE: ./src/metrics/trends.ts
const METRICS = [
    ['deploymentFrequency', 'higher', (p) => p.dora.deploymentFrequency.perWeek],
    ['leadTime', 'lower', (p) => p.dora.leadTime.medianHours],
    ['changeFailureRate', 'lower', (p) => p.dora.changeFailureRate.rate],
    ['timeToRestore', 'lower', (p) => p.dora.timeToRestore.medianHours],
    ['reworkRate', 'lower', (p) => p.dora.reworkRate.rate],
    ['throughput', 'higher', (p) => p.flow?.throughput.perWeek],
    ['cycleTime', 'lower', (p) => p.flow?.cycleTime.medianHours],
    ['codingTime', 'lower', (p) => p.flow?.cycleTime.codingHours],
    ['pickupTime', 'lower', (p) => p.flow?.cycleTime.pickupHours],
    ['reviewTime', 'lower', (p) => p.flow?.cycleTime.reviewHours],
    ['deployTime', 'lower', (p) => p.flow?.cycleTime.deployHours],
    ['flowLoad', 'lower', (p) => p.flow?.load.open],
    ['flowEfficiency', 'higher', (p) => p.flow?.efficiency],
    ['batchSize', 'lower', (p) => p.flow?.batchSize.medianLines],
    ['distribution.feature', 'none', (p) => p.flow?.distribution?.feature],
    ['distribution.defect', 'none', (p) => p.flow?.distribution?.defect],
    ['distribution.debt', 'none', (p) => p.flow?.distribution?.debt],
    ['distribution.risk', 'none', (p) => p.flow?.distribution?.risk],
    ['distribution.unclassified', 'none', (p) => p.flow?.distribution?.unclassified],
];
function trendOf(current, previous, direction) {
    if (current === null || previous === null)
        return { current, previous, change: null, label: null };
    const change = current - previous;
    if (change === 0)
        return { current, previous, change, label: 'same' };
    if (direction === 'none')
        return { current, previous, change, label: 'changed' };
    const better = direction === 'higher' ? change > 0 : change < 0;
    return { current, previous, change, label: better ? 'better' : 'worse' };
}
function computeTrends(current, previous) {
    const out = {};
    for (const [key, direction, read] of METRICS) {
        out[key] = trendOf(read(current) ?? null, read(previous) ?? null, direction);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/weekly.ts




function computeWeekly(model, window) {
    return weeksOf(window).map((week) => {
        const deployments = deploymentsIn(model, week);
        const merged = model.prWorld ? mergedIn(model, week) : null;
        return {
            weekStart: isoTime(week.since),
            deployments: deployments.length,
            leadTimeMedianHours: (0,stats/* median */.JZ)(leadTimesOf(model, deployments)),
            failedDeployments: failedCount(model, deployments),
            mergedPullRequests: merged === null ? null : merged.length,
            cycleTimeMedianHours: merged === null ? null : (0,stats/* median */.JZ)(merged.map((i) => model.cycles[i].cycleHours)),
            // W3: a week's load is taken at the end of its range.
            load: model.prWorld ? loadAt(model, week.until) : null,
        };
    });
}

;// CONCATENATED MODULE: ./src/metrics/index.ts














const DEFAULT_DAYS = 90;
const DEFAULT_INCIDENT_LABELS = ['incident'];
function computeMetrics(world, options = {}) {
    const table = resolveTable(options.benchmarks ?? DEFAULT_BENCHMARKS);
    const days = options.days ?? DEFAULT_DAYS;
    if (!Number.isInteger(days) || days < 1) {
        throw new errors/* MetricsInputError */.S(`days: ${days} is not a whole number of days of at least 1 (for example 90)`);
    }
    const untilMs = untilOf(world, options);
    const incidentLabels = [...(options.incidentLabels ?? DEFAULT_INCIDENT_LABELS)];
    const requested = options.source ?? 'auto';
    const graph = new metrics_graph/* CommitGraph */.M(world.commits ?? []);
    const { source, reason } = chooseSource(world, requested, graph);
    const model = buildModel(world, source, incidentLabels, graph);
    const window = makeWindow(untilMs, days);
    const previous = previousWindow(window);
    const current = { dora: computeDora(model, window, table), flow: computeFlow(model, window) };
    const before = { dora: computeDora(model, previous, table), flow: computeFlow(model, previous) };
    const { owner, name, defaultBranch } = world.repository;
    const server = options.serverUrl === undefined ? 'https://github.com' : options.serverUrl;
    const base = server === null ? null : `${server.replace(/\/+$/, '')}/${owner}/${name}`;
    return {
        schemaVersion: 1,
        tool: { name: 'dora-flow-action', version: options.toolVersion ?? '0.1.0' },
        repository: { owner, name, defaultBranch, url: base },
        window: describeWindow(window),
        source: { deployments: (0,sources/* formatSource */.j2)(source), requested, reason },
        benchmarks: { name: table.name, year: table.year },
        incidentLabels,
        ...current,
        previous: { window: describeWindow(previous), ...before },
        trends: computeTrends(current, before),
        weekly: computeWeekly(model, window),
        records: buildRecords(model, window, previous, base),
        dataQuality: assessQuality(model, window, options.shallowHistory ?? false),
    };
}
function untilOf(world, options) {
    if (options.until)
        return options.until.getTime();
    if (world.generatedAt)
        return Date.parse(world.generatedAt);
    return (options.now ?? new Date()).getTime();
}
function resolveTable(benchmarks) {
    if (typeof benchmarks !== 'string')
        return benchmarks;
    const table = BENCHMARK_TABLES[benchmarks];
    if (!table) {
        throw new errors/* MetricsInputError */.S(`benchmarks: ${JSON.stringify(benchmarks)} is not a known table (expected ${Object.keys(BENCHMARK_TABLES).join(' or ')}, or a JSON file)`);
    }
    return table;
}
/** D2: `auto` takes the first candidate that yields at least one deployment in the whole world. */
function chooseSource(world, requested, graph) {
    const parsed = (0,sources/* parseSource */.PJ)(requested);
    if (parsed !== 'auto')
        return { source: parsed, reason: `configured: ${(0,sources/* formatSource */.j2)(parsed)}` };
    const passed = [];
    for (const candidate of (0,sources/* autoCandidates */.mC)()) {
        const found = (0,metrics_deployments/* listDeployments */.J)(world, candidate, graph).length;
        if (found > 0) {
            const why = `auto: ${(0,sources/* formatSource */.j2)(candidate)} is the first source with deployments (${found} in the history)`;
            return { source: candidate, reason: passed.length ? `${why}; none from ${passed.join(', ')}` : why };
        }
        passed.push((0,sources/* formatSource */.j2)(candidate));
    }
    return {
        source: { kind: 'merges' },
        reason: `auto: no source yields a deployment (tried ${passed.join(', ')})`,
    };
}

;// CONCATENATED MODULE: ./src/publish/summary.ts

function tierText(tier, tooFew = false) {
    if (tooFew)
        return 'too few to rate';
    return tier ?? '–';
}
function trendText(trend, format) {
    if (!trend || trend.label === null || trend.change === null)
        return '–';
    const sign = trend.change > 0 ? '+' : trend.change < 0 ? '−' : '±';
    return `${trend.label} (${sign}${format(Math.abs(trend.change))})`;
}
const hours = (h) => (0,format/* formatDuration */.a3)(h);
const percentPoints = (share) => `${(0,format/* formatNumber */.ZV)(share * 100)} pts`;
function summaryRows(report) {
    const { dora, flow, trends } = report;
    const rows = [
        {
            metric: 'Deployment frequency',
            rule: 'D4',
            value: (0,format/* formatDeployRate */.jO)(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
            tier: tierText(dora.deploymentFrequency.tier),
            trend: trendText(trends.deploymentFrequency, (v) => `${(0,format/* formatNumber */.ZV)(v)}/week`),
            sample: `${dora.deploymentFrequency.count} deployments`,
        },
        {
            metric: 'Lead time for changes',
            rule: 'L4',
            value: (0,format/* formatDuration */.a3)(dora.leadTime.medianHours),
            tier: tierText(dora.leadTime.tier, dora.leadTime.tooFewToRate),
            trend: trendText(trends.leadTime, hours),
            sample: `${dora.leadTime.changes} changes; p90 ${(0,format/* formatDuration */.a3)(dora.leadTime.p90Hours)}`,
        },
        {
            metric: 'Change failure rate',
            rule: 'C3',
            value: (0,format/* formatPercent */.l9)(dora.changeFailureRate.rate),
            tier: tierText(dora.changeFailureRate.tier, dora.changeFailureRate.tooFewToRate),
            trend: trendText(trends.changeFailureRate, percentPoints),
            sample: `${dora.changeFailureRate.failed} of ${dora.changeFailureRate.deployments} deployments`,
        },
        {
            metric: 'Time to restore',
            rule: 'R1',
            value: (0,format/* formatDuration */.a3)(dora.timeToRestore.medianHours),
            tier: tierText(dora.timeToRestore.tier),
            trend: trendText(trends.timeToRestore, hours),
            sample: `${dora.timeToRestore.restored} restored, ${dora.timeToRestore.unrestored} open`,
        },
        {
            metric: 'Deployment rework rate',
            rule: 'C4',
            value: (0,format/* formatPercent */.l9)(dora.reworkRate.rate),
            tier: '–',
            trend: trendText(trends.reworkRate, percentPoints),
            sample: `${dora.reworkRate.rework} of ${dora.reworkRate.deployments} deployments`,
        },
    ];
    if (flow) {
        rows.push({
            metric: 'Cycle time',
            rule: 'F2',
            value: (0,format/* formatDuration */.a3)(flow.cycleTime.medianHours),
            tier: '–',
            trend: trendText(trends.cycleTime, hours),
            sample: `${flow.throughput.merged} pull requests`,
        }, {
            metric: 'Throughput',
            rule: 'F1',
            value: `${(0,format/* formatNumber */.ZV)(flow.throughput.perWeek)} pull requests a week`,
            tier: '–',
            trend: trendText(trends.throughput, (v) => `${(0,format/* formatNumber */.ZV)(v)}/week`),
            sample: `${flow.throughput.merged} merged`,
        }, {
            metric: 'Flow efficiency',
            rule: 'F4',
            value: (0,format/* formatPercent */.l9)(flow.efficiency),
            tier: '–',
            trend: trendText(trends.flowEfficiency, percentPoints),
            sample: 'reviewed and shipped pull requests',
        });
    }
    return rows;
}
/** Table cells hold hostile text only through the values above, but escape pipes and newlines anyway. */
function cell(text) {
    return text.replace(/[|\\]/g, (c) => `\\${c}`).replace(/[\r\n\u2028\u2029]+/g, ' ');
}
function markdownSummary(report) {
    const { repository, window, source, benchmarks } = report;
    const lines = [
        `## DORA and flow metrics: ${cell(repository.owner)}/${cell(repository.name)}`,
        '',
        `${(0,format/* formatWindow */.A4)(window.since, window.until)} (${window.days} days) · deployments from \`${cell(source.deployments)}\` · tiers from ${benchmarks.name}`,
        '',
        '| Metric | Value | Tier | Against the previous window | Sample |',
        '| --- | --- | --- | --- | --- |',
        ...summaryRows(report).map((row) => `| ${row.metric} (${row.rule}) | ${cell(row.value)} | ${row.tier} | ${row.trend} | ${cell(row.sample)} |`),
    ];
    if (report.flow === null)
        lines.push('', 'Flow metrics need pull requests; this history has commits only.');
    const notes = report.dataQuality.notes;
    if (notes.length)
        lines.push('', '**What was left out**', '', ...notes.map((note) => `- ${cell(note)}`));
    return `${lines.join('\n')}\n`;
}
/** The same rows as aligned plain text for a terminal. */
function textTable(report) {
    const rows = summaryRows(report);
    const header = ['Metric', 'Value', 'Tier', 'vs previous', 'Sample'];
    const table = [header, ...rows.map((r) => [`${r.metric} (${r.rule})`, r.value, r.tier, r.trend, r.sample])];
    const widths = header.map((_, col) => Math.max(...table.map((row) => row[col].length)));
    const lines = table.map((row) => row
        .map((text, col) => text.padEnd(widths[col]))
        .join('  ')
        .trimEnd());
    lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
    const { window, source } = report;
    return [
        `${report.repository.owner}/${report.repository.name}: ${(0,format/* formatWindow */.A4)(window.since, window.until)}, deployments from ${source.deployments} (${source.reason})`,
        ...lines,
        ...(report.flow === null ? ['Flow metrics need pull requests; this history has commits only.'] : []),
        ...report.dataQuality.notes.map((note) => `· ${note}`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/publish/output.ts
// The output folder is replaced whole or not at all: everything is written into a staging folder
// beside it, which then takes its place by rename.



/** Files that mark a folder as one this tool wrote, so replacing it loses nothing of the user's. */
const MARKERS = ['metrics.json', 'index.html'];
function checkOutputFolder(outDir) {
    const target = (0,external_node_path_.resolve)(outDir);
    if (!(0,external_node_fs_.existsSync)(target))
        return target;
    if (!(0,external_node_fs_.statSync)(target).isDirectory())
        throw new ConfigError(`--out ${outDir}: exists and is not a folder (expected a folder for the report)`);
    const entries = (0,external_node_fs_.readdirSync)(target);
    if (entries.length > 0 && !MARKERS.some((name) => entries.includes(name))) {
        throw new ConfigError(`--out ${outDir}: the folder holds other files and no earlier report (expected an empty or new folder, or one this tool wrote)`);
    }
    return target;
}
async function replaceFolder(outDir, fill) {
    const target = checkOutputFolder(outDir);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
    const staging = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.partial-${process.pid}-${Date.now()}`);
    (0,external_node_fs_.mkdirSync)(staging);
    try {
        await fill(staging);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        throw error;
    }
    const old = `${staging}.old`;
    if ((0,external_node_fs_.existsSync)(target))
        (0,external_node_fs_.renameSync)(target, old);
    (0,external_node_fs_.renameSync)(staging, target);
    (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
    return target;
}
function writeText(folder, name, text) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, name), text);
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// collect → compute → render → publish, shared by the command line and the Action.










const VERSION = '0.1.0';
async function loadWorld(config, log) {
    const input = config.input;
    switch (input.kind) {
        case 'file':
            log.info(`Reading ${input.path}`);
            return { world: readWorldFile(input.path), warnings: [], shallow: false };
        case 'git': {
            log.info(`Reading the git history of ${input.dir}`);
            const { world, warnings } = await readGitWorld(input.dir, {
                branch: input.branch,
                onProgress: log.info,
            });
            return { world, warnings, shallow: warnings.some((w) => /shallow/i.test(w)) };
        }
        case 'github':
            return collectFromGitHub(config, input, log);
    }
}
async function collectFromGitHub(config, input, log) {
    // Loaded on demand: Octokit is only needed with --repo.
    const { collectWorld } = await Promise.all(/* import() */[__nccwpck_require__.e(339), __nccwpck_require__.e(286)]).then(__nccwpck_require__.bind(__nccwpck_require__, 286));
    const until = config.until ?? new Date();
    log.info(`Collecting ${input.repo} from the GitHub API`);
    const { world } = await collectWorld({
        repo: input.repo,
        token: input.token,
        apiUrl: input.apiUrl,
        sources: [config.source],
        incidentLabels: [...config.incidentLabels],
        // W1: the current and the previous window.
        since: new Date(until.getTime() - 2 * config.days * stats/* DAY_MS */.sO),
        until,
        cacheDir: input.cacheDir,
        // Services selected by path need each pull request's changed files (issue 6).
        includeFiles: needsChangedFiles(loadContextConfig(config.contextFile)),
        log: log.info,
    });
    return { world, warnings: [], shallow: false };
}
function benchmarksOf(value) {
    if (!value.endsWith('.json'))
        return value;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(value, 'utf8'));
    }
    catch (error) {
        throw new ConfigError(`benchmarks: cannot read ${value} (${error.message.split('\n')[0]}); expected a JSON table shaped like dora-2023`);
    }
}
/** The repository's metrics, with issue 6's `context` (services, impact, peaks, health) beside them. */
function computeReport(config, loaded, contextConfig = loadContextConfig(config.contextFile)) {
    const benchmarks = benchmarksOf(config.benchmarks);
    const report = computeMetrics(loaded.world, {
        source: config.source,
        days: config.days,
        until: config.until,
        incidentLabels: config.incidentLabels,
        benchmarks,
        // A clone without a GitHub remote has no web page to link to.
        serverUrl: loaded.world.repository.owner === 'local' ? null : config.serverUrl,
        shallowHistory: loaded.shallow,
        toolVersion: VERSION,
    });
    if (report.source.requested !== 'auto' && report.dataQuality.deploymentsInWorld === 0) {
        throw new ConfigError(`source: ${report.source.deployments} finds no deployment in this history (${whatExists(loaded.world)})`);
    }
    return withContext(loaded.world, report, contextConfig, {
        table: typeof benchmarks === 'string' ? undefined : benchmarks,
        incidentLabels: config.incidentLabels,
    });
}
/** Names what the world does hold, so a wrong source can be corrected. */
function whatExists(world) {
    const environments = [...new Set((world.deployments ?? []).map((d) => d.environment))].slice(0, 5);
    const tags = (world.tags ?? []).slice(-3).map((t) => t.name);
    const parts = [
        environments.length ? `environments: ${environments.join(', ')}` : 'no deployments',
        `${(world.releases ?? []).length} releases`,
        tags.length ? `tags such as ${tags.join(', ')}` : 'no tags',
    ];
    return `expected a source that matches; it has ${parts.join('; ')}`;
}
/** Writes metrics.json, summary.md and the report into the output folder, replaced whole. */
async function writeOutputs(config, report, summary, extras = {}) {
    return replaceFolder(config.outDir, async (staging) => {
        writeText(staging, 'metrics.json', `${JSON.stringify(report, null, 2)}\n`);
        writeText(staging, 'summary.md', summary);
        for (const file of extras.files ?? [])
            writeText(staging, file.name, file.text);
        // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
        const { renderReport } = await Promise.all(/* import() */[__nccwpck_require__.e(508), __nccwpck_require__.e(941)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8941));
        await renderReport(report, {
            outDir: staging,
            templateDir: config.templateDir,
            downtimeCostPerHour: config.downtimeCostPerHour,
            currency: config.currency,
            history: extras.history,
            generatedAt: new Date(),
        });
    });
}
async function runPipeline(config, log) {
    const writes = !config.json || config.outExplicit;
    if (writes)
        checkOutputFolder(config.outDir);
    // Before collecting: a mistake in the configuration file should not wait for a long collection.
    const contextConfig = loadContextConfig(config.contextFile);
    if (contextConfig)
        log.info(`Read ${contextConfig.file}: ${contextConfig.services.length} services`);
    const loaded = await loadWorld(config, log);
    for (const warning of loaded.warnings)
        log.warn(warning);
    if (config.exportWorld) {
        (0,external_node_fs_.writeFileSync)(config.exportWorld, JSON.stringify(loaded.world));
        log.info(`Wrote the world to ${config.exportWorld}`);
    }
    log.info('Computing the metrics');
    const report = computeReport(config, loaded, contextConfig);
    const summary = markdownSummary(report);
    if (!writes)
        return { report, summary, outDir: null };
    log.info('Rendering the report');
    const outDir = await writeOutputs(config, report, summary);
    return { report, summary, outDir };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command line's entry: flags → configuration → the pipeline (STYLE.md habit 1).




// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
async function main() {
    const flags = parseFlags(process.argv.slice(2), process.env);
    if (flags.help) {
        process.stdout.write(HELP);
        return 0;
    }
    if (flags.version) {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const config = flags.config;
    const result = await runPipeline(config, cliLogger(config.json));
    if (config.json) {
        process.stdout.write(`${JSON.stringify(result.report)}\n`);
    }
    else {
        process.stdout.write(`${textTable(result.report)}\n`);
        if (result.outDir)
            process.stdout.write(`\nReport written to ${result.outDir}\n`);
    }
    return 0;
}
main().then((code) => {
    process.exitCode = code;
}, (error) => {
    if (isUserError(error)) {
        process.stderr.write(`dora-report: ${error.message}\n`);
        process.exitCode = 2;
        return;
    }
    process.stderr.write(`dora-report: internal error: ${error?.message ?? error} (this is a bug; DEBUG=1 shows the stack)\n`);
    if (process.env.DEBUG)
        process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 1;
});

