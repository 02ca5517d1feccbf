import type { RuleId } from './all-rules';

/** What a point says in one language. */
export interface RuleText {
  /** A short action in plain words: "Ask whether…", "Tell your surgeon…". */
  point: string;
  /** One sentence saying why the point matters. */
  why: string;
}

/** Every rule's text in one language: a missing or unknown rule id fails to compile. */
export type RuleTexts = { readonly [Id in RuleId]: RuleText };
