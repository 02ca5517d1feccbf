import { writeFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ABOUT_PAGE } from '../../src/content/about-pages';
import { CONTENT_VERSION } from '../../src/content/content-version';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { ABOUT_WORDS } from '../../src/prerender/about-page';
import { quiet } from '../support/answers/quiet-answers';
import { pageHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { expectNoAxeViolations } from './support/axe';
import { flattenText, pdfText } from './support/pdf-text';
import { embeddedFrame, hostUrl } from './embed/support/embed-host';

const UI = { en: catalogEn.ui, es: catalogEs.ui } as const;
const SECTIONS = [
  'who',
  'basis',
  'checked',
  'points',
  'evidence',
  'funding',
  'mistakes',
  'privacy',
  'accessibility',
] as const;

/** Console errors, uncaught errors and Content-Security-Policy violations on a page, as they happen. */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Clicks a link that opens a new tab, and returns that tab once its page has loaded. */
async function followToNewTab(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page'), click()]);
  await opened.waitForLoadState('load');
  return opened;
}

async function expectAboutPage(page: Page, locale: Locale): Promise<void> {
  const words = ABOUT_WORDS[locale].about;
  await expect(page).toHaveURL(new RegExp(`/${ABOUT_PAGE[locale].replace('.', '\\.')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(pageHeading(page)).toHaveText(words.title);
}

for (const locale of LOCALES) {
  test(`"About this guide" in ${locale}: every section, axe clean, nothing blocked, and links back`, async ({
    page,
    request,
  }) => {
    const problems = recordProblems(page);
    const words = ABOUT_WORDS[locale].about;
    await page.goto(`/${ABOUT_PAGE[locale]}`);
    await expectAboutPage(page, locale);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS.map((section) => words[section].title));
    await expect(page.getByText(words.who.notReviewed)).toBeVisible();
    await expect(page.getByText(CONTENT_VERSION.version, { exact: true })).toBeVisible();
    // The app's stylesheet applies (the header is the questionnaire's dark band).
    await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(11, 12, 12)');
    await expectNoAxeViolations(page, `About this guide (${locale})`);

    // Served with the same security headers as the questionnaire.
    const [about, index] = await Promise.all([request.get(`/${ABOUT_PAGE[locale]}`), request.get('/')]);
    for (const header of [
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
      'permissions-policy',
    ]) {
      expect(about.headers()[header], header).toBe(index.headers()[header]);
    }

    // To the questionnaire, in the same language.
    await page.getByRole('link', { name: words.toQuestionnaire }).click();
    await appStarted(page);
    await expect(pageHeading(page)).toHaveText(UI[locale].intro.title);
    expect(problems).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the About pages are whole, and the prerendered start page links to the English one', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: `${UI.en.intro.about} ${UI.en.contact.newTab}` });
    await expect(link).toHaveAttribute('href', ABOUT_PAGE.en);
    for (const locale of LOCALES) {
      await page.goto(`/${ABOUT_PAGE[locale]}`);
      await expectAboutPage(page, locale);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(SECTIONS.length);
    }
  });
});

test('from the start page, the link opens "About this guide" in a new tab; its language link switches', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await appStarted(page);
  const about = await followToNewTab(context, () =>
    page.getByRole('link', { name: `${UI.en.intro.about} ${UI.en.contact.newTab}` }).click(),
  );
  await expectAboutPage(about, 'en');
  // The questionnaire stays where it was.
  await expect(pageHeading(page)).toHaveText(UI.en.intro.title);

  await about.getByRole('link', { name: ABOUT_WORDS.en.about.otherLanguage }).click();
  await expectAboutPage(about, 'es');
  await expectNoAxeViolations(about, 'About this guide (es), reached from the English one');
});

test('in Spanish, the start page and the footer link to the Spanish page', async ({ page, context }) => {
  await page.goto('/?lang=es');
  await appStarted(page);
  await expect(pageHeading(page)).toHaveText(UI.es.intro.title);
  const footerLink = page
    .getByRole('contentinfo')
    .getByRole('link', { name: `${UI.es.app.about} ${UI.es.contact.newTab}` });
  await expect(footerLink).toHaveAttribute('href', ABOUT_PAGE.es);
  const about = await followToNewTab(context, () =>
    page
      .getByRole('main')
      .getByRole('link', { name: `${UI.es.intro.about} ${UI.es.contact.newTab}` })
      .click(),
  );
  await expectAboutPage(about, 'es');
});

test('in a clinic’s frame, the footer link opens "About this guide" in a tab of its own, and the frame stays put', async ({
  page,
  context,
}) => {
  await page.goto(hostUrl('share.html'));
  const { frame } = await embeddedFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(UI.en.intro.title);
  // The clinic gave a phone number: the footer says to tell the clinic about a mistake.
  await expect(
    frame.getByRole('contentinfo').getByRole('link', { name: 'Tell Riverside Plastic Surgery: +15555550123' }),
  ).toHaveAttribute('href', 'tel:+15555550123');

  const about = await followToNewTab(context, () =>
    frame
      .getByRole('contentinfo')
      .getByRole('link', { name: `${UI.en.app.about} ${UI.en.contact.newTab}` })
      .click(),
  );
  await expectAboutPage(about, 'en');
  // A page of its own, not framed by the clinic's.
  expect(about.url().startsWith('http://127.0.0.1:4180/')).toBe(true);
  expect(await about.evaluate(() => window.top === window)).toBe(true);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(UI.en.intro.title);
});

test('the printed list carries the content version, its check date and the full address of "About this guide"', async ({
  page,
  baseURL,
}, testInfo) => {
  const saved = JSON.stringify({ version: 1, place: 'summary', answers: quiet(), locale: 'en' });
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, value);
    },
    [STORAGE_KEY, saved] as const,
  );
  await page.goto('/');
  await expect(pageHeading(page)).toHaveText(UI.en.summary.title);
  const address = new URL(ABOUT_PAGE.en, baseURL).href;
  const line = `Content version ${CONTENT_VERSION.version}, checked December 1, 2026 · ${UI.en.app.about}: ${address}`;
  await expect(page.locator('.content-version')).toHaveText(`${line} ${UI.en.contact.newTab}`);

  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath('summary-with-version.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = pdfText(file);
  expect(text).toContain(flattenText(line));
  expect(text).not.toContain(UI.en.contact.newTab);
});
