import type { SourceId } from '../../rules/sources';

/** Anything on the page that cites sources: a point, the options grid, the SURE questions. */
interface Citing {
  readonly sources: readonly SourceId[];
}

/**
 * Numbers the sources in the order the page first cites them, so the printed list reads
 * [1], [2], [3] from top to bottom and lists only what is cited.
 */
export function numberSources(citing: readonly Citing[]) {
  const order: SourceId[] = [];
  for (const item of citing) {
    for (const id of item.sources) if (!order.includes(id)) order.push(id);
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
