import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import { typed, type PageAnswers } from './answer-page';

/** Pages that appear only when an earlier answer calls for them. */
export type FollowUp =
  | 'calf-feel'
  | 'ankle-feel'
  | 'technique-appeal'
  | 'weight-change-amount'
  | 'diabetes-control'
  | 'surgeon-board'
  | 'facility';
const FOLLOW_UPS: readonly StepId[] = [
  'calf-feel',
  'ankle-feel',
  'technique-appeal',
  'weight-change-amount',
  'diabetes-control',
  'surgeon-board',
  'facility',
] satisfies readonly FollowUp[];

export const INTRO_HEADING = 'Prepare for your calf or ankle liposuction consultation';
export const CHECK_ANSWERS_HEADING = 'Check your answers';
export const SUMMARY_HEADING = 'Points to raise at your consultation';

/** Each question page's h1, as the person sees it. */
export const HEADINGS: Readonly<Record<StepId, string>> = {
  area: 'Which part of your legs are you thinking about?',
  concerns: 'What bothers you about them?',
  'calf-feel': 'How do your calves feel when you stand on tiptoe?',
  'ankle-feel': 'Do your ankles change size during the day?',
  'urgent-symptoms': 'Do you have any of these right now?',
  'fat-pattern': 'Do any of these describe your legs?',
  swelling: 'Do you have any swelling like this?',
  veins: 'Have you noticed any of these on your lower legs?',
  technique: 'Which kind of liposuction are you considering?',
  'technique-appeal': 'What draws you to this method?',
  'other-procedures': 'Are you thinking of having other procedures on the same day?',
  'body-size': 'What are your height and weight?',
  'weight-history': 'Your weight over time',
  'weight-change-amount': 'About how much has your weight changed?',
  'weight-medicine': 'Do you take a GLP-1 medicine, for weight or for diabetes?',
  pregnancy: 'Are you pregnant or breastfeeding, or might you be pregnant in the future?',
  age: 'How old are you?',
  nicotine: 'Do you smoke, vape or use nicotine in any form?',
  'clot-risk': 'Do any of these apply to you?',
  medicines: 'Medicines and supplements',
  conditions: 'Do you have any of these conditions?',
  'diabetes-control': 'How well controlled is your diabetes?',
  'leg-history': 'Have you had any of these treatments on or near your legs?',
  expectations: 'How much change are you hoping for?',
  recovery: 'Time to recover',
  wellbeing: 'How you feel about your legs',
  priorities: 'What matters most to you',
  options: 'Your options side by side',
  sure: 'How sure do you feel?',
  surgeon: 'Have you chosen a surgeon?',
  'surgeon-board': 'Which board certifies the surgeon?',
  facility: 'Where would the operation happen?',
  'own-questions': 'Your own questions for the surgeon (optional)',
};

const NONE = ['None of these'] as const;

/**
 * Someone with steady weight and no risk factors: "None of these" wherever it is offered,
 * traditional liposuction, 5 ft 6 in and 140 lb (BMI 22.6), a chosen surgeon certified by the
 * American Board of Plastic Surgery, operating in a hospital. Every page has an answer here,
 * follow-ups included, so a person only has to say what differs.
 */
