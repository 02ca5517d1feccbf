import { describe, expect, it } from 'vitest';
import gridEn from '../../../src/i18n/en/option-grid.json' with { type: 'json' };
import gridEs from '../../../src/i18n/es/option-grid.json' with { type: 'json' };
import { OPTION_COLUMNS, OPTION_ROWS, type OptionColumnId } from '../../../rules/option-grid';
import { SOURCES } from '../../../rules/sources';
import { fleschKincaidGrade, median, percentile } from '../../support/readability';

/**
 * The options side by side are balanced (decision 0018): every option answers every question,
 * at about the same length, in plain words, with a source for each answer, and none of it
 * steers the person towards one option. The grid prints as six columns on one page, so an
 * English cell is short.
 */
const MAX_CELL_EN = 100;
/** Each column's total length, against the median column's: no option told at much more or less depth. */
const BAND = { low: 0.6, high: 1.6 };
const MEDIAN_GRADE_LIMIT = 7;
const P90_GRADE_LIMIT = 9;

/** Words that recommend, rank or reassure: the grid describes, it does not choose. */
const STEERING_EN = /\b(best|better|recommend\w*|should choose|ideal\w*|safest|safer|we suggest|superior)\b/i;
const STEERING_ES = /(mejor|recomend|deber[íi]a elegir|ideal|m[áa]s segur|le sugerimos)/i;

const COLUMN_IDS = Object.keys(OPTION_COLUMNS) as OptionColumnId[];
type Grid = typeof gridEn;
const CATALOGS: readonly { readonly language: string; readonly grid: Grid }[] = [
  { language: 'English', grid: gridEn },
  { language: 'Spanish', grid: gridEs },
];

function cellsOf(grid: Grid, column: OptionColumnId): Record<string, string> {
  return grid.columns[column].cells;
}

const englishCells = COLUMN_IDS.flatMap((column) =>
  OPTION_ROWS.map((row) => ({ path: `${column}.${row}`, text: cellsOf(gridEn, column)[row] ?? '' })),
);

describe.each(CATALOGS)('the $language options side by side', ({ grid }) => {
  it('answer every row for every option, and name nothing else', () => {
    expect(Object.keys(grid.columns).sort()).toEqual([...COLUMN_IDS].sort());
    expect(Object.keys(grid.rows).sort()).toEqual([...OPTION_ROWS].sort());
    for (const column of COLUMN_IDS) {
      const cells = cellsOf(grid, column);
      expect(Object.keys(cells).sort(), column).toEqual([...OPTION_ROWS].sort());
      for (const row of OPTION_ROWS) expect((cells[row] ?? '').trim(), `${column}.${row}`).not.toBe('');
      expect(grid.columns[column].name.trim(), column).not.toBe('');
    }
  });

  it('tell each option at about the same depth as the others', () => {
    const totals = COLUMN_IDS.map((column) => ({
      column,
      length: OPTION_ROWS.reduce((sum, row) => sum + (cellsOf(grid, column)[row] ?? '').length, 0),
    }));
    const middle = median(totals.map(({ length }) => length));
    const outside = totals.filter(({ length }) => length < BAND.low * middle || length > BAND.high * middle);
    expect(outside, `median column length ${middle}`).toEqual([]);
  });

  it('never recommend, rank or reassure', () => {
    const steering = grid === gridEn ? STEERING_EN : STEERING_ES;
    const texts = [
      ...Object.values(grid.rows),
      ...COLUMN_IDS.flatMap((column) => [grid.columns[column].name, ...Object.values(cellsOf(grid, column))]),
    ];
    expect(texts.filter((text) => steering.test(text))).toEqual([]);
  });
});

describe('the English cells', () => {
  it(`are at most ${MAX_CELL_EN} characters each, to print in six columns`, () => {
    const long = englishCells.filter(({ text }) => text.length > MAX_CELL_EN);
    expect(long).toEqual([]);
  });

  it(`read at a median Flesch-Kincaid grade of ${MEDIAN_GRADE_LIMIT} or below, and a 90th percentile of ${P90_GRADE_LIMIT} or below`, () => {
    const graded = englishCells.map((entry) => ({ ...entry, grade: fleschKincaidGrade(entry.text) }));
    const grades = graded.map(({ grade }) => grade);
    const round = (value: number) => Math.round(value * 10) / 10;
    const figures = { median: round(median(grades)), p90: round(percentile(grades, 90)) };
    const hardest = [...graded]
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 5)
      .map(({ path, grade, text }) => `${round(grade).toFixed(1)} ${path}: ${text}`);
    const report = [`grid cells: median ${figures.median}, 90th percentile ${figures.p90}`, ...hardest].join('\n');
    console.log(report);
    expect(figures.median, report).toBeLessThanOrEqual(MEDIAN_GRADE_LIMIT);
    expect(figures.p90, report).toBeLessThanOrEqual(P90_GRADE_LIMIT);
  });
});

describe('the sources of each cell', () => {
  it.each(COLUMN_IDS)('%s has at least one source for every row, each one in the source list', (column) => {
    const sources: Readonly<Record<string, readonly string[]>> = OPTION_COLUMNS[column].sources;
    expect(Object.keys(sources).sort()).toEqual([...OPTION_ROWS].sort());
    for (const row of OPTION_ROWS) {
      const cited = sources[row] ?? [];
      expect(cited.length, `${column}.${row}`).toBeGreaterThan(0);
      for (const id of cited) expect(Object.keys(SOURCES), `${column}.${row}`).toContain(id);
      expect(new Set(cited).size, `${column}.${row} lists a source twice`).toBe(cited.length);
    }
  });
});
