// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StepId } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';
import { summaryCatalogEs } from '../../../src/i18n/es/summary-catalog-es';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { pointText } from '../../../src/i18n/point-text';
import { ALL_RULES } from '../../../rules/all-rules';
import { includesAny } from '../../../rules/answer-checks';
import type { Rule } from '../../../rules/rule';
import { SOURCE_IDS } from '../../../rules/sources';
import { describeCase } from '../../../scripts/review-sheet/answer-words';
import { appearsWhen } from '../../../scripts/review-sheet/appears-when';
import { reviewSheetHtml, reviewSheetMarkdown } from '../../../scripts/review-sheet/render';
import { reviewSheet } from '../../../scripts/review-sheet/review-sheet';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { english } from '../../support/english';
import { RULE_CASES } from '../rules/rule-cases';

const CHECKED_IN = 'docs/content/rules.md';
const markdown = reviewSheetMarkdown();
const page = new DOMParser().parseFromString(reviewSheetHtml(), 'text/html');

/** An answer as the sheet names it: the question's short label and the option's words. */
function answer(step: StepId, field: string, option: string): string {
  const question = pageContent(step, catalogEn).questions.find((candidate) => candidate.name === field);
  const label = question?.kind === 'text' ? undefined : question?.options.find((o) => o.value === option)?.label;
  if (!question || !label) throw new Error(`No option ${step}.${field}.${option}`);
  return `${question.shortLabel}: “${label}”`;
}

/** A rule made up for a test: only its `when` matters to "when it appears". */
function madeUp(when: Rule['when']): Rule {
  return { id: 'made-up', section: 'ask-surgeon', tier: 'safety', when, because: [], sources: ['nhs-lipo-risks'] };
}

