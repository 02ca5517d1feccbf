import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { storedAnswersSchema } from '../../../src/answers/stored-answers-schema';

describe('"I am not sure" in a tick-box list', () => {
  it('may go with real options but never with "None of these"', () => {
    expect(stepSchemas['clot-risk'].safeParse({ factors: ['estrogen', 'unsure'] }).success).toBe(true);
    const both = stepSchemas['clot-risk'].safeParse({ factors: ['none', 'unsure'] });
    expect(both.success).toBe(false);
    expect(both.error?.issues.map((issue) => issue.message)).toContain('none-alone');
  });
});

describe('"Prefer not to say"', () => {
  it('is an answer on pregnancy and on each feelings question', () => {
    expect(stepSchemas.pregnancy.safeParse({ pregnancy: 'prefer-not-to-say' }).success).toBe(true);
    const wellbeing = { worry: 'prefer-not-to-say', thinkingTime: 'prefer-not-to-say', holdsBack: 'prefer-not-to-say' };
    expect(stepSchemas.wellbeing.safeParse(wellbeing).success).toBe(true);
  });
});

describe('the "Something else" box', () => {
  it('keeps the words, trimmed, while "Something else" is ticked', () => {
    const parsed = stepSchemas.concerns.parse({ concerns: ['other'], otherConcern: '  My knees  ' });
    expect(parsed).toEqual({ concerns: ['other'], otherConcern: 'My knees' });
  });

  it('drops the words, whatever their length, once "Something else" is unticked', () => {
    const parsed = stepSchemas.concerns.parse({ concerns: ['size'], otherConcern: 'x'.repeat(500) });
    expect(parsed.otherConcern).toBeUndefined();
  });

  it('refuses more than 100 characters', () => {
    const result = stepSchemas.concerns.safeParse({ concerns: ['other'], otherConcern: 'x'.repeat(101) });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['concerns.otherConcern-too-long']);
  });
});

describe('a session saved before these options', () => {
  it('still loads: every new option and box is an addition', () => {
    const saved = {
      concerns: { concerns: ['size', 'other'] },
      'clot-risk': { factors: ['none'] },
      pregnancy: { pregnancy: 'no' },
      wellbeing: { worry: 'a-little', thinkingTime: 'under-1-hour', holdsBack: 'never' },
    };
    expect(storedAnswersSchema.safeParse(saved).success).toBe(true);
  });
});
