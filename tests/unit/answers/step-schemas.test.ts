import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { parsedBy, schemaOf } from './schema-helpers';
import { VALID_INPUTS, VALID_OUTPUTS } from '../../support/answers/valid-inputs';

describe('stepSchemas', () => {
  it('has exactly one schema per page', () => {
    expect(Object.keys(stepSchemas).sort()).toEqual([...STEP_IDS].sort());
  });

  it.each(STEP_IDS)('%s: a valid form parses to the expected answers', (step) => {
    expect(parsedBy(schemaOf(step), VALID_INPUTS[step])).toStrictEqual(VALID_OUTPUTS[step]);
  });

  it.each(STEP_IDS)('%s: an empty form does not parse', (step) => {
    expect(schemaOf(step).safeParse({}).success).toBe(false);
  });

  // Body size is left out: its saved numbers go back into the form as text.
  it.each(STEP_IDS.filter((step) => step !== 'body-size'))('%s: a parsed answer parses again to itself', (step) => {
    expect(parsedBy(schemaOf(step), VALID_OUTPUTS[step])).toStrictEqual(VALID_OUTPUTS[step]);
  });
});
