import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { SUMMARY_HEADING } from '../support/journeys';
import { flattenText, pdfText } from '../support/pdf-text';
import { LASER_WITH_EARLIER_CLOT } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import { APP_ORIGIN, embeddedFrame, hostUrl } from './support/embed-host';

const CLINIC = 'Riverside Plastic Surgery';

test('the clinic name is on the printed summary (the frame’s page, printed to PDF)', async ({ page }, testInfo) => {
  // The exact address the snippet gives its iframe: the same settings, opened as a page to print it.
  await page.goto(hostUrl('share.html'));
  const { iframe } = await embeddedFrame(page);
  const src = (await iframe.getAttribute('src')) ?? '';
  expect(src.startsWith(`${APP_ORIGIN}/?`)).toBe(true);
  expect(new URL(src).searchParams.get('clinic')).toBe(CLINIC);

  // Opened on the summary from answers saved for that embed, as after a reload.
  await seedSession(page, answersOf(LASER_WITH_EARLIER_CLOT), 'en');
  await page.goto(src);
  await expectHeading(page, SUMMARY_HEADING);
  await expect(page.locator('.summary-meta')).toContainText(`for your consultation at ${CLINIC}`);

  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath('summary-with-clinic.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  await testInfo.attach('summary-with-clinic.pdf', { path: file, contentType: 'application/pdf' });
  const text = pdfText(file);
  expect(text).toContain(SUMMARY_HEADING);
  expect(text).toContain(flattenText(`for your consultation at ${CLINIC}.`));
  // Not framed, so no sharing; and buttons never print.
  expect(text).not.toContain('Send my summary');
  expect(text).not.toContain('Print or save as PDF');
});
