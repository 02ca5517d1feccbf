import { typed } from './answer-page';
import type { Person } from './journeys';

/** Considering laser liposuction (SmartLipo) for the calves, and once had a blood clot. */
export const LASER_WITH_EARLIER_CLOT: Person = {
  answers: {
    technique: { 'Which kind of liposuction are you considering?': 'Laser liposuction' },
    'technique-appeal': { 'What draws you to this method?': ['Less pain'] },
    'clot-risk': { 'Do any of these apply to you?': ['I have had a blood clot'] },
  },
  followUps: ['calf-feel', 'technique-appeal', 'surgeon-board', 'facility'],
};

/** Fat on both legs alike that is tender, bruises easily and does not shrink with weight loss. */
export const LIPEDEMA_SIGNS: Person = {
  answers: {
    area: { 'Which area would you like to change?': 'Both my calves and my ankles' },
    concerns: { 'What bothers you about them?': ['They look too big', 'How boots, trousers or shoes fit'] },
    'fat-pattern': {
      'Do any of these describe your legs?': [
        'The extra fat is on both legs and looks about the same on each',
        'My legs hurt when they are pressed or knocked',
        'My legs bruise easily',
        'The fat on my legs does not shrink when I lose weight',
      ],
    },
    technique: { 'Which kind of liposuction are you considering?': 'Traditional liposuction' },
  },
  followUps: ['calf-feel', 'ankle-feel', 'surgeon-board', 'facility'],
};

/**
 * Steady weight, no risk factors: "None of these" everywhere, traditional liposuction, BMI 22.6,
 * a chosen surgeon certified by the American Board of Plastic Surgery, in a hospital.
 */
export const STEADY_AND_LOW_RISK: Person = {
  followUps: ['calf-feel', 'surgeon-board', 'facility'],
};

/** One leg has newly swollen and is painful: possibly a blood clot. */
export const ONE_SWOLLEN_PAINFUL_LEG: Person = {
  answers: {
    'urgent-symptoms': {
      'Do you have any of these right now?': ['One leg has newly swollen and is painful, warm or red'],
    },
  },
  followUps: ['calf-feel', 'surgeon-board', 'facility'],
};

/**
 * Calves and ankles, ankles that swell during the day, unsure of the technique, diabetes that
 * is not well controlled, no surgeon yet: opens the calf, ankle and diabetes follow-ups.
 */
export const ANKLES_DIABETES_NO_SURGEON: Person = {
  answers: {
    area: { 'Which area would you like to change?': 'Both my calves and my ankles' },
    concerns: { 'What bothers you about them?': ['Their shape', 'How boots, trousers or shoes fit'] },
    'calf-feel': { 'How do your calves feel when you stand on tiptoe?': 'Some of each' },
    'ankle-feel': { 'Do your ankles change size during the day?': 'Yes, they are bigger later in the day' },
    technique: { 'Which kind of liposuction are you considering?': 'I am not sure yet' },
    age: { 'How old are you?': '41 to 60' },
    conditions: { 'Do you have any of these conditions?': ['Diabetes'] },
    'diabetes-control': { 'How well controlled is your diabetes?': 'Not well controlled' },
    surgeon: { 'Have you chosen a surgeon?': 'Not yet' },
  },
  followUps: ['calf-feel', 'ankle-feel', 'diabetes-control'],
};

/**
 * A route through every page: calves and ankles, another energy-based device, weight that has
 * gone up and down by a lot, diabetes, a surgeon being compared; with chest pain ticked, so the urgent notice is on every later page.
 */
export const EVERY_PAGE: Person = {
  answers: {
    area: {
      'Which area would you like to change?': 'Both my calves and my ankles',
      'Is it one leg or both?': 'One leg only',
    },
    concerns: { 'What bothers you about them?': ['Their shape', 'My two legs look different from each other'] },
    'calf-feel': { 'How do your calves feel when you stand on tiptoe?': 'I am not sure' },
    'ankle-feel': { 'Do your ankles change size during the day?': 'I am not sure' },
    'urgent-symptoms': { 'Do you have any of these right now?': ['Sudden shortness of breath or chest pain'] },
    veins: {
      'Have you noticed any of these on your lower legs?': ['Small red, blue or purple thread veins (spider veins)'],
    },
    technique: { 'Which kind of liposuction are you considering?': 'Another energy-based method' },
    'technique-appeal': {
      'What draws you to this method?': ['Tighter skin afterwards', 'A surgeon or clinic suggested it'],
    },
    'weight-history': { 'How has your weight changed in the last 12 months?': 'It has gone up and down' },
    'weight-change-amount': { 'About how much has your weight changed?': 'A lot: more than 10% of my weight' },
    medicines: {
      'Do you take any of these?': ['A medicine for blood pressure', 'Another prescribed medicine'],
      'Names and doses, if you want to note them (optional)': typed(
        'Amlodipine 5 mg each morning; levothyroxine 50 micrograms',
      ),
    },
    conditions: { 'Do you have any of these conditions?': ['Diabetes', 'A kidney condition'] },
    'diabetes-control': { 'How well controlled is your diabetes?': 'I am not sure' },
    surgeon: { 'Have you chosen a surgeon?': 'I am comparing a few' },
    'surgeon-board': { 'Which board certifies the surgeon?': 'Another board' },
    facility: { 'Where would the operation happen?': 'In a procedure room at the surgeon’s office' },
  },
  followUps: [
    'calf-feel',
    'ankle-feel',
    'technique-appeal',
    'weight-change-amount',
    'diabetes-control',
    'surgeon-board',
    'facility',
  ],
};

const UNSURE = ['I am not sure'] as const;
const PREFER_NOT = 'I prefer not to say';

/**
 * Unsure on every tick-box page that offers it, preferring not to say wherever that is offered,
 * and bothered by something the list does not name, in their own words. Each doubt must reach
 * the summary as a question for a doctor, never as "None of these".
 */
export const UNSURE_EVERYWHERE: Person = {
  answers: {
    concerns: {
      'What bothers you about them?': ['They look too big', 'Something else'],
      'What else? (optional)': typed('The skin above my ankles sags'),
    },
    'fat-pattern': { 'Do any of these describe your legs?': UNSURE },
    swelling: { 'Do you have any swelling like this?': UNSURE },
    veins: { 'Have you noticed any of these on your lower legs?': UNSURE },
    pregnancy: { 'Are you pregnant or breastfeeding, or might you be pregnant in the future?': PREFER_NOT },
    'clot-risk': { 'Do any of these apply to you?': UNSURE },
    medicines: { 'Do you take any of these?': UNSURE },
    conditions: { 'Do you have any of these conditions?': UNSURE },
    'leg-history': { 'Have you had any of these treatments on or near your legs?': UNSURE },
    wellbeing: {
      'How much do you worry about how your legs look?': PREFER_NOT,
      'On a typical day, how long do you spend thinking about how your legs look?': PREFER_NOT,
      'Does it stop you from doing things you would like to do?': PREFER_NOT,
    },
  },
  followUps: ['calf-feel', 'surgeon-board', 'facility'],
};
