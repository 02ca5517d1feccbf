import { expect, test, type Page } from '@playwright/test';
import pages from '../../src/i18n/en/pages.json' with { type: 'json' };
import ui from '../../src/i18n/en/ui.json' with { type: 'json' };
import { answerSystem } from '../../src/fhir/fhir-identity';
import { choiceGroup, expectHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import {
  findItem,
  LFORMS_APP_QUESTIONNAIRE,
  LFORMS_ORIGIN,
  lformsResponse,
  linkIdTree,
  openInLForms,
} from './support/lforms';

// The interop check in a real browser: the built Questionnaire (dist/fhir/questionnaire.json)
// rendered by LHC-Forms, an independent FHIR renderer served from node_modules on 127.0.0.1,
// answered there, and LHC-Forms' own QuestionnaireResponse taken back into the app through
// "Continue from a saved file", which must show the same answers.

/** The parts of the built Questionnaire this test reads. */
interface BuiltItem {
  linkId: string;
  text?: string;
  item?: BuiltItem[];
  answerOption?: { valueCoding: { system: string; code: string; display: string } }[];
}
interface BuiltQuestionnaire {
  url: string;
  version: string;
  item: BuiltItem[];
}

function findBuilt(items: BuiltItem[] | undefined, linkId: string): BuiltItem | undefined {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const nested = findBuilt(item.item, linkId);
    if (nested) return nested;
  }
  return undefined;
}

/** The built item with this linkId, at any depth; the test stops if there is none. */
function builtItem(questionnaire: BuiltQuestionnaire, linkId: string): BuiltItem & { text: string } {
  const item = findBuilt(questionnaire.item, linkId);
  if (!item?.text) throw new Error(`No item ${linkId} with a text in the built Questionnaire`);
  return { ...item, text: item.text };
}

/** The display LHC-Forms shows for one option, from the Questionnaire itself. */
function display(questionnaire: BuiltQuestionnaire, linkId: string, code: string): string {
  const option = builtItem(questionnaire, linkId).answerOption?.find((each) => each.valueCoding.code === code);
  if (!option) throw new Error(`No option ${code} in ${linkId}`);
  return option.valueCoding.display;
}

/** The LHC-Forms group of radios for one question: named by the question's text (and " *" when required). */
function lformsRadios(page: Page, questionnaire: BuiltQuestionnaire, linkId: string) {
  return page.getByRole('radiogroup', { name: builtItem(questionnaire, linkId).text });
}

/** One LHC-Forms checkbox: named "Checkbox ‹option› for ‹question›". */
function lformsCheckbox(page: Page, questionnaire: BuiltQuestionnaire, linkId: string, code: string) {
  const name = `Checkbox ${display(questionnaire, linkId, code)} for ${builtItem(questionnaire, linkId).text}`;
  return page.getByRole('checkbox', { name, exact: true });
}

const AREA = pages.area.questions;
const CONCERNS = pages.concerns.questions.concerns.options;

