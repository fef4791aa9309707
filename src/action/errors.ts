/** The shared collector speaks to the command line; in the Action the same mistakes are inputs. */
export function inActionTerms(message: string): string {
  return message
    .split('\n')[0]
    .replace('in --token or GITHUB_TOKEN', 'in the github-token input')
    .replace(/^--repo: /, 'GITHUB_REPOSITORY: ');
}
