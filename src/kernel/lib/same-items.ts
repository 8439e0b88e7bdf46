// A list rebuilt from the data cache on every cache change (another file loading) is a new array
// even when it holds the very same items, and every view memoised on it rebuilds — the map drew
// itself twice on a cold load, once more when this browser's (empty) local list arrived. `keepSame`
// returns the previous array when the new one holds the same items in the same order.

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `next`, or `prev` when both hold the same items (by identity) in the same order. */
export function keepSame<T>(prev: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return prev && sameItems(prev, next) ? prev : next;
}
