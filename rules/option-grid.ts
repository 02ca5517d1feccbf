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
 * always an option. Each cell lists the sources that state its facts; where none gives a figure
 * (cost, mostly), the cell sends the question to the surgeon, clinic or doctor instead, and its
 * source is the one that says what little is known (cosmetic liposuction is rarely publicly paid
 * for). Only sources the summary already cites are used, so the printed source list stays one list.
 */
export const OPTION_COLUMNS = {
  traditional: {
    sources: {
      // Small cuts, a suction tube; Medscape on the calf and ankle operation itself.
      involves: ['nhs-wales-liposuction', 'medscape-calf'],
      // "Slimmer, tapering lower legs"; the aim is to alter body shape.
      canChange: ['medscape-calf', 'nhs-wales-liposuction'],
      // Marked on tiptoe to tell fat from muscle and tendon; not for weight reduction.
      cannotChange: ['medscape-calf', 'klein-textbook', 'fda-consumer'],
      // Swelling up to 6 months, ankles longest; compression for about 2 months.
      recovery: ['nhs-lipo-risks', 'compression'],
      // Contour irregularity the most common problem; the NHS list of risks.
      risks: ['contour', 'nhs-lipo-risks'],
      // The treated area stays smaller; fat returns elsewhere (Hernandez 2011).
      lasts: ['hernandez-2011', 'nhs-wales-liposuction'],
      // Cosmetic liposuction is not normally available on the NHS, and can be expensive.
      cost: ['nhs-wales-liposuction'],
      evidence: ['medscape-calf', 'klein-textbook'],
    },
  },
  energy: {
    shownWhen: consideringEnergyDevice,
    sources: {
      // NHS Wales: fat broken up by vibrations or a weak laser pulse, then sucked out.
      involves: ['nhs-wales-liposuction', 'prado-rct'],
      // Skin-tightening claims rest on studies at high risk of bias.
      canChange: ['prado-rct', 'laser-review'],
      cannotChange: ['medscape-calf', 'fda-consumer'],
      // No difference in recovery time in the trial; less pain on the laser side.
      recovery: ['prado-rct'],
      // Burns are the device's own risk; the rest are liposuction's.
      risks: ['laser-burns', 'medscape-calf', 'contour'],
      // Photographs at 6 to 11 months showed no difference between the sides.
      lasts: ['prado-rct'],
      // Nothing cited compares prices (review L8): ask for both.
      cost: ['nhs-wales-liposuction'],
      evidence: ['prado-rct', 'laser-review'],
    },
  },
  'lipedema-care': {
    shownWhen: lipedemaPattern,
    sources: {
      involves: ['lipedema-consensus', 'lipedema-review'],
      canChange: ['lipedema-consensus', 'lipedema-review'],
      // Lipedema tissue is difficult to reduce by diet, exercise or bariatric surgery.
      cannotChange: ['lipedema-consensus'],
      recovery: ['lipedema-consensus'],
      risks: ['lipedema-consensus', 'nhs-lipo-risks'],
      lasts: ['lipedema-consensus', 'lipedema-review'],
      // NHS Wales: liposuction is sometimes used by the NHS to treat lipoedema.
      cost: ['nhs-wales-liposuction'],
      // A Delphi consensus with GRADE ratings; a review that calls treatment challenging; NICE:
      // evidence on liposuction for lipoedema inadequate, so only in research (IPG721, 1.1).
      evidence: ['lipedema-consensus', 'lipedema-review', 'nice-lipoedema-liposuction'],
    },
  },
  muscle: {
    shownWhen: calvesFeelMuscular,
    sources: {
      involves: ['calf-muscle', 'calf-neurectomy'],
      // A slight reduction in the medial calf (6 women).
      canChange: ['calf-muscle'],
      cannotChange: ['calf-muscle', 'medscape-calf'],
      // Seen from 1 week, with no loss of function.
      recovery: ['calf-muscle'],
      // No problems in the 6 women; tiredness on walking in 6 of 300 after nerve surgery.
      risks: ['calf-muscle', 'calf-neurectomy'],
      // Well kept for 6 months (the length of the study).
      lasts: ['calf-muscle'],
      // Neither study gives a price: ask.
      cost: ['calf-muscle', 'calf-neurectomy'],
      evidence: ['calf-muscle', 'calf-neurectomy'],
    },
  },
  'weight-change': {
    shownWhen: weightInQuestion,
    sources: {
      // Diet and exercise (NHS Wales); GLP-1 medicines for weight (Kindel 2024).
      involves: ['nhs-wales-liposuction', 'glp1'],
      // ASAPS, through the FDA: liposuction suits people within about 30% of a healthy weight.
      canChange: ['fda-consumer'],
      cannotChange: ['nhs-wales-liposuction', 'lipedema-consensus'],
      recovery: ['fda-consumer'],
      // Slower stomach emptying and stomach upset matter for anesthesia.
      risks: ['glp1'],
      // NHS Wales: results last while a healthy weight is kept.
      lasts: ['nhs-wales-liposuction'],
      // No source gives a price: ask.
      cost: ['glp1'],
      evidence: ['lipedema-consensus'],
    },
  },
  'no-procedure': {
    sources: {
      // Take time; no pressure to book.
      involves: ['nhs-choosing-who'],
      // Liposuction can be expensive, results are not guaranteed, there are risks.
      canChange: ['nhs-wales-liposuction'],
      cannotChange: ['nhs-wales-liposuction'],
      recovery: ['nhs-lipo-risks'],
      risks: ['nhs-lipo-risks', 'contour'],
      lasts: ['nhs-choosing-who'],
      cost: ['nhs-wales-liposuction'],
      evidence: ['nhs-lipo-risks', 'cosmetassure'],
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

/** Every source the grid's cells cite, in reading order (row by row), each once. */
export function gridSources(columns: readonly OptionColumnId[]): SourceId[] {
  const order: SourceId[] = [];
  for (const row of OPTION_ROWS) {
    for (const column of columns) {
      for (const id of OPTION_COLUMNS[column].sources[row]) if (!order.includes(id)) order.push(id);
    }
  }
  return order;
}
