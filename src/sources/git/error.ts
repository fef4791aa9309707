// A mistake in what the user pointed --git at (a path that is no clone, a branch that does not
// exist). The command line prints the one-line message and exits 2 (STYLE.md habit 3).
export class GitSourceError extends Error {
  override name = 'GitSourceError';
}
