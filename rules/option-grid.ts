import type { Answers } from '../src/answers/answers';
import { lipedemaPattern } from './rules-look-alike';
import { calvesFeelMuscular } from './rules-target-area';
import { weightInQuestion } from './rules-weight';
import type { SourceId } from './sources';

/**
 * The options side by side (Option Grid style, decision 0018): the same questions answered for
 * every option, so none is described in more detail than another. The words of each cell are in
 * each language's `option-grid.json`, keyed by column and row; here are which options a person
 * sees and where each cell's facts come from.
 */
export const OPTION_ROWS = [
  'involves',
  'canChange',
  'cannotChange',
  'recovery',
  'risks',
  'lasts',
  'cost',
  'evidence',
] as const;

export type OptionRowId = (typeof OPTION_ROWS)[number];

export interface OptionColumn {
  /** Whether the person's answers make this option one to weigh; absent: everyone sees it. */
  readonly shownWhen?: (answers: Answers) => boolean;
  /** Where each cell's facts come from: at least one source per cell. */
  readonly sources: { readonly [Row in OptionRowId]: readonly [SourceId, ...SourceId[]] };
}

/** An energy device (laser, ultrasound, radio-frequency) is a column only for those weighing one. */
function consideringEnergyDevice(answers: Answers): boolean {
  const technique = answers.technique?.technique;
  // "Not sure" is still choosing between techniques: seeing the device beside suction helps.
  return technique === 'laser' || technique === 'other-energy' || technique === 'unsure';
}

/**
 * The options in the order they are shown. Not having a procedure is always a column: it is
 * always an option. Sources are placeholders until each cell is checked (see the content review).
 */
export const OPTION_COLUMNS = {
  traditional: {
    sources: {
      involves: ['nhs-lipo-risks'],
      canChange: ['nhs-lipo-risks'],
      cannotChange: ['medscape-calf'],
      recovery: ['nhs-lipo-risks'],
      risks: ['nhs-lipo-risks', 'contour'],
      lasts: ['nhs-lipo-risks'],
      cost: ['nhs-lipo-risks'],
      evidence: ['medscape-calf'],
    },
  },
  energy: {
    shownWhen: consideringEnergyDevice,
    sources: {
      involves: ['laser-review'],
      canChange: ['prado-rct'],
      cannotChange: ['laser-review'],
      recovery: ['prado-rct'],
      risks: ['laser-burns'],
      lasts: ['laser-review'],
      cost: ['laser-review'],
      evidence: ['prado-rct', 'laser-review'],
    },
  },
  'lipedema-care': {
    shownWhen: lipedemaPattern,
    sources: {
      involves: ['lipedema-consensus'],
      canChange: ['lipedema-consensus'],
      cannotChange: ['lipedema-consensus'],
      recovery: ['lipedema-consensus'],
      risks: ['lipedema-consensus'],
      lasts: ['lipedema-consensus'],
      cost: ['lipedema-consensus'],
      evidence: ['lipedema-consensus'],
    },
  },
  muscle: {
    shownWhen: calvesFeelMuscular,
    sources: {
      involves: ['calf-muscle'],
      canChange: ['calf-muscle'],
      cannotChange: ['calf-muscle'],
      recovery: ['calf-muscle'],
      risks: ['calf-muscle'],
      lasts: ['calf-muscle'],
      cost: ['calf-muscle'],
      evidence: ['calf-muscle'],
    },
  },
  'weight-change': {
    shownWhen: weightInQuestion,
    sources: {
      involves: ['fda-consumer'],
      canChange: ['fda-consumer'],
      cannotChange: ['fda-consumer'],
      recovery: ['fda-consumer'],
      risks: ['fda-consumer'],
      lasts: ['fda-consumer'],
      cost: ['fda-consumer'],
      evidence: ['fda-consumer'],
    },
  },
  'no-procedure': {
    sources: {
      involves: ['nhs-lipo-risks'],
      canChange: ['nhs-lipo-risks'],
      cannotChange: ['nhs-lipo-risks'],
      recovery: ['nhs-lipo-risks'],
      risks: ['nhs-lipo-risks'],
      lasts: ['nhs-lipo-risks'],
      cost: ['nhs-lipo-risks'],
      evidence: ['nhs-lipo-risks'],
    },
  },
} as const satisfies Record<string, OptionColumn>;

export type OptionColumnId = keyof typeof OPTION_COLUMNS;

const COLUMN_IDS = Object.keys(OPTION_COLUMNS) as OptionColumnId[];

/** The options this person's answers call for, in the grid's order. Pure: answers off the route must already be gone. */
export function optionColumns(answers: Answers): OptionColumnId[] {
  return COLUMN_IDS.filter((id) => {
    const column: OptionColumn = OPTION_COLUMNS[id];
    return column.shownWhen?.(answers) ?? true;
  });
}
