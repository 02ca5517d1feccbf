import type { Page } from '@playwright/test';

/**
 * LHC-Forms (npm "lforms", a test-only dependency) on the test clinic's origin: the fixture page
 * tests/e2e/fixtures/host/lforms.html, which loads it from /lforms/… (node_modules, through
 * tests/e2e/fixtures/serve-host.mjs). The app's generated Questionnaire is served there too, at
 * LFORMS_APP_QUESTIONNAIRE, once a build has written dist/fhir/questionnaire.json.
 */
export const LFORMS_ORIGIN = 'http://127.0.0.1:4181';
export const LFORMS_PAGE = `${LFORMS_ORIGIN}/lforms.html`;
export const LFORMS_SAMPLE_QUESTIONNAIRE = '/lforms-sample-questionnaire.json';
export const LFORMS_APP_QUESTIONNAIRE = '/app-fhir/questionnaire.json';

/** The parts of an R4 QuestionnaireResponse the interop tests read. */
export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: ResponseAnswer[];
  item?: ResponseItem[];
}

export interface ResponseAnswer {
  valueCoding?: { system?: string; code?: string; display?: string };
  valueString?: string;
  valueQuantity?: { value?: number; unit?: string; system?: string; code?: string };
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  item?: ResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  status: string;
  authored?: string;
  item?: ResponseItem[];
}

/** What the fixture page puts on `window` (see its script). */
interface LFormsHarness {
  loadQuestionnaire(url: string): Promise<{ url?: string; version?: string; lforms: string }>;
  questionnaireResponse(): QuestionnaireResponse;
}

/**
 * Opens the fixture page and renders a Questionnaire (a path on the host origin) in LHC-Forms;
 * resolves once LHC-Forms says the form is ready.
 */
export async function openInLForms(
  page: Page,
  questionnairePath: string,
): Promise<{ url?: string; version?: string; lforms: string }> {
  await page.goto(LFORMS_PAGE);
  return page.evaluate(
    (path) =>
      (window as Window & Partial<LFormsHarness>).loadQuestionnaire?.(path) ?? Promise.reject(new Error('no harness')),
    questionnairePath,
  );
}

/** LHC-Forms' own R4 QuestionnaireResponse for what the form holds now. */
export async function lformsResponse(page: Page): Promise<QuestionnaireResponse> {
  return page.evaluate(() => {
    const harness = (window as Window & Partial<LFormsHarness>).questionnaireResponse;
    if (!harness) throw new Error('no harness: open the page with openInLForms first');
    return harness();
  });
}

/** The item with this linkId, at any depth (answers' nested items included). */
export function findItem(items: ResponseItem[] | undefined, linkId: string): ResponseItem | undefined {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const nested = [...(item.item ?? []), ...(item.answer ?? []).flatMap((answer) => answer.item ?? [])];
    const found = findItem(nested, linkId);
    if (found) return found;
  }
  return undefined;
}

/** The linkIds as a tree: a group as { linkId: its items }, a question as its linkId. */
export function linkIdTree(items: ResponseItem[] | undefined): unknown[] {
  return (items ?? []).map((item) => (item.item ? { [item.linkId]: linkIdTree(item.item) } : item.linkId));
}
