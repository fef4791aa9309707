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

/**
 * How many leading items `isBefore` holds for, by binary search: the items must be ordered so that
 * it holds for a prefix and fails for the rest (time-sorted deployments or changes, D3 and C2).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
