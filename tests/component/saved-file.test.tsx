import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QuestionnaireResponse } from 'fhir/r4';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/answers/answers';
import { QUESTIONNAIRE_URL } from '../../src/fhir/fhir-identity';
import { buildQuestionnaireResponse } from '../../src/fhir/questionnaire-response';
import { activeAnswers, routeOf } from '../../src/flow/route';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { summaryCatalogEn } from '../../src/i18n/en/summary-catalog-en';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { completeAnswers } from '../support/answers/complete-answers';
import { english } from '../support/english';
import { findPage, findPageWithFocus, loadChunkedPages } from '../support/pages';
import { renderApp } from '../support/render-app';

beforeAll(loadChunkedPages);

beforeEach(() => {
  // jsdom does not scroll; the app scrolls to the top on every page change.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const words = english.messages.ui.savedFile;
const CHECK_ANSWERS = 'Check your answers';
const START_PAGE = english.messages.ui.intro.title;

function savedResponse(answers: Answers = completeAnswers): QuestionnaireResponse {
  return buildQuestionnaireResponse({ answers, words: english, summary: summaryCatalogEn, authored: new Date() });
}

function fileOf(content: string, name = 'answers.json', type = 'application/json'): File {
  return new File([content], name, { type });
}

/** The rows check-answers lists, as "label: values" lines. */
function rows(): string[] {
  return [...document.querySelectorAll('.summary-list__row')].map(
    (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('.summary-list__value')?.textContent}`,
  );
}

/** Chooses the file on the start page and presses the button, as a person does. */
async function continueFrom(file: File, user = userEvent.setup()) {
  await user.upload(screen.getByLabelText(words.label), file);
  await user.click(screen.getByRole('button', { name: words.continue }));
  return user;
}

describe('saving the answers to a file', () => {
  it('downloads a QuestionnaireResponse with the pages on the route, as application/fhir+json', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:answers';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const user = userEvent.setup();
    renderApp({ initialAnswers: completeAnswers, initialPlace: 'check-answers' });
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });

    await user.click(screen.getByRole('button', { name: words.saveButton }));

    await waitFor(() => expect(blobs).toHaveLength(1));
    const [blob] = blobs;
    expect(blob?.type).toBe('application/fhir+json');
    const response = JSON.parse((await blob?.text()) ?? '') as QuestionnaireResponse;
    expect(response.resourceType).toBe('QuestionnaireResponse');
    expect(response.item?.map((item) => item.linkId)).toEqual(routeOf(completeAnswers).answered);
    expect(clicked[0]?.download).toMatch(/^liposuction-prep-answers-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicked[0]?.isConnected).toBe(false);
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:answers'));
  });

  it('is offered on the summary too, with its hint', async () => {
    renderApp({ initialAnswers: completeAnswers, initialPlace: 'summary' });
    await findPage('Points to raise at your consultation');
    const button = await screen.findByRole('button', { name: words.saveButton });
    expect(button).toHaveAccessibleDescription(words.saveHint);
  });
});

describe('continuing from a saved file', () => {
  it('lands on check-answers with the same rows, and keeps them in the tab', async () => {
    renderApp({ initialAnswers: completeAnswers, initialPlace: 'check-answers' });
    await findPage(CHECK_ANSWERS);
    const expected = rows();
    window.sessionStorage.clear();
    document.body.innerHTML = '';

    renderApp();
    await findPage(START_PAGE);
    await continueFrom(fileOf(JSON.stringify(savedResponse())));

    await findPageWithFocus(CHECK_ANSWERS);
    expect(rows()).toEqual(expected);
    const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as { answers?: Answers };
    expect(saved.answers).toEqual(activeAnswers(completeAnswers));
  });

  it('from another version of the guide, names a page that no longer fits in a banner on the page it lands on, and asks it again', async () => {
    const response = savedResponse();
    response.questionnaire = `${QUESTIONNAIRE_URL}|2026.06`;
    const technique = response.item?.find((item) => item.linkId === 'technique');
    const coding = technique?.item?.[0]?.answer?.[0]?.valueCoding;
    if (!coding) throw new Error('The saved technique page has no answer');
    coding.code = 'liposculpture-deluxe';
    renderApp();
    await findPage(START_PAGE);
    await continueFrom(fileOf(JSON.stringify(response)));

    await findPageWithFocus('Which kind of liposuction are you considering?');
    const banner = screen.getByRole('region', { name: words.noticeTitle });
    expect(within(banner).getByRole('listitem')).toHaveTextContent('Which kind of liposuction are you considering?');
    expect(banner.closest('[role="status"]')).not.toBeNull();
  });

  it('takes the language of the file', async () => {
    const response = buildQuestionnaireResponse({
      answers: completeAnswers,
      words: { ...english, locale: 'es', messages: catalogEs },
      summary: summaryCatalogEn,
      authored: new Date(),
    });
    renderApp();
    await findPage(START_PAGE);
    await continueFrom(fileOf(JSON.stringify(response)));
    await findPage(catalogEs.ui.checkAnswers.title);
    expect(document.documentElement.lang).toBe('es');
  });

  it('asks before it replaces answers already given, and keeps them on No', async () => {
    const mine: Answers = { area: { area: 'ankles', legs: 'one-leg' } };
    renderApp({ initialAnswers: mine, initialPlace: 'intro' });
    await findPage(START_PAGE);
    const before = window.sessionStorage.getItem(STORAGE_KEY);
    const user = await continueFrom(fileOf(JSON.stringify(savedResponse())));

    const question = await screen.findByRole('heading', { name: words.replaceTitle });
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(screen.getByRole('button', { name: words.replaceCancel }));
    expect(screen.getByRole('heading', { level: 1, name: START_PAGE })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBe(before);

    await user.click(screen.getByRole('button', { name: words.continue }));
    await user.click(await screen.findByRole('button', { name: words.replaceConfirm }));
    await findPageWithFocus(CHECK_ANSWERS);
  });

  const truncated = JSON.stringify(savedResponse()).slice(0, 500);
  const tampered = JSON.stringify({
    ...savedResponse({ area: { area: 'calves', legs: 'both-legs' } }),
    item: [
      {
        linkId: 'area',
        item: [
          { linkId: 'area.area', answer: [{ valueCoding: { code: 'knees' } }] },
          { linkId: 'area.legs', answer: [{ valueCoding: { code: 'both-legs' } }] },
        ],
      },
    ],
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const cases: { name: string; file: () => File; message: string }[] = [
    {
      name: 'a tampered file (a value that is not an option)',
      file: () => fileOf(tampered),
      message: words.errorDamaged,
    },
    { name: 'truncated JSON', file: () => fileOf(truncated), message: words.errorNotReadable },
    { name: 'a PNG', file: () => new File([png], 'photo.png', { type: 'image/png' }), message: words.errorNotReadable },
    {
      name: 'another questionnaire’s answers',
      file: () =>
        fileOf(JSON.stringify({ ...savedResponse(), questionnaire: 'https://example.org/Questionnaire/phq-9' })),
      message: words.errorOtherQuestionnaire,
    },
    { name: 'a file over 256 KiB', file: () => fileOf(' '.repeat(300 * 1024)), message: words.errorTooLarge },
  ];
  for (const { name, file, message } of cases) {
    it(`refuses ${name} with an error summary, and leaves the answers in the tab as they were`, async () => {
      const mine: Answers = { area: { area: 'ankles', legs: 'one-leg' } };
      renderApp({ initialAnswers: mine, initialPlace: 'intro' });
      await findPage(START_PAGE);
      const before = window.sessionStorage.getItem(STORAGE_KEY);
      expect(before).not.toBeNull();

      // Without the accept filter, as a person can choose "All files" in the browser's dialog.
      await continueFrom(file(), userEvent.setup({ applyAccept: false }));

      const summary = await screen.findByRole('alert');
      expect(summary).toHaveTextContent(message);
      await waitFor(() => expect(summary.parentElement).toHaveFocus());
      expect(screen.getByLabelText(words.label)).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(document.title).toMatch(/^Error: /);
      expect(screen.getByRole('heading', { level: 1, name: START_PAGE })).toBeInTheDocument();
      expect(window.sessionStorage.getItem(STORAGE_KEY)).toBe(before);
    });
  }

  it('asks for a file when none was chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await findPage(START_PAGE);
    await user.click(screen.getByRole('button', { name: words.continue }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words.errorNone);
  });
});
