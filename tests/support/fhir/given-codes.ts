import type { Answers } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { questionLinkId } from '../../../src/fhir/fhir-identity';
import type { GivenCodes } from './enabled-items';

/** Every choice answer as codes by question linkId, as a FHIR form filled in with them would hold them. */
export function givenCodes(answers: Answers): GivenCodes {
  const given = new Map<string, string[]>();
  for (const step of STEP_IDS) {
    const values: Readonly<Record<string, unknown>> | undefined = answers[step];
    if (!values) continue;
    for (const [field, declaration] of Object.entries(QUESTION_PAGES[step].fields)) {
      if (declaration.kind !== 'radio' && declaration.kind !== 'checkbox') continue;
      const value = values[field];
      const codes = (Array.isArray(value) ? value : [value]).filter((code): code is string => typeof code === 'string');
      given.set(questionLinkId(step, field), codes);
    }
  }
  return given;
}
