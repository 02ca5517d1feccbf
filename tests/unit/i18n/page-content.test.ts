import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import { PAGE_LAYOUTS } from '../../../src/content/page-layouts';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';

describe.each([
  ['English', catalogEn],
  ['Spanish', catalogEs],
] as const)('every question page in %s', (_language, messages) => {
  it.each(STEP_IDS)('%s has a title and words for every question and option of its layout', (step) => {
    const page = pageContent(step, messages);
    expect(page.title).not.toBe('');
    expect(page.questions.map((question) => question.name)).toEqual(PAGE_LAYOUTS[step].questions.map((question) => question.name));
    for (const question of page.questions) {
      expect(question.shortLabel, question.name).not.toBe('');
      if (question.kind === 'text') {
        expect(question.label).not.toBe('');
        continue;
      }
      expect(question.legend).not.toBe('');
      for (const option of question.options) {
        // A missing label would fall back to the stored value, which no patient should read.
        expect(option.label, `${step}.${question.name}.${option.value}`).not.toBe(option.value);
      }
    }
  });
});
