// Parses `git log -z --format=LOG_FORMAT` as it streams: every field, and every record, ends with
// a NUL byte. Git cuts a commit message at its first NUL when printing it, and names, shas and
// times cannot hold one, so counting NUL-terminated fields is exact whatever the messages contain
// (a %x1e record separator could be forged by a hostile message).
import { StringDecoder } from 'node:string_decoder';
import type { WorldCommit } from '../../world/types.js';

/** sha, parents, author time, committer time (Unix seconds: exact and already UTC), author, message. */
export const LOG_FORMAT = '%H%x00%P%x00%at%x00%ct%x00%an%x00%B';
const FIELDS_PER_COMMIT = 6;
const SHA = /^[0-9a-f]{40}$/;
const SECONDS = /^-?\d+$/;

/** `YYYY-MM-DDTHH:MM:SSZ` from Unix seconds. */
export function isoFromUnixSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';
}

export class CommitLogParser {
  readonly commits: WorldCommit[] = [];
  private readonly decoder = new StringDecoder('utf8');
  private partial = ''; // text after the last NUL seen
  private fields: string[] = [];

  constructor(private readonly onCount?: (count: number) => void) {}

  push(chunk: Buffer): void {
    const parts = (this.partial + this.decoder.write(chunk)).split('\0');
    this.partial = parts.pop() ?? '';
    for (const part of parts) {
      this.fields.push(part);
      if (this.fields.length === FIELDS_PER_COMMIT) {
        this.commits.push(toCommit(this.fields));
        this.fields = [];
        if (this.commits.length % 10_000 === 0) this.onCount?.(this.commits.length);
      }
    }
  }

  /** Call after git exits; throws when its output stopped in the middle of a commit. */
  end(): WorldCommit[] {
    const rest = this.partial + this.decoder.end();
    if (rest !== '' || this.fields.length > 0)
      throw new Error('git log: output ended in the middle of a commit');
    return this.commits;
  }
}

function toCommit(fields: string[]): WorldCommit {
  const [sha, parents, authored, committed, author, message] = fields;
  if (!SHA.test(sha) || !SECONDS.test(authored) || !SECONDS.test(committed)) {
    throw new Error(`git log: unexpected output near ${JSON.stringify(sha.slice(0, 50))}`);
  }
  return {
    sha,
    parents: parents === '' ? [] : parents.split(' '),
    authoredAt: isoFromUnixSeconds(Number(authored)),
    committedAt: isoFromUnixSeconds(Number(committed)),
    // %B ends with the newline git adds after the body; GitHub's API gives the message without it.
    message: message.replace(/\n+$/, ''),
    author: author === '' ? null : author,
  };
}
