import type { Answers } from '../src/answers/answers';
import type { SectionId } from './sections';
import type { SourceId } from './sources';

/**
 * One point the summary may show. Rules are data so that their wording, sources and conditions
 * can be reviewed and tested one by one; `when` is a pure predicate over the answers given so far
 * (any page may be missing, so it must read them with optional chaining).
 */
export interface Rule {
  /** Stable kebab-case id: the summary uses it for anchors and tests refer to it. */
  id: string;
  section: SectionId;
  when: (answers: Answers) => boolean;
  /** A short action in plain words: "Ask whether…", "Tell your surgeon…". */
  point: string;
  /** One sentence saying why the point matters. */
  why: string;
  /** At least one source: a point the reader cannot trace back is not shown. */
  sources: readonly [SourceId, ...SourceId[]];
}

/** What `evaluate` returns for a rule that fired: the rule without its predicate. */
export interface Point {
  id: string;
  section: SectionId;
  point: string;
  why: string;
  sources: readonly [SourceId, ...SourceId[]];
}
