import type { Answers } from '../../src/answers/answers';
import { QUESTION_PAGES } from '../../src/answers/question-pages';
import { STEP_IDS, type StepId } from '../../src/answers/step-ids';
import type { Localised } from '../../src/i18n/localised';
import { ALL_RULES } from '../../rules/all-rules';
import type { Rule } from '../../rules/rule';
import type { RuleCase } from '../../tests/unit/rules/rule-cases';
import { quiet } from '../../tests/support/answers/quiet-answers';
import { differences } from './answer-words';

/**
 * "When it appears", worked out from the rule itself rather than written by hand (which would go
 * stale): starting from the quiet answers, each answer the pages offer is tried on its own; then,
 * beside each answer that brings the point, every other answer, to find what takes it away
 * again. The result is what the rule's `when` does, named with the option labels the person
 * sees. It ignores which pages a route skips; the firing cases show answers in context.
 */

/** One answer to try: a field set to one option, or a whole page replaced (or left unanswered). */
interface Probe {
  step: StepId;
  field?: string;
  option?: string;
  /** A checkbox option: held in a list. */
  checkbox?: boolean;
  /** A checkbox option that may be ticked beside another (not "None of these"). */
  addable?: boolean;
  /** Without a field: the page's answers, or none for a page not answered. */
  page?: Readonly<Record<string, unknown>>;
  words: string;
}

function apply(answers: Answers, probe: Omit<Probe, 'words'>, tickedBefore: readonly string[] = []): Answers {
  const page =
    probe.field === undefined
      ? probe.page
      : { ...answers[probe.step], [probe.field]: probe.checkbox ? [...tickedBefore, probe.option] : probe.option };
  // Built from a declaration's field names, which TypeScript cannot check against the page's type.
  return { ...answers, [probe.step]: page } as Answers;
}

/** Every single answer the pages offer that differs from the quiet answers, in page order. */
function allProbes(english: Localised): Probe[] {
  const probes: Omit<Probe, 'words'>[] = [];
  for (const step of STEP_IDS) {
    probes.push({ step });
    // Height and weight are numbers: they are tried at the BMI figures the rules name, below.
    if (step === 'body-size') continue;
    for (const [field, question] of Object.entries(QUESTION_PAGES[step].fields)) {
      if (question.kind !== 'radio' && question.kind !== 'checkbox') continue;
      const checkbox = question.kind === 'checkbox';
      for (const option of question.values)
        probes.push({ step, field, option, checkbox, addable: checkbox && option !== question.none });
    }
  }
  // 2 m tall, so the weight in kilograms is 4 × BMI: each figure a rule names ("from 30"), exactly.
  for (const bmi of new Set(ALL_RULES.flatMap((rule) => rule.because.flatMap((ref) => ref.bmiFrom ?? []))))
    probes.push({ step: 'body-size', page: { units: 'metric', centimetres: 200, kilograms: 4 * bmi } });
  const base = quiet();
  return probes
    .map((probe) => ({ ...probe, words: differences(apply(base, probe), base, english).join('; ') }))
    .filter((probe) => probe.words !== '');
}

/** The probe beside another, if that makes a different set of answers (not the same field replaced). */
function together(answers: Answers, first: Probe, second: Probe): Answers | undefined {
  if (second.step !== first.step) return apply(answers, second);
  if (first.field === undefined || second.field === undefined) return undefined;
  if (second.field !== first.field) return apply(answers, second);
  return first.addable && second.addable && first.option !== undefined
    ? apply(answers, second, [first.option])
    : undefined;
}

/** A sentence and the answers it lists. */
export interface Clause {
  lead: string;
  answers: string[];
}

function named(probes: readonly Probe[]): string[] {
  return probes.map((probe) => probe.words);
}

// Trying every answer takes a moment; the sheet asks for the same list once per rule.
let cachedProbes: { english: Localised; probes: Probe[] } | undefined;

/** When the point is on the summary: a few sentences, each with the answers it names. */
export function appearsWhen(rule: Rule, ruleCase: RuleCase | undefined, english: Localised): Clause[] {
  if (ruleCase === 'always-on') return [{ lead: 'On every summary, whatever the answers.', answers: [] }];
  if (cachedProbes?.english !== english) cachedProbes = { english, probes: allProbes(english) };
  const base = quiet();
  const withNone = rule.when({}) ? [{ lead: 'Shown with no answers at all.', answers: [] }] : [];
  return [...withNone, ...fromQuiet(rule, cachedProbes.probes, base, english)];
}

function fromQuiet(rule: Rule, probes: readonly Probe[], base: Answers, english: Localised): Clause[] {
  if (rule.when(base)) {
    const stoppers = probes.filter((probe) => !rule.when(apply(base, probe)));
    return stoppers.length === 0
      ? [{ lead: 'Shown with the quiet answers, and no single other answer takes it away.', answers: [] }]
      : [
          {
            lead: 'Shown with the quiet answers. It goes away when any one of these is given instead:',
            answers: named(stoppers),
          },
        ];
  }
  const bringers = probes.filter((probe) => rule.when(apply(base, probe)));
  if (bringers.length === 0) return [pairsThatBring(rule, probes, base, english)];
  // Answers that bring the point are grouped by what takes it away again, so each sentence is exact.
  const groups = new Map<string, { bringers: Probe[]; stoppers: Probe[] }>();
  for (const bringer of bringers) {
    const brought = apply(base, bringer);
    const stoppers = probes.filter((probe) => {
      const both = together(brought, bringer, probe);
      return both !== undefined && !rule.when(both);
    });
    const key = named(stoppers).join('\n');
    const group = groups.get(key) ?? { bringers: [], stoppers };
    group.bringers.push(bringer);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ bringers: some, stoppers }, index) => [
    {
      lead: `${index === 0 ? 'Appears' : 'Or it appears'} when any one of these is given (the other answers quiet):`,
      answers: named(some),
    },
    ...(stoppers.length > 0 ? [{ lead: 'But not if any one of these is also given:', answers: named(stoppers) }] : []),
  ]);
}

/** For a point no single answer brings: every two answers that do, or a pointer to the cases. */
function pairsThatBring(rule: Rule, probes: readonly Probe[], base: Answers, english: Localised): Clause {
  const pairs: string[] = [];
  probes.forEach((first, index) => {
    const brought = apply(base, first);
    for (const second of probes.slice(index + 1)) {
      const both = together(brought, first, second);
      if (both && rule.when(both)) pairs.push(differences(both, base, english).join(' and '));
    }
  });
  return pairs.length > 0
    ? { lead: 'No single answer brings it. Any one of these pairs does (the other answers quiet):', answers: pairs }
    : { lead: 'No one or two answers bring it: it takes several together, as in the firing cases.', answers: [] };
}
