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
