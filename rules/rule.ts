import type { Answers } from '../src/answers/answers';
import type { SectionId } from './sections';
import type { SourceId } from './sources';

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
  section: SectionId;
  when: (answers: Answers) => boolean;
  /** At least one source: a point the reader cannot trace back is not shown. */
  sources: readonly [SourceId, ...SourceId[]];
}
