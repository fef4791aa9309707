// Runs git as a child process. Output is streamed to a callback so that a long history is parsed
// while git is still writing it, with no buffer limit (execSync's maxBuffer would cut it short).
import { UserError } from '../../errors.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

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
export function gitEnvironment(ceiling: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  env.GIT_CEILING_DIRECTORIES = ceiling;
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_FLUSH = '0'; // on a pipe git flushes after every commit: ~500-byte reads, 3x slower
  env.LC_ALL = 'C'; // English messages, so that "dubious ownership" can be recognised
  return env;
}

/** Runs `git ARGS`, handing each stdout chunk to `onChunk`; resolves with the exit code and stderr. */
export async function streamGit(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  onChunk: (chunk: Buffer) => void,
): Promise<{ code: number; stderr: string }> {
  // Loaded here, not at the top: a run on a world file never starts git, and node:child_process
  // (with node:net under it) is several milliseconds of every start-up.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr: Buffer[] = [];
    let failed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failed = true; // a parse error: stop reading and report it rather than git's exit
        child.kill();
        reject(error);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      failed = true;
      reject(error.code === 'ENOENT' ? gitMissing() : error);
    });
    child.on('close', (code) => {
      if (!failed) resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** Runs `git ARGS` and collects its (small) output as text. */
export async function runGit(args: readonly string[], env: NodeJS.ProcessEnv): Promise<GitResult> {
  const chunks: Buffer[] = [];
  const { code, stderr } = await streamGit(args, env, (chunk) => chunks.push(chunk));
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}

/** An exit code git was not expected to give: a bug or a broken repository, not a user mistake. */
export function gitFailure(subcommand: string, result: { code: number; stderr: string }): Error {
  const firstLine = result.stderr.trim().split('\n')[0] ?? '';
  return new Error(`git ${subcommand} failed with exit code ${result.code}: ${firstLine}`);
}

function gitMissing(): UserError {
  return new UserError(
    'git: the git executable was not found on PATH (install git, or compute from a world file with --from-file)',
  );
}
