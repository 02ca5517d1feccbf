/**
 * How much a point matters to this person, most first: something urgent; a look-alike condition
 * a doctor should check before anything else; a risk to their own safety; their technique,
 * expectations and plans; and last the checklist everyone should go through. The summary orders
 * points by tier, then by their place in the rule list; its first page shows the first few
 * personal points (every tier but the checklist). Titles are in the catalogs (`tiers` in each
 * language's `summary-page.json`).
 */
export const TIERS = ['urgent', 'doctor-first', 'safety', 'expectations', 'checklist'] as const;

export type TierId = (typeof TIERS)[number];

export function tierRank(id: TierId): number {
  return TIERS.indexOf(id);
}

/** A personal point is there because of this person's answers, not because everyone gets it. */
export function isPersonalTier(id: TierId): boolean {
  return id !== 'checklist';
}
