// Times and words for the collector's messages and queries (no imports: errors.ts and common.ts both use them).
/** An ISO time cut to whole seconds, as GitHub writes them and its search qualifiers read them. */
export function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function ms(time: string | null | undefined): number {
  return time ? Date.parse(time) : NaN;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