test('a page answered in LHC-Forms from the built Questionnaire comes back into the app with the same answers', async ({
  page,
  context,
  request,
}) => {
  // Every request of every tab in this context, from the first one on: all must stay on 127.0.0.1.
  const requested: string[] = [];
  context.on('request', (sent) => requested.push(sent.url()));

  // The same file LHC-Forms is given: what the build wrote.
  const built = await request.get(`${LFORMS_ORIGIN}${LFORMS_APP_QUESTIONNAIRE}`);
  expect(built.ok()).toBe(true);
  const questionnaire = (await built.json()) as BuiltQuestionnaire;
  const loaded = await openInLForms(page, LFORMS_APP_QUESTIONNAIRE);
  expect(loaded).toMatchObject({ url: questionnaire.url, version: questionnaire.version });

  // The first page's questions, as radios, with their options.
  const area = lformsRadios(page, questionnaire, 'area.area');
  const legs = lformsRadios(page, questionnaire, 'area.legs');
  await expect(area).toBeVisible();
  await expect(legs).toBeVisible();
  await expect(area.getByRole('radio')).toHaveCount(3);
  expect(builtItem(questionnaire, 'area.area').text).toBe(AREA.area.legend);

  // The calf and ankle pages are each behind their condition on area.area.
  const calfPage = page.getByText(builtItem(questionnaire, 'calf-feel').text, { exact: true });
  const anklePage = page.getByText(builtItem(questionnaire, 'ankle-feel').text, { exact: true });
  await expect(calfPage).toHaveCount(0);
  await expect(anklePage).toHaveCount(0);
  await area.getByRole('radio', { name: display(questionnaire, 'area.area', 'ankles'), exact: true }).click();
  await expect(anklePage.first()).toBeVisible();
  await expect(calfPage).toHaveCount(0);
  await legs.getByRole('radio', { name: display(questionnaire, 'area.legs', 'both-legs'), exact: true }).click();

  // The second page: a checkbox list; two of its options ticked.
  const ticked = ['size', 'clothes-fit'] as const;
  for (const code of ticked) {
    const box = lformsCheckbox(page, questionnaire, 'concerns.concerns', code);
    await box.click();
    await expect(box).toBeChecked();
  }

  const response = await lformsResponse(page);
  expect(response.resourceType).toBe('QuestionnaireResponse');
  expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
  expect(linkIdTree(response.item)).toEqual([
    { area: ['area.area', 'area.legs'] },
    { concerns: ['concerns.concerns'] },
  ]);
  const codes = (linkId: string) => findItem(response.item, linkId)?.answer?.map((answer) => answer.valueCoding);
  expect(codes('area.area')).toEqual([expect.objectContaining({ system: answerSystem('area.area'), code: 'ankles' })]);
  expect(codes('area.legs')).toEqual([
    expect.objectContaining({ system: answerSystem('area.legs'), code: 'both-legs' }),
  ]);
  expect(codes('concerns.concerns')).toEqual(
    ticked.map((code) => expect.objectContaining({ system: answerSystem('concerns.concerns'), code })),
  );

  // LHC-Forms' file, untouched, into the app in a tab of its own.
  const app = await context.newPage();
  await app.goto('/');
  await expectHeading(app, ui.intro.title);
  // The prerendered start page is on screen before the app that reads the file has started.
  await appStarted(app);
  await app.getByLabel(ui.savedFile.label, { exact: true }).setInputFiles({
    name: 'lforms-answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(response)),
  });
  await app.getByRole('button', { name: ui.savedFile.continue, exact: true }).click();

  // The first page the file leaves unanswered: for ankles, the ankle page (not the calf one).
  await expectHeading(app, pages['ankle-feel'].title);
  // Nothing in LHC-Forms' file was left out or taken for another version's.
  await expect(app.getByText(ui.savedFile.droppedHeading)).toHaveCount(0);
  await expect(app.getByText(ui.savedFile.otherVersion)).toHaveCount(0);
  const back = app.getByRole('button', { name: ui.form.back, exact: true });

  await back.click();
  await expectHeading(app, pages.concerns.title);
  const concerns = choiceGroup(app, pages.concerns.questions.concerns.legend);
  for (const [code, label] of Object.entries(CONCERNS)) {
    const box = concerns.getByRole('checkbox', { name: typeof label === 'string' ? label : label.label, exact: true });
    if ((ticked as readonly string[]).includes(code)) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }

  await back.click();
  await expectHeading(app, pages.area.title);
  await expect(
    choiceGroup(app, AREA.area.legend).getByRole('radio', { name: AREA.area.options.ankles, exact: true }),
  ).toBeChecked();
  await expect(
    choiceGroup(app, AREA.legs.legend).getByRole('radio', { name: AREA.legs.options['both-legs'], exact: true }),
  ).toBeChecked();

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
});
