import { checkbox, measure, page, radio, text, type PageDeclaration } from './question-kinds';
import type { StepId } from './step-ids';

/** The longest question a person may write in their own words: about two lines on paper. */
export const OWN_QUESTION_MAX = 150;

/** How much one thing matters to a person weighing the decision. */
const IMPORTANCE = ['a-lot', 'a-little', 'not-much'] as const;

const YES_NO = ['yes', 'no'] as const;

/**
 * Every question page, declared once: its part of the questionnaire and its fields in page
 * order, with their kinds, options and limits. A field's name is the key of its answer (kept in
 * storage and read by the rules), so it must stay stable. The words for each page are in the
 * catalogs under the same step and field names.
 */
export const QUESTION_PAGES = {
  // 1. Where
  area: page('legs', {
    area: radio(['calves', 'ankles', 'both']),
    legs: radio(['both-legs', 'one-leg']),
  }),
  concerns: page('legs', {
    concerns: checkbox(['size', 'shape', 'legs-differ', 'clothes-fit', 'other']),
    // A line of their own words; a printout has room for about that much beside a row.
    otherConcern: text(100, { revealedBy: { field: 'concerns', value: 'other' } }),
  }),
  'calf-feel': page('legs', { feel: radio(['firm', 'soft', 'mixed', 'unsure']) }),
  'ankle-feel': page('legs', { changes: radio(['changes', 'same', 'unsure']) }),

  // 2. Look-alike conditions and urgent symptoms
  'urgent-symptoms': page('look-alikes', {
    symptoms: checkbox(['one-leg-swollen-painful', 'breathless-chest-pain', 'none'], { none: 'none' }),
  }),
  'fat-pattern': page('look-alikes', {
    signs: checkbox(
      ['both-legs-alike', 'feet-spared', 'tender', 'bruises-easily', 'diet-resistant', 'family', 'unsure', 'none'],
      { none: 'none', unsure: 'unsure' },
    ),
  }),
  swelling: page('look-alikes', {
    signs: checkbox(['foot-and-toes', 'one-side', 'both-legs', 'unsure', 'none'], { none: 'none', unsure: 'unsure' }),
  }),
  veins: page('look-alikes', {
    signs: checkbox(['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching', 'unsure', 'none'], {
      none: 'none',
      unsure: 'unsure',
    }),
  }),

  // 3. Technique
  technique: page('technique', { technique: radio(['traditional', 'laser', 'other-energy', 'unsure']) }),
  'technique-appeal': page('technique', {
    reasons: checkbox(
      ['less-pain', 'skin-tightening', 'faster-recovery', 'better-result', 'surgeon-suggested', 'none'],
      { none: 'none' },
    ),
  }),
  'other-procedures': page('technique', { sameDay: radio(['yes', 'no', 'unsure']) }),

  // 4. Weight and stability. Height and weight are optional; the limits are the boxes' ranges.
  'body-size': page('weight', {
    units: radio(['imperial', 'metric']),
    feet: measure(3, 8, { whole: true }),
    inches: measure(0, 11, { whole: true }),
    pounds: measure(70, 700, { whole: false }),
    centimetres: measure(90, 250, { whole: false }),
    kilograms: measure(30, 320, { whole: false }),
  }),
  'weight-history': page('weight', {
    change: radio(['stable', 'lost', 'gained', 'up-and-down']),
    plans: radio(['none', 'lose', 'gain', 'unsure']),
  }),
  // How much, without units: a change of a few pounds means little to a 250-pound person.
  'weight-change-amount': page('weight', {
    amount: radio(['under-5-percent', '5-to-10-percent', 'over-10-percent', 'unsure']),
  }),
  'weight-medicine': page('weight', { glp1: radio(['taking', 'planning', 'stopped', 'no']) }),

  // 5. Health and blood-clot risk
  age: page('health', { age: radio(['under-18', '18-40', '41-60', '61-74', '75-plus']) }),
  nicotine: page('health', { nicotine: radio(['daily', 'sometimes', 'stopped-recently', 'no']) }),
  pregnancy: page('health', {
    pregnancy: radio(['now', 'within-2-years', 'maybe-later', 'no', 'not-applicable', 'prefer-not-to-say'], {
      apart: 'prefer-not-to-say',
    }),
  }),
  'clot-risk': page('health', {
    factors: checkbox(
      [
        'previous-clot',
        'family-clot',
        'clotting-disorder',
        'estrogen',
        'recent-pregnancy',
        'pregnancy-losses',
        'long-travel',
        'cancer',
        'unsure',
        'none',
      ],
      { none: 'none', unsure: 'unsure' },
    ),
  }),
  medicines: page('health', {
    items: checkbox(
      [
        'blood-thinner',
        'aspirin',
        'anti-inflammatory',
        'vitamin-e',
        'supplements',
        'blood-pressure',
        'other-prescribed',
        'unsure',
        'none',
      ],
      { none: 'none', unsure: 'unsure' },
    ),
    details: text(300),
  }),
  conditions: page('health', {
    conditions: checkbox(['diabetes', 'heart', 'kidney', 'liver', 'bleeding', 'circulation', 'unsure', 'none'], {
      none: 'none',
      unsure: 'unsure',
    }),
  }),
  'diabetes-control': page('health', { control: radio(['well', 'not-well', 'unsure']) }),
  'leg-history': page('health', {
    history: checkbox(['liposuction', 'vein-treatment', 'other-surgery', 'lymph-nodes', 'unsure', 'none'], {
      none: 'none',
      unsure: 'unsure',
    }),
  }),

  // 6. Expectations, recovery and readiness
  expectations: page('readiness', { change: radio(['subtle', 'clear', 'dramatic', 'unsure']) }),
  recovery: page('readiness', {
    timeOff: radio(['under-1-week', '1-2-weeks', 'over-2-weeks', 'unsure']),
    support: radio(['yes', 'no', 'unsure']),
  }),
  wellbeing: page('readiness', {
    worry: radio(['not-at-all', 'a-little', 'quite-a-lot', 'a-great-deal', 'prefer-not-to-say'], {
      apart: 'prefer-not-to-say',
    }),
    thinkingTime: radio(['under-1-hour', '1-3-hours', 'over-3-hours', 'prefer-not-to-say'], {
      apart: 'prefer-not-to-say',
    }),
    holdsBack: radio(['never', 'sometimes', 'often', 'prefer-not-to-say'], { apart: 'prefer-not-to-say' }),
  }),

  // 7. The decision (issue 16, decision 0018). What matters to them: each thing on a short scale,
  // never scored or judged; radios, so a keyboard suffices and nothing is dragged (WCAG 2.5.7).
  priorities: page('decision', {
    shortRecovery: radio(IMPORTANCE),
    lowRisk: radio(IMPORTANCE),
    noticeableChange: radio(IMPORTANCE),
    lowCost: radio(IMPORTANCE),
    lastingResult: radio(IMPORTANCE),
    noOperation: radio(IMPORTANCE),
  }),
  // The options side by side: a page to read, with nothing to answer; Continue records that it was seen.
  options: page('decision', {}),
  // The SURE test's four questions (Légaré 2010), in plain words: any "no" means not ready yet.
  sure: page('decision', {
    sureOfChoice: radio(YES_NO),
    knowsOptions: radio(YES_NO),
    clearOnValues: radio(YES_NO),
    enoughSupport: radio(YES_NO),
  }),

  // 8. Surgeon and facility
  surgeon: page('surgeon', { status: radio(['chosen', 'comparing', 'not-yet']) }),
  'surgeon-board': page('surgeon', { board: radio(['plastic-surgery', 'other-board', 'unsure']) }),
  facility: page('surgeon', { facility: radio(['hospital', 'accredited-center', 'office', 'unsure']) }),

  // 9. Their own questions, in their words: up to five, each optional, short enough to print with
  // room for the answer beside it. Part of "Your surgeon", since they are for the surgeon.
  'own-questions': page('surgeon', {
    question1: text(OWN_QUESTION_MAX),
    question2: text(OWN_QUESTION_MAX),
    question3: text(OWN_QUESTION_MAX),
    question4: text(OWN_QUESTION_MAX),
    question5: text(OWN_QUESTION_MAX),
  }),
} as const satisfies Record<StepId, PageDeclaration>;

export type QuestionPages = typeof QUESTION_PAGES;

/** A field name of a page. Distributes over a union of steps. */
export type FieldOf<K extends StepId> = K extends StepId ? Extract<keyof QuestionPages[K]['fields'], string> : never;

/** The declaration of one field. */
export type FieldDeclaration<K extends StepId, F extends FieldOf<K>> = QuestionPages[K]['fields'][F];
