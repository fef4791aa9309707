// The one kind of error that is the user's to mend: a flag, an input, a file or a repository that
// is not what was expected. Its message is one line that starts with what was wrong (the flag or
// input by name) and says what was expected; the command line exits 2 on it and the Action fails
// with it (STYLE.md habit 3). Anything else is a bug.
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
