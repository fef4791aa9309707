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

/**
 * `YYYY-MM-DDTHH:MM:SSZ` from Unix seconds, by integer arithmetic (H. Hinnant's civil_from_days):
 * two Date objects per commit were a fifth of the parse time of a long history.
 */
export function isoFromUnixSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const time = seconds - days * 86_400;
  const era = Math.floor((days + 719_468) / 146_097);
  const dayOfEra = days + 719_468 - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(time / 3600);
  const minutes = Math.floor((time % 3600) / 60);
  const seconds60 = time % 60;
  if (year < 0 || year > 9999) {
    return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds60)}Z`;
  }
  // One flat string: a template gives a rope of twelve pieces, which every later read of the
  // time (ms(), the world's checks, JSON) must first flatten.
  putTwo(0, Math.floor(year / 100));
  putTwo(2, year % 100);
  putTwo(5, month);
  putTwo(8, day);
  putTwo(11, hours);
  putTwo(14, minutes);
  putTwo(17, seconds60);
  return String.fromCharCode.apply(null, TIME_CODES as unknown as number[]);
}

/** The character codes of `0000-00-00T00:00:00Z`, filled in by putTwo. */
const TIME_CODES = new Uint8Array([...'0000-00-00T00:00:00Z'].map((c) => c.charCodeAt(0)));

function putTwo(at: number, value: number): void {
  TIME_CODES[at] = 48 + Math.floor(value / 10);
  TIME_CODES[at + 1] = 48 + (value % 10);
}

function two(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
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
function withoutTrailingNewlines(message: string): string {
  let end = message.length;
  while (end > 0 && message.charCodeAt(end - 1) === 10) end -= 1;
  return end === message.length ? message : message.slice(0, end);
}