describe('content review sheet (docs/content/rules.md, review.html)', () => {
  it('is checked in as the generator writes it', () => {
    const checkedIn = existsSync(CHECKED_IN) ? readFileSync(CHECKED_IN, 'utf8') : '';
    // A rule, its words, a source or a test case changed without the sheet: a clinician would review stale text.
    expect(checkedIn, `${CHECKED_IN} is out of date: run \`npm run review-sheet\` and commit it`).toBe(markdown);
  });

  it('has every rule, with its words in English and in Spanish', () => {
    for (const rule of ALL_RULES) {
      expect(markdown).toContain(`\n### ${rule.id}\n`);
      const section = page.getElementById(rule.id)?.closest('.rule');
      expect(section, rule.id).not.toBeNull();
      const en = pointText(rule.id, catalogEn, summaryCatalogEn);
      const es = pointText(rule.id, catalogEs, summaryCatalogEs);
      const cells = [...(section?.querySelectorAll('.words td') ?? [])];
      expect(cells.map((cell) => cell.textContent)).toEqual([en.point, es.point, en.why, es.why]);
      expect(cells.map((cell) => cell.getAttribute('lang'))).toEqual([null, 'es', null, 'es']);
    }
  });

  it('has every source, with the rules that cite it', () => {
    for (const id of SOURCE_IDS) {
      expect(markdown).toContain(`- **Id:** ${id}\n`);
      const number = SOURCE_IDS.indexOf(id) + 1;
      const row = page.getElementById(`source-${number}`)?.closest('.source');
      expect(row?.textContent, id).toContain(id);
      for (const rule of ALL_RULES.filter((candidate) => (candidate.sources as readonly string[]).includes(id)))
        expect(row?.querySelector(`a[href="#${rule.id}"]`), `${id} cited by ${rule.id}`).not.toBeNull();
    }
  });

  it('describes every test case of every rule', () => {
    for (const rule of reviewSheet().tiers.flatMap((tier) => tier.rules)) {
      const ruleCase = RULE_CASES[rule.id];
      if (ruleCase === undefined || ruleCase === 'always-on') expect(rule.cases).toBe(ruleCase ?? 'none');
      else expect(rule.cases).toEqual({ fires: expect.any(Array), silent: expect.any(Array) });
      if (typeof rule.cases === 'object' && typeof ruleCase === 'object') {
        expect(rule.cases.fires).toHaveLength(ruleCase.fires.length);
        expect(rule.cases.silent).toHaveLength(ruleCase.silent.length);
      }
      expect(rule.appears.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('is a page the app serves as it is: one h1, English with Spanish marked, headed tables, no script or inline style', () => {
    expect(page.documentElement.lang).toBe('en');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    for (const header of page.querySelectorAll('th')) expect(['row', 'col']).toContain(header.getAttribute('scope'));
    expect(page.querySelectorAll('[lang="es"]').length).toBeGreaterThan(ALL_RULES.length * 2);
    // The CSP allows scripts by hash only and styles from files only (deploy/security-headers.ts).
    expect(page.querySelectorAll('script, style, [style]')).toHaveLength(0);
    const stylesheet = page.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
    expect(stylesheet).toBe('review.css');
    expect(existsSync(`public/${stylesheet}`)).toBe(true);
  });
});

describe('a test case in words', () => {
  it('names the baseline it starts from and what it changes', () => {
    expect(describeCase(quiet(), english)).toBe('The quiet answers');
    expect(describeCase(loud(), english)).toBe('The loud answers');
    expect(describeCase({}, english)).toBe('No answers at all');
    expect(describeCase(quiet({ swelling: { signs: ['both-legs'] } }), english)).toBe(
      `The quiet answers, except ${answer('swelling', 'signs', 'both-legs')}`,
    );
    expect(describeCase(quiet({ facility: undefined }), english)).toBe(
      'The quiet answers, except Where the operation would happen: not answered',
    );
  });

  it('lists every answer of a case that answers only a few pages', () => {
    expect(describeCase({ technique: { technique: 'laser' } }, english)).toBe(
      `Only these answers: ${answer('technique', 'technique', 'laser')}`,
    );
  });
});

describe('when a point appears, worked out from its rule', () => {
  it('names the answers that bring it and those that take it away again', () => {
    const rule = madeUp(
      (answers) =>
        includesAny(answers.swelling?.signs, ['both-legs']) && !includesAny(answers.conditions?.conditions, ['heart']),
    );
    expect(appearsWhen(rule, undefined, english)).toEqual([
      {
        lead: 'Appears when any one of these is given (the other answers quiet):',
        answers: [answer('swelling', 'signs', 'both-legs')],
      },
      { lead: 'But not if any one of these is also given:', answers: [answer('conditions', 'conditions', 'heart')] },
    ]);
  });

  it('names what takes away a point the quiet answers bring', () => {
    const rule = madeUp((answers) => answers.age?.age === '18-40');
    expect(appearsWhen(rule, undefined, english)).toEqual([
      {
        lead: 'Shown with the quiet answers. It goes away when any one of these is given instead:',
        answers: [
          'Age: not answered',
          answer('age', 'age', 'under-18'),
          answer('age', 'age', '41-60'),
          answer('age', 'age', '61-74'),
          answer('age', 'age', '75-plus'),
        ],
      },
    ]);
  });

  it('names the pairs that bring a point no single answer does', () => {
    const rule = madeUp(
      (answers) =>
        answers.technique?.technique === 'laser' && includesAny(answers['technique-appeal']?.reasons, ['less-pain']),
    );
    expect(appearsWhen(rule, undefined, english)).toEqual([
      {
        lead: 'No single answer brings it. Any one of these pairs does (the other answers quiet):',
        answers: [
          `${answer('technique', 'technique', 'laser')} and ${answer('technique-appeal', 'reasons', 'less-pain')}`,
        ],
      },
    ]);
  });

  it('says when a point is on every summary, or is there before any answer', () => {
    expect(
      appearsWhen(
        madeUp(() => true),
        'always-on',
        english,
      ),
    ).toEqual([{ lead: 'On every summary, whatever the answers.', answers: [] }]);
    const unanswered = madeUp((answers) => answers.facility === undefined);
    expect(appearsWhen(unanswered, undefined, english)[0]).toEqual({
      lead: 'Shown with no answers at all.',
      answers: [],
    });
  });
});