export const CALM_ANSWERS: Readonly<Record<StepId, PageAnswers>> = {
  area: { 'Which area would you like to change?': 'My calves', 'Is it one leg or both?': 'Both legs' },
  concerns: { 'What bothers you about them?': ['They look too big'] },
  'calf-feel': { 'How do your calves feel when you stand on tiptoe?': 'Mostly soft: I can pinch a layer of fat' },
  'ankle-feel': { 'Do your ankles change size during the day?': 'No, they look the same all day' },
  'urgent-symptoms': { 'Do you have any of these right now?': NONE },
  'fat-pattern': { 'Do any of these describe your legs?': NONE },
  swelling: { 'Do you have any swelling like this?': NONE },
  veins: { 'Have you noticed any of these on your lower legs?': NONE },
  technique: { 'Which kind of liposuction are you considering?': 'Traditional liposuction' },
  'technique-appeal': { 'What draws you to this method?': NONE },
  'other-procedures': { 'Are you thinking of having other procedures on the same day?': 'No' },
  'body-size': {
    'Which units do you want to use?': 'Feet, inches and pounds',
    'Height (feet)': typed('5'),
    Inches: typed('6'),
    'Weight (pounds)': typed('140'),
  },
  'weight-history': {
    'How has your weight changed in the last 12 months?': 'It has stayed about the same',
    'Do you plan to lose or gain weight?': 'No, I plan to stay about the same',
  },
  'weight-change-amount': { 'About how much has your weight changed?': 'A little: less than 5% of my weight' },
  'weight-medicine': { 'Do you take a GLP-1 medicine, for weight or for diabetes?': 'No' },
  pregnancy: { 'Are you pregnant or breastfeeding, or might you be pregnant in the future?': 'No' },
  age: { 'How old are you?': '18 to 40' },
  nicotine: { 'Do you smoke, vape or use nicotine in any form?': 'No' },
  'clot-risk': { 'Do any of these apply to you?': NONE },
  medicines: { 'Do you take any of these?': NONE },
  conditions: { 'Do you have any of these conditions?': NONE },
  'diabetes-control': { 'How well controlled is your diabetes?': 'Well controlled' },
  'leg-history': { 'Have you had any of these treatments on or near your legs?': NONE },
  expectations: { 'How much change are you hoping for?': 'A small change: a slimmer, smoother outline' },
  recovery: {
    'How much time could you take off work or daily tasks?': 'More than 2 weeks',
    'Would someone be able to help you at home for the first few days?': 'Yes',
  },
  wellbeing: {
    'How much do you worry about how your legs look?': 'Not at all',
    'On a typical day, how long do you spend thinking about how your legs look?': 'Less than an hour',
    'Does it stop you from doing things you would like to do?': 'Never',
  },
  priorities: {
    'How much does a short recovery matter to you?': 'Matters a little',
    'How much does the lowest chance of a lasting problem matter to you?': 'Matters a lot',
    'How much does a change that others would notice matter to you?': 'Matters a little',
    'How much does keeping the cost down matter to you?': 'Matters a little',
    'How much does a result that lasts matter to you?': 'Matters a lot',
    'How much does not having an operation matter to you?': 'Does not matter much',
  },
  // A page to read: Continue is all it asks.
  options: {},
  sure: {
    'Do you feel sure which choice is best for you?': 'Yes',
    'Do you know the good points and the risks of each option?': 'Yes',
    'Are you clear which good points and risks matter most to you?': 'Yes',
    'Do you have enough support and advice to choose?': 'Yes',
  },
  surgeon: { 'Have you chosen a surgeon?': 'Yes, I have chosen one' },
  'surgeon-board': { 'Which board certifies the surgeon?': 'The American Board of Plastic Surgery' },
  facility: { 'Where would the operation happen?': 'In a hospital' },
  // Optional: a calm person has no questions of their own and leaves every box empty.
  'own-questions': {},
};

/** One page on a person's way through: the heading they should see and what they answer. */
export interface PageVisit {
  step: StepId;
  heading: string;
  answers: PageAnswers;
}

export interface Person {
  /** What differs from CALM_ANSWERS, merged question by question into that page's answers. */
  answers?: Partial<Record<StepId, PageAnswers>>;
  /** The follow-up pages this person's answers should open, which the route must show. */
  followUps: readonly FollowUp[];
}

/**
 * The pages a person should see, in order, with their answers. The order is the app's own page
 * list (STEP_IDS), which the route must keep to; the person's follow-ups decide which of the
 * optional pages are in it.
 */
export function journey(person: Person): PageVisit[] {
  return STEP_IDS.filter(
    (step) => !FOLLOW_UPS.includes(step) || (person.followUps as readonly StepId[]).includes(step),
  ).map((step) => ({
    step,
    heading: HEADINGS[step],
    answers: { ...CALM_ANSWERS[step], ...person.answers?.[step] },
  }));
}

/** The get-help page's heading: "now" for chest pain or breathlessness, "today" for the leg alone. */
export const GET_HELP_NOW = 'Get medical help now';
export const GET_HELP_TODAY = 'Get medical help today';
export const CONTINUE_PREPARING = 'I have got help – continue preparing';

/** The get-help page Continue leads to from this visit, when it ticks an urgent symptom. */
export function getHelpHeading(visit: PageVisit): string | undefined {
  if (visit.step !== 'urgent-symptoms') return undefined;
  const ticked = Object.values(visit.answers).flat().map(String);
  if (ticked.includes('Sudden shortness of breath or chest pain')) return GET_HELP_NOW;
  if (ticked.includes('One leg has newly swollen and is painful, warm or red')) return GET_HELP_TODAY;
  return undefined;
}
