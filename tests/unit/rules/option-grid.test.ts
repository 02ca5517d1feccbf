import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { OPTION_COLUMNS, type OptionColumnId, optionColumns } from '../../../rules/option-grid';
import { metric } from '../../support/answers/body-size-answers';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { completeAnswers, someAnswers } from '../property/answer-arbitraries';

/**
 * Which options a person sees side by side: for each column shown only on some answers, answers
 * that must show it and near misses that must not (the neighbouring answer, one sign short, the
 * page not answered). Traditional liposuction and not having a procedure are in every grid.
 */
type ColumnCase = { readonly fires: readonly Answers[]; readonly silent: readonly Answers[] };

const COLUMN_CASES: Record<Exclude<OptionColumnId, 'traditional' | 'no-procedure'>, ColumnCase> = {
  energy: {
    fires: [
      quiet({ technique: { technique: 'laser' } }),
      quiet({ technique: { technique: 'other-energy' } }),
      quiet({ technique: { technique: 'unsure' } }),
      { technique: { technique: 'laser' } },
    ],
    silent: [quiet(), { technique: { technique: 'traditional' } }, {}],
  },
  'lipedema-care': {
    fires: [
      quiet({ 'fat-pattern': { signs: ['both-legs-alike', 'tender'] } }),
      quiet({ 'fat-pattern': { signs: ['both-legs-alike', 'bruises-easily'] } }),
      { 'fat-pattern': { signs: ['tender', 'diet-resistant'] } },
    ],
    silent: [
      quiet(),
      // One sign alone is not the pattern.
      quiet({ 'fat-pattern': { signs: ['bruises-easily'] } }),
      quiet({ 'fat-pattern': { signs: ['tender'] } }),
      quiet({ 'fat-pattern': { signs: ['none'] } }),
      {},
    ],
  },
  muscle: {
    fires: [
      quiet({ 'calf-feel': { feel: 'firm' } }),
      quiet({ 'calf-feel': { feel: 'mixed' } }),
      { 'calf-feel': { feel: 'firm' } },
    ],
    silent: [quiet(), quiet({ 'calf-feel': { feel: 'soft' } }), quiet({ 'calf-feel': { feel: 'unsure' } }), {}],
  },
  'weight-change': {
    fires: [
      quiet({ 'weight-history': { change: 'stable', plans: 'lose' } }),
      quiet({ 'weight-medicine': { glp1: 'taking' } }),
      quiet({ 'weight-medicine': { glp1: 'planning' } }),
      // 170 cm and 86.7 kg: BMI 30.0, the threshold itself.
      quiet(metric(170, 86.7)),
      quiet(metric(170, 110)),
    ],
    silent: [
      quiet(),
      // BMI 29.9, just under.
      quiet(metric(170, 86.4)),
      quiet({ 'weight-history': { change: 'stable', plans: 'gain' } }),
      quiet({ 'weight-history': { change: 'stable', plans: 'unsure' } }),
      quiet({ 'weight-medicine': { glp1: 'stopped' } }),
      quiet({ 'weight-medicine': { glp1: 'no' } }),
      {},
    ],
  },
};

const ALWAYS = ['traditional', 'no-procedure'] as const satisfies readonly OptionColumnId[];

const firing = Object.entries(COLUMN_CASES).flatMap(([id, { fires }]) =>
  fires.map((answers, index) => ({ id, number: index + 1, answers })),
);
const silent = Object.entries(COLUMN_CASES).flatMap(([id, { silent: quietCases }]) =>
  quietCases.map((answers, index) => ({ id, number: index + 1, answers })),
);

describe('the options side by side: which columns show', () => {
  it('has a case for every column that depends on the answers, and marks the rest as always there', () => {
    const conditional = (Object.keys(OPTION_COLUMNS) as OptionColumnId[]).filter(
      (id) => 'shownWhen' in OPTION_COLUMNS[id],
    );
    expect(Object.keys(COLUMN_CASES).sort()).toEqual([...conditional].sort());
    expect((Object.keys(OPTION_COLUMNS) as OptionColumnId[]).filter((id) => !conditional.includes(id))).toEqual([
      ...ALWAYS,
    ]);
  });

  it.each(firing)('shows $id (case $number)', ({ id, answers }) => {
    expect(optionColumns(answers)).toContain(id);
  });

  it.each(silent)('leaves out $id (case $number)', ({ id, answers }) => {
    expect(optionColumns(answers)).not.toContain(id);
  });

  it.each([
    ['no answers', {}],
    ['the calmest answers', quiet()],
    ['the loudest answers', loud()],
  ] as const)('shows traditional liposuction and not having a procedure for %s', (_, answers) => {
    expect(optionColumns(answers)).toEqual(expect.arrayContaining([...ALWAYS]));
  });

  it('shows only the two options everyone weighs for the calmest answers, and every option for the loudest', () => {
    expect(optionColumns(quiet())).toEqual(['traditional', 'no-procedure']);
    expect(optionColumns(loud())).toEqual(Object.keys(OPTION_COLUMNS));
  });

  it('always shows traditional liposuction and not having a procedure, whatever the answers', () => {
    fc.assert(
      fc.property(fc.oneof(someAnswers, completeAnswers), (answers) => {
        const columns = optionColumns(answers);
        expect(columns).toEqual(expect.arrayContaining([...ALWAYS]));
        // In the grid's order, each at most once.
        const order = Object.keys(OPTION_COLUMNS);
        expect(columns).toEqual([...columns].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
        expect(new Set(columns).size).toBe(columns.length);
      }),
    );
  });
});
