// Every GraphQL document the collector sends. A test validates each against GitHub's published
// schema (@octokit/graphql-schema). Connections ask for 100 nodes, GitHub's page limit; each
// query also reads its own cost so that the run can report the points it spent.

const RATE = 'rateLimit { cost remaining resetAt }';
const ACTOR = '__typename login';

export const REPOSITORY_QUERY = `query Repository($owner: String!, $name: String!) {
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
export const PULL_REQUESTS_QUERY = `query PullRequests($owner: String!, $name: String!, $states: [PullRequestState!], $after: String, $withFiles: Boolean!) {
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
export const PULL_REQUEST_MORE_QUERY = `query PullRequestMore($owner: String!, $name: String!, $number: Int!,
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
export const HISTORY_QUERY = `query History($owner: String!, $name: String!, $ref: String!, $after: String) {
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
export const DEPLOYMENTS_QUERY = `query Deployments($owner: String!, $name: String!, $environments: [String!], $after: String) {
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

export const RELEASES_QUERY = `query Releases($owner: String!, $name: String!, $after: String) {
  ${RATE}
  repository(owner: $owner, name: $name) {
    releases(first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { tagName name createdAt publishedAt isDraft isPrerelease tagCommit { oid } }
    }
  }
}`;

/** Tags with their tagger dates: an annotated tag has a tagger; a lightweight one is its commit. */
export const TAGS_QUERY = `query Tags($owner: String!, $name: String!, $after: String) {
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

export const ALL_QUERIES = {
  REPOSITORY_QUERY,
  PULL_REQUESTS_QUERY,
  PULL_REQUEST_MORE_QUERY,
  HISTORY_QUERY,
  DEPLOYMENTS_QUERY,
  RELEASES_QUERY,
  TAGS_QUERY,
};
