import {
  EXPECTATION_VALUES,
  HOLDS_BACK_VALUES,
  SUPPORT_VALUES,
  THINKING_TIME_VALUES,
  TIME_OFF_VALUES,
  WORRY_VALUES,
} from '../answers/schemas/readiness-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Expectations and recovery';

export const expectationsContent: PageContent<'expectations'> = {
  section: SECTION,
  title: 'How much change are you hoping for?',
  questions: [
    {
      kind: 'radio',
      name: 'change',
      legend: 'How much change are you hoping for?',
      shortLabel: 'Change hoped for',
      options: options(EXPECTATION_VALUES, {
        subtle: 'A small change: a slimmer, smoother outline',
        clear: 'A clear change that others might notice',
        dramatic: 'A completely different shape',
        unsure: 'I am not sure',
      }),
    },
  ],
};

export const recoveryContent: PageContent<'recovery'> = {
  section: SECTION,
  title: 'Time to recover',
  lead: 'Lower legs often stay swollen for months, and you may wear tight garments for weeks.',
  questions: [
    {
      kind: 'radio',
      name: 'timeOff',
      legend: 'How much time could you take off work or daily tasks?',
      shortLabel: 'Time off',
      options: options(TIME_OFF_VALUES, {
        'under-1-week': 'Less than a week',
        '1-2-weeks': '1 to 2 weeks',
        'over-2-weeks': 'More than 2 weeks',
        unsure: 'I am not sure',
      }),
    },
    {
      kind: 'radio',
      name: 'support',
      legend: 'Would someone be able to help you at home for the first few days?',
      shortLabel: 'Help at home',
      options: options(SUPPORT_VALUES, { yes: 'Yes', no: 'No', unsure: 'I am not sure' }),
    },
  ],
};

export const wellbeingContent: PageContent<'wellbeing'> = {
  section: SECTION,
  title: 'How you feel about your legs',
  lead: 'There are no right or wrong answers. Many people think about their looks; these questions help you and your surgeon talk about it.',
  questions: [
    {
      kind: 'radio',
      name: 'worry',
      legend: 'How much do you worry about how your legs look?',
      shortLabel: 'Worry about how your legs look',
      options: options(WORRY_VALUES, {
        'not-at-all': 'Not at all',
        'a-little': 'A little',
        'quite-a-lot': 'Quite a lot',
        'a-great-deal': 'A great deal',
      }),
    },
    {
      kind: 'radio',
      name: 'thinkingTime',
      legend: 'On a typical day, how long do you spend thinking about how your legs look?',
      shortLabel: 'Time spent thinking about it each day',
      options: options(THINKING_TIME_VALUES, {
        'under-1-hour': 'Less than an hour',
        '1-3-hours': '1 to 3 hours',
        'over-3-hours': 'More than 3 hours',
      }),
    },
    {
      kind: 'radio',
      name: 'holdsBack',
      legend: 'Does it stop you from doing things you would like to do?',
      hint: 'For example wearing shorts or skirts, swimming, or going out.',
      shortLabel: 'Stops you doing things',
      options: options(HOLDS_BACK_VALUES, { never: 'Never', sometimes: 'Sometimes', often: 'Often' }),
    },
  ],
};
