import fc from 'fast-check';
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { CONTENT_VERSION } from '../../../src/content/content-version';
import { FHIR_BASE, QUESTIONNAIRE_URL } from '../../../src/fhir/fhir-identity';
import { SAVED_FILE_MAX_BYTES, readQuestionnaireResponse } from '../../../src/fhir/read-questionnaire-response';
import { activeAnswers } from '../../../src/flow/route';
import { PERSONAS } from '../../support/answers/personas';
import { responseFor } from '../../support/fhir/fhir-fixtures';
import { completeAnswers } from '../property/answer-arbitraries';

/** A height of whole feet reads back with 0 inches: the same height, shown the same way. */
function sameHeight(answers: Answers): Answers {
  const size = answers['body-size'];
  if (size?.units !== 'imperial' || size.feet === undefined) return answers;
  return { ...answers, 'body-size': { ...size, inches: size.inches ?? 0 } };
}

const [persona] = Object.values(PERSONAS);
if (!persona) throw new Error('no personas');
const saved = (): QuestionnaireResponse => structuredClone(responseFor(persona));
const text = (value: unknown) => JSON.stringify(value);

describe('reading a saved QuestionnaireResponse', () => {
  it('gives back the answers on the route, in either language, for any answers', () => {
    fc.assert(
      fc.property(completeAnswers, fc.constantFrom('en' as const, 'es' as const), (answers, locale) => {
        const result = readQuestionnaireResponse(text(responseFor(answers, locale)));
        expect(result).toEqual({ status: 'loaded', answers: sameHeight(activeAnswers(answers)), locale, dropped: [] });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['truncated', text(saved()).slice(0, 500), 'not-json'],
    ['not JSON at all (an image)', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'not-json'],
    ['another kind of resource', text({ resourceType: 'Patient', id: 'x' }), 'not-a-response'],
    ['a JSON list', '[1, 2, 3]', 'not-a-response'],
    [
      'an answer to another questionnaire',
      text({ ...saved(), questionnaire: 'http://loinc.org/q/12345|1' }),
      'other-questionnaire',
    ],
    ['huge', text({ ...saved(), padding: 'x'.repeat(SAVED_FILE_MAX_BYTES) }), 'too-large'],
    ['ours with no pages', text({ ...saved(), item: [] }), 'nothing-usable'],
  ])('refuses a file that is %s', (_, contents, reason) => {
    expect(readQuestionnaireResponse(contents)).toEqual({ status: 'refused', reason });
  });

  it.each([
    ['an option the question does not have', (item: Record<string, unknown>) => Object.assign(item, { code: 'knees' })],
    ['another question’s code system', (item: Record<string, unknown>) => Object.assign(item, { system: 'http://x' })],
  ])('refuses a file of this version with %s: it was damaged or edited', (_, tamper) => {
    const response = saved();
    const coding = response.item?.[0]?.item?.[0]?.answer?.[0]?.valueCoding;
    if (!coding) throw new Error('no coding');
    tamper(coding as Record<string, unknown>);
    expect(readQuestionnaireResponse(text(response))).toEqual({ status: 'refused', reason: 'damaged' });
  });

  it('refuses a file of this version with a text longer than its box allows', () => {
    const response = saved();
    const page = response.item?.find((item) => item.linkId === 'own-questions');
    if (!page) throw new Error('no own questions page');
    page.item = [{ linkId: 'own-questions.question1', answer: [{ valueString: 'x'.repeat(151) }] }];
    expect(readQuestionnaireResponse(text(response))).toEqual({ status: 'refused', reason: 'damaged' });
  });

  it('from an older version, loads what still fits and names the pages dropped', () => {
    const response = saved();
    response.questionnaire = `${QUESTIONNAIRE_URL}|2026.06`;
    const coding = response.item?.find((item) => item.linkId === 'technique')?.item?.[0]?.answer?.[0]?.valueCoding;
    if (!coding) throw new Error('no technique answer');
    coding.code = 'ultrasound';
    const result = readQuestionnaireResponse(text(response));
    expect(result).toMatchObject({ status: 'loaded', dropped: ['technique'], otherVersion: '2026.06' });
    if (result.status !== 'loaded') return;
    expect(result.answers.technique).toBeUndefined();
    expect(result.answers.area).toEqual(persona.area);
  });

  it('treats a page another form tool left part-way as still to answer', () => {
    const response = saved();
    const area = response.item?.find((item) => item.linkId === 'area');
    if (!area) throw new Error('no area page');
    area.item = area.item?.filter((item) => item.linkId !== 'area.legs');
    const result = readQuestionnaireResponse(text(response));
    expect(result).toMatchObject({ status: 'loaded', dropped: [] });
    if (result.status === 'loaded') expect(result.answers.area).toBeUndefined();
  });

  it('reads a height in inches and a weight in pounds back into feet, inches and pounds', () => {
    const response = saved();
    const size = response.item?.find((item) => item.linkId === 'body-size');
    if (!size) throw new Error('no body-size page');
    size.item = [
      {
        linkId: 'body-size.units',
        answer: [{ valueCoding: { system: `${FHIR_BASE}/CodeSystem/body-size.units`, code: 'imperial' } }],
      },
      { linkId: 'body-size.height', answer: [{ valueQuantity: { value: 67, code: '[in_i]' } }] },
      { linkId: 'body-size.weight', answer: [{ valueQuantity: { value: 150, code: '[lb_av]' } }] },
    ];
    const result = readQuestionnaireResponse(text(response));
    if (result.status !== 'loaded') throw new Error(`refused: ${result.reason}`);
    expect(result.answers['body-size']).toEqual({ units: 'imperial', feet: 5, inches: 7, pounds: 150 });
  });

  it('converts a height or weight given in the other unit the Questionnaire offers, as the page does', () => {
    const response = saved();
    const size = response.item?.find((item) => item.linkId === 'body-size');
    if (!size) throw new Error('no body-size page');
    const units = (code: string) => ({
      linkId: 'body-size.units',
      answer: [{ valueCoding: { system: `${FHIR_BASE}/CodeSystem/body-size.units`, code } }],
    });
    const measured = (field: string, value: number, code: string) => ({
      linkId: `body-size.${field}`,
      answer: [{ valueQuantity: { value, code } }],
    });
    // LHC-Forms starts each box in centimetres and kilograms, whatever units were chosen.
    size.item = [units('imperial'), measured('height', 170, 'cm'), measured('weight', 65, 'kg')];
    let result = readQuestionnaireResponse(text(response));
    if (result.status !== 'loaded') throw new Error(`refused: ${result.reason}`);
    expect(result.answers['body-size']).toEqual({ units: 'imperial', feet: 5, inches: 7, pounds: 143 });

    size.item = [units('metric'), measured('height', 67, '[in_i]'), measured('weight', 150, '[lb_av]')];
    result = readQuestionnaireResponse(text(response));
    if (result.status !== 'loaded') throw new Error(`refused: ${result.reason}`);
    expect(result.answers['body-size']).toEqual({ units: 'metric', centimetres: 170, kilograms: 68 });

    // A unit the Questionnaire does not offer cannot be this version's answer.
    size.item = [units('metric'), measured('height', 5.5, '[ft_i]'), measured('weight', 65, 'kg')];
    expect(readQuestionnaireResponse(text(response))).toEqual({ status: 'refused', reason: 'damaged' });
  });

  it('says which version wrote it only when it is not this one', () => {
    expect(readQuestionnaireResponse(text(saved()))).not.toHaveProperty('otherVersion');
    expect(CONTENT_VERSION.version).not.toBe('2026.06');
  });
});
