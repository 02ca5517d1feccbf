import type { AnswerRef } from '../../src/answers/answer-ref';
import { pageContent } from '../../src/content/page-content';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../src/i18n/en/summary-catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { summaryCatalogEs } from '../../src/i18n/es/summary-catalog-es';
import { localised, type Localised } from '../../src/i18n/localised';
import type { PointText } from '../../src/i18n/point-text-types';
import { pointText } from '../../src/i18n/point-text';
import { ALL_RULES } from '../../rules/all-rules';
import type { SectionId } from '../../rules/sections';
import { SOURCE_IDS, type SourceId } from '../../rules/sources';
import { TIERS, type TierId } from '../../rules/tiers';
import { RULE_CASES } from '../../tests/unit/rules/rule-cases';
import { answerLines, BASELINES, describeCase } from './answer-words';
import { appearsWhen, type Clause } from './appears-when';
import { sourceWords, type SourceWords } from './source-words';

/**
 * Everything the review sheet shows, gathered once from the rules, both languages' catalogs and
 * the rule tests' cases; `markdown.ts` and `html.ts` only lay it out. English describes the
 * answers (the sheet is for English-reading clinicians); the Spanish words are there beside them.
 */

/** What kind of point each section is; the summary has no heading for some of them. */
const SECTION_WORDS: Record<SectionId, string> = {
  urgent: 'Urgent: shown on the question page at once',
  'doctor-first': 'Something to sort out with a doctor first',
  'ask-surgeon': 'A question to ask the surgeon',
  'tell-surgeon': 'Something to tell the surgeon',
  'before-you-decide': 'Something to weigh up before deciding',
};

export interface SheetRule {
  id: string;
  tier: TierId;
  section: string;
  topic?: string;
  /** The answers printed beside the point as "You said: …". */
  shownBeside: string[];
  appears: Clause[];
  en: PointText;
  es: PointText;
  /** Numbers in the sheet's list of sources. */
  sources: number[];
  cases: 'always-on' | { fires: string[]; silent: string[] } | 'none';
}

export interface SheetTier {
  id: TierId;
  en: string;
  es: string;
  rules: SheetRule[];
}

export interface SheetSource {
  number: number;
  id: SourceId;
  en: SourceWords;
  /** Only where the Spanish catalog words it differently. */
  es?: SourceWords;
  citedBy: string[];
}

export interface ReviewSheet {
  count: number;
  baselines: { name: string; about: string; answers: string[] }[];
  tiers: SheetTier[];
  sources: SheetSource[];
}

export const TITLE = 'Content review sheet: every point the summary can show';

/** The sheet's opening, in both layouts; `code` is marked with backticks. */
export function introduction(count: number): { about: string[]; howToRead: string[] } {
  return {
    about: [
      `This sheet lists all ${count} points the questionnaire's summary can show, so that a clinician can review every word without reading the code. For each point: when it appears, its words in English and in Spanish, the sources it cites, and the answers the rule tests use to check that it fires and that it stays silent.`,
      'It is generated from the rules (`rules/`), the words in both languages (`src/i18n/en/`, `src/i18n/es/`) and the rule tests (`tests/unit/rules/rule-cases.ts`); nothing in it is written by hand. It is kept in the repository as `docs/content/rules.md` and built into the app as `review.html`. After changing a rule, its words, its sources or its tests, run `npm run review-sheet` and commit the file: a unit test fails while it is out of date.',
    ],
    howToRead: [
      'When it appears: worked out by trying every answer the questionnaire offers, one at a time, against the rule, starting from the quiet answers (listed at the end); then, beside each answer that brings the point, every other answer, to find what takes it away. It does not know that some pages are asked only after certain answers (for example, what draws someone to a technique is asked only about laser or another energy device); the test cases show answers in context.',
      'Printed beside it: what the summary shows under the point as “You said: …”, so the person and the surgeon see why it is there.',
      'Fires for and silent for: the rule tests. Most cases are the quiet or the loud answers with a few answers changed.',
      'Answers are named by their short label and the option wording the person sees in English.',
    ],
  };
}

const english = localised('en', catalogEn);

/** "Blood-clot risks", "Age: “41 to 60”, “61 to 74”", "Height and weight: BMI from 30". */
function refWords(ref: AnswerRef, words: Localised): string {
  if (ref.field === undefined) return `${words.messages.ui.answers.heightAndWeight}: BMI from ${ref.bmiFrom ?? 0}`;
  const question = pageContent(ref.step, words.messages).questions.find((candidate) => candidate.name === ref.field);
  if (!question) throw new Error(`No question ${ref.step}.${ref.field} for a rule's "because"`);
  if (!ref.only || question.kind === 'text') return question.shortLabel;
  const options = question.options.filter((option) => ref.only?.includes(option.value));
  return `${question.shortLabel}: ${options.map((option) => `“${option.label}”`).join(', ')}`;
}

function sameWords(a: SourceWords, b: SourceWords): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function reviewSheet(): ReviewSheet {
  const number = (id: SourceId): number => SOURCE_IDS.indexOf(id) + 1;
  const rules: SheetRule[] = ALL_RULES.map((rule) => {
    const ruleCase = RULE_CASES[rule.id];
    const topic = 'topic' in rule ? rule.topic : undefined;
    return {
      id: rule.id,
      tier: rule.tier,
      section: `${SECTION_WORDS[rule.section]} (${rule.section})`,
      ...(topic ? { topic } : {}),
      shownBeside: rule.because.map((ref) => refWords(ref, english)),
      appears: appearsWhen(rule, ruleCase, english),
      en: pointText(rule.id, catalogEn, summaryCatalogEn),
      es: pointText(rule.id, catalogEs, summaryCatalogEs),
      sources: rule.sources.map(number),
      cases:
        ruleCase === undefined || ruleCase === 'always-on'
          ? (ruleCase ?? 'none')
          : {
              fires: ruleCase.fires.map((answers) => describeCase(answers, english)),
              silent: ruleCase.silent.map((answers) => describeCase(answers, english)),
            },
    };
  });
  return {
    count: rules.length,
    baselines: BASELINES.map(({ name, about, answers }) => ({ name, about, answers: answerLines(answers, english) })),
    tiers: TIERS.map((id) => ({
      id,
      en: summaryCatalogEn.summaryPage.tiers[id],
      es: summaryCatalogEs.summaryPage.tiers[id],
      rules: rules.filter((rule) => rule.tier === id),
    })),
    sources: SOURCE_IDS.map((id) => {
      const en = sourceWords(id, summaryCatalogEn);
      const es = sourceWords(id, summaryCatalogEs);
      return {
        number: number(id),
        id,
        en,
        ...(sameWords(en, es) ? {} : { es }),
        citedBy: ALL_RULES.filter((rule) => (rule.sources as readonly SourceId[]).includes(id)).map((rule) => rule.id),
      };
    }),
  };
}
