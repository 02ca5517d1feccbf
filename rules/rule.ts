import type { Answers } from '../src/answers/answers';
import type { AnswerRef } from '../src/answers/answer-ref';
import type { SectionId } from './sections';
import type { SourceId } from './sources';
import type { TierId } from './tiers';
import type { TopicId } from './topics';

/**
 * One point the summary may show. Rules are data so that their conditions and sources can be
 * reviewed and tested one by one; `when` is a pure predicate over the answers given so far (any
 * page may be missing, so it must read them with optional chaining). What a point says, and why,
 * is not here: it lives in each language's catalog (`points.json` under `src/i18n/`), keyed by the rule's id,
 * so the rules stay the same whichever language the patient reads.
 */
export interface Rule {
  /** Stable kebab-case id: the text tables, the summary's anchors and the tests refer to it. */
  id: string;
  /** What kind of point it is: what to do, ask or tell, which decides where it sits on the paper. */
  section: SectionId;
  /** How much it matters to this person: the summary's order. */
  tier: TierId;
  /** The topic this point words one way of, when there are several (at most one fires). */
  topic?: TopicId;
  when: (answers: Answers) => boolean;
  /** The answers that put the point there, printed as "You said: …"; none for points everyone gets. */
  because: readonly AnswerRef[];
  /** At least one source: a point the reader cannot trace back is not shown. */
  sources: readonly [SourceId, ...SourceId[]];
}
