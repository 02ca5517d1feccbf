import { expect, test } from '@playwright/test';
import sample from './fixtures/host/lforms-sample-questionnaire.json' with { type: 'json' };
import { findItem, LFORMS_SAMPLE_QUESTIONNAIRE, lformsResponse, linkIdTree, openInLForms } from './support/lforms';

// The harness for the FHIR interop test: a Questionnaire shaped as the app's generator will make
// it (one group per page, coded choices, enableWhen, a quantity with units), loaded into LHC-Forms
// (an independent FHIR renderer), answered there, and read back as LHC-Forms' own
// QuestionnaireResponse. Once the build writes dist/fhir/questionnaire.json the same helpers
// open it at LFORMS_APP_QUESTIONNAIRE.

const SYSTEM = 'https://example.org/fhir/CodeSystem/calf-ankle-lipo-prep';
const UCUM = 'http://unitsofmeasure.org';

test('LHC-Forms renders the sample Questionnaire from 127.0.0.1 only and exports its own QuestionnaireResponse', async ({
  page,
}) => {
  // Recorded from the first request on: the page, LHC-Forms and the JSON must all be local.
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  const loaded = await openInLForms(page, LFORMS_SAMPLE_QUESTIONNAIRE);
  expect(loaded).toEqual({ url: sample.url, version: sample.version, lforms: '40.1.3' });

  // itemControl radio-button and check-box: radios and checkboxes, named by their option's display.
  const area = page.getByRole('radiogroup', { name: 'Which part of your legs are you thinking about?' });
  await expect(area.getByRole('radio')).toHaveCount(3);
  // The group behind enableWhen (area.area = calves or both, enableBehavior any) starts hidden.
  const concerns = page.getByRole('checkbox', { name: 'Their size' });
  await expect(concerns).toBeHidden();

  await area.getByRole('radio', { name: 'My calves', exact: true }).click();
  await expect(concerns).toBeVisible();
  await concerns.click();
  const shape = page.getByRole('checkbox', { name: 'Their shape' });
  await shape.click();
  await expect(concerns).toBeChecked();
  await expect(shape).toBeChecked();
  await page.getByRole('textbox', { name: 'How tall are you?' }).fill('170');

  const response = await lformsResponse(page);
  expect(response.resourceType).toBe('QuestionnaireResponse');
  expect(response.questionnaire).toBe(`${sample.url}|${sample.version}`);
  // Each answered question inside its group, in the Questionnaire's order; nothing unanswered.
  expect(linkIdTree(response.item)).toEqual([
    { area: ['area.area'] },
    { concerns: ['concerns.concerns'] },
    { 'body-size': ['body-size.height'] },
  ]);
  expect(findItem(response.item, 'area.area')?.answer).toEqual([
    { valueCoding: { system: SYSTEM, code: 'calves', display: 'My calves' } },
  ]);
  // A repeating choice: one item, one answer per ticked option.
  expect(findItem(response.item, 'concerns.concerns')?.answer?.map((answer) => answer.valueCoding?.code)).toEqual([
    'size',
    'shape',
  ]);
  // The first unitOption is chosen before anyone picks one.
  expect(findItem(response.item, 'body-size.height')?.answer).toEqual([
    { valueQuantity: { value: 170, unit: 'cm', code: 'cm', system: UCUM } },
  ]);

  // Another answer hides the group again, and LHC-Forms leaves its answers out of the response.
  await area.getByRole('radio', { name: 'My ankles', exact: true }).click();
  await expect(concerns).toBeHidden();
  const afterChange = await lformsResponse(page);
  expect(findItem(afterChange.item, 'area.area')?.answer?.[0]?.valueCoding?.code).toBe('ankles');
  expect(findItem(afterChange.item, 'concerns')).toBeUndefined();

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
});
