/** Epoch milliseconds of an ISO time from a validated world; null stays null. */
export function ms(time: string): number {
  return Date.parse(time);
}

export function msOrNull(time: string | null | undefined): number | null {
  return time ? Date.parse(time) : null;
}

/** Code-unit order, the same on every machine (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
