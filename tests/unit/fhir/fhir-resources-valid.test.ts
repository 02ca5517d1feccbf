import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSystemsOf } from '../../../src/fhir/code-systems';
import { routeOf } from '../../../src/flow/route';
import { imperial } from '../../support/answers/body-size-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { PERSONAS } from '../../support/answers/personas';
import { questionnaire, responseFor } from '../../support/fhir/fhir-fixtures';
import { questionnaireFailures, responseFailures } from '../../support/fhir/fhir-invariants';
import {
  codeSystemSchemaErrors,
  questionnaireSchemaErrors,
  responseSchemaErrors,
} from '../../support/fhir/fhir-schema';

// Compiling the schema's definitions takes seconds, many more on a loaded machine: done once, here,
// with room to spare, so the tests below only validate.
beforeAll(() => {
  questionnaireSchemaErrors({});
  responseSchemaErrors({});
  codeSystemSchemaErrors({});
}, 240_000);

describe('the Questionnaire', () => {
  it('is valid FHIR R4 by the official JSON schema', () => {
    expect(questionnaireSchemaErrors(questionnaire)).toEqual([]);
  });

  it("keeps FHIR's invariants: unique linkIds, groups with items, enableWhen on questions it has", () => {
    expect(questionnaireFailures(questionnaire)).toEqual([]);
  });

  it('is refused when damaged, so the checks above can fail', () => {
    const damaged: Questionnaire = structuredClone(questionnaire);
    const [first, second] = damaged.item ?? [];
    if (!first || !second) throw new Error('no pages');
    Object.assign(first, { type: 'grup' });
    second.linkId = first.linkId;
    expect(questionnaireSchemaErrors(damaged)).not.toEqual([]);
    expect(questionnaireFailures(damaged)).toContain('que-2 at Questionnaire');
  });

  it("comes with a valid code system for every choice question, listing the question's codes", () => {
    const bundle = codeSystemsOf(questionnaire);
    const choiceCount = JSON.stringify(questionnaire).match(/"type":"choice"/g)?.length;
    expect(bundle.entry).toHaveLength(choiceCount ?? 0);
    for (const entry of bundle.entry ?? []) expect(codeSystemSchemaErrors(entry.resource)).toEqual([]);
    const area = bundle.entry?.find((entry) => entry.resource?.url?.endsWith('/area.area'))?.resource;
    expect(area?.concept?.map((concept) => concept.code)).toEqual(['calves', 'ankles', 'both']);
  });
});

describe('height and weight', () => {
  const sizeItems = questionnaire.item?.find((page) => page.linkId === 'body-size')?.item ?? [];
  const unitsOf = (linkId: string) =>
    sizeItems
      .find((item) => item.linkId === linkId)
      ?.extension?.map(({ valueCoding }) => `${valueCoding?.code ?? ''} ${valueCoding?.display ?? ''}`);

  it('offer UCUM units that a form tool lists by the symbol a person reads', () => {
    expect(unitsOf('body-size.height')).toEqual(['cm cm', '[in_i] in']);
    expect(unitsOf('body-size.weight')).toEqual(['kg kg', '[lb_av] lb']);
  });

  it('are answered with that symbol beside the UCUM code', () => {
    const size = responseFor(quiet(imperial(5, 4, 200))).item?.find((page) => page.linkId === 'body-size')?.item;
    expect(size?.flatMap((item) => item.answer?.flatMap(({ valueQuantity }) => valueQuantity ?? []) ?? [])).toEqual([
      { value: 64, unit: 'in', system: 'http://unitsofmeasure.org', code: '[in_i]' },
      { value: 200, unit: 'lb', system: 'http://unitsofmeasure.org', code: '[lb_av]' },
    ]);
  });
});

describe('the QuestionnaireResponse', () => {
  it('holds the pages on the route and no other, for every persona', () => {
    for (const persona of Object.values(PERSONAS)) {
      const response = responseFor(persona);
      expect(response.item?.map((item) => item.linkId)).toEqual(routeOf(persona).answered);
      expect(responseSchemaErrors(response)).toEqual([]);
      expect(responseFailures(response, questionnaire)).toEqual([]);
    }
  });

  it('is refused when it answers a page the route skips or gives a code the question does not offer', () => {
    const [persona] = Object.values(PERSONAS);
    if (!persona) throw new Error('no personas');
    const response: QuestionnaireResponse = structuredClone(responseFor(persona));
    const skipped = routeOf(persona).answered.includes('facility') ? 'calf-feel' : 'facility';
    response.item?.push({ linkId: skipped, item: [] });
    const coding = response.item?.[0]?.item?.[0]?.answer?.[0]?.valueCoding;
    if (coding) coding.code = 'knees';
    const failures = responseFailures(response, questionnaire);
    expect(failures).toContain(`answered but not enabled: ${skipped}`);
    expect(failures).toContain('code not offered: knees');
  });
});
