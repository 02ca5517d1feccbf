import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { formValuesFor } from '../../../src/content/form-values';

describe("a page's form values", () => {
  it('start blank by kind when nothing is saved or typed', () => {
    expect(formValuesFor('area', {})).toEqual({});
    expect(formValuesFor('concerns', {})).toEqual({ concerns: [], otherConcern: '' });
  });

  it('start from the saved answers when the person comes back', () => {
    const answers: Answers = { area: { area: 'calves', legs: 'one-leg' } };
    expect(formValuesFor('area', answers)).toEqual({ area: 'calves', legs: 'one-leg' });
  });

  // The prerendered first question works as plain HTML before the app comes (decision 0024).
  it('start from what was chosen on the prerendered page, over blanks and saved answers alike', () => {
    expect(formValuesFor('area', {}, 'imperial', { area: ['both'] })).toEqual({ area: 'both' });
    const answers: Answers = { area: { area: 'calves', legs: 'one-leg' } };
    expect(formValuesFor('area', answers, 'imperial', { legs: ['both-legs'] })).toEqual({
      area: 'calves',
      legs: 'both-legs',
    });
  });

  it('keep every box ticked, the first of any text, the digits of a measure, and ignore names the page lacks', () => {
    expect(
      formValuesFor('concerns', {}, 'imperial', {
        concerns: ['size', 'other'],
        otherConcern: ['wide', 'x'],
        stray: ['1'],
      }),
    ).toEqual({ concerns: ['size', 'other'], otherConcern: 'wide' });
    expect(formValuesFor('body-size', {}, 'imperial', { units: ['metric'], centimetres: ['172.5'] })).toMatchObject({
      units: 'metric',
      centimetres: '172.5',
      kilograms: '',
    });
  });
});
