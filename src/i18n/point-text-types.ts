import type { AboutMeRowId } from '../answers/about-me-rows';
import type { SummaryRuleId, UrgentRuleId } from '../../rules/all-rules';
import type { OptionColumnId, OptionRowId } from '../../rules/option-grid';
import type { TierId } from '../../rules/tiers';
import type { SourceKind } from '../../rules/sources';

/** What a point says in one language. */
export interface PointText {
  /** A short action in plain words: "Ask whether…", "Tell your surgeon…". */
  readonly point: string;
  /** One sentence saying why the point matters. */
  readonly why: string;
}

/** The urgent rules' words, shown on question pages: a missing or unknown rule id fails to compile. */
export type UrgentPointTexts = { readonly [Id in UrgentRuleId]: PointText };
/** Every other rule's words, shown on the summary. */
export type SummaryPointTexts = { readonly [Id in SummaryRuleId]: PointText };
export type TierTexts = { readonly [Id in TierId]: string };
export type SourceKindTexts = { readonly [Kind in SourceKind]: string };
export type AboutMeRowTexts = { readonly [Id in AboutMeRowId]: string };

/** One option's words in the grid: its name and one short cell per row. */
export interface OptionColumnText {
  readonly name: string;
  readonly cells: { readonly [Row in OptionRowId]: string };
}

/** The options side by side: every row and every option the code names must have words. */
export interface OptionGridTexts {
  readonly rows: { readonly [Row in OptionRowId]: string };
  readonly columns: { readonly [Id in OptionColumnId]: OptionColumnText };
}
