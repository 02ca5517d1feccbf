import type { Point } from '../../rules/fired-points';
import type { SourceId } from '../../rules/sources';

/**
 * Numbers the sources in the order the points first cite them, so the printed list reads
 * [1], [2], [3] from top to bottom and lists only what is cited.
 */
export function numberSources(points: readonly Point[]) {
  const order: SourceId[] = [];
  for (const point of points) {
    for (const id of point.sources) if (!order.includes(id)) order.push(id);
  }
  return {
    numberOf: (id: SourceId) => order.indexOf(id) + 1,
    sources: order,
  };
}

/** "Source: [2]" or "Sources: [2] [5]", after a point's reason, in the page's language. */
export function citeSources(
  ids: readonly SourceId[],
  numberOf: (id: SourceId) => number,
  words: { source: string; sources: string },
): string {
  return `${ids.length === 1 ? words.source : words.sources} ${ids.map((id) => `[${numberOf(id)}]`).join(' ')}`;
}
