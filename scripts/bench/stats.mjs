// Small numeric helpers for the bench.

/** The median of the numbers (mean of the middle two for an even count); undefined for none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, min and max of some numbers. */
export function summarize(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), count: finite.length };
}

export const KiB = 1024;

/**
 * Several runs' lists of named amounts merged into one: each name's median over the runs (a run
 * without the name counts as 0), largest first.
 * @param {{ name: string, ms: number }[][]} lists
 */
export function medianByName(lists) {
  const names = new Set(lists.flatMap((list) => list.map((item) => item.name)));
  return [...names]
    .map((name) => ({
      name,
      ms: median(lists.map((list) => list.find((item) => item.name === name)?.ms ?? 0)) ?? 0,
    }))
    .sort((a, b) => b.ms - a.ms);
}
