import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { journey, SUMMARY_HEADING } from './support/journeys';
import { flattenText, pdfPageSize, pdfText } from './support/pdf-text';
import { LASER_WITH_EARLIER_CLOT } from './support/people';
import { pointOnSummary, pointText } from './support/summary';
import { goToSummary } from './support/walk';

const PRINTED_POINTS = [
  'ask-laser-evidence',
  'ask-laser-burns',
  'tell-previous-clot',
  'ask-clot-prevention-plan',
  'ask-board-certification',
] as const;

test('the summary prints as a clean list, on A4 and on US Letter', async ({ page }, testInfo) => {
  await goToSummary(page, journey(LASER_WITH_EARLIER_CLOT), { axe: false });

  await page.emulateMedia({ media: 'print' });
  // Role queries leave out hidden elements unless told otherwise: find the hidden ones too.
  const printButtons = page.getByRole('button', { name: 'Print or save as PDF', includeHidden: true });
  await expect(printButtons).toHaveCount(2);
  for (const button of await printButtons.all()) await expect(button).toBeHidden();
  const backLink = page.getByRole('button', { name: 'Back to your answers', includeHidden: true });
  await expect(backLink).toHaveCount(1);
  await expect(backLink).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start again', includeHidden: true })).toBeHidden();
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByText('Liposuction consultation prep')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUMMARY_HEADING);
  for (const id of PRINTED_POINTS) await expect(pointOnSummary(page, id)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where these points come from' })).toBeVisible();

  for (const format of ['A4', 'Letter'] as const) {
    const file = testInfo.outputPath(`summary-${format.toLowerCase()}.pdf`);
    await writeFile(file, await page.pdf({ format, printBackground: true }));
    await testInfo.attach(`summary-${format}.pdf`, { path: file, contentType: 'application/pdf' });

    expect(pdfPageSize(file)).toContain(format === 'A4' ? '(A4)' : '(letter)');
    const text = pdfText(file);
    expect(text).toContain(SUMMARY_HEADING);
    for (const id of PRINTED_POINTS) expect(text, `${format}: point ${id}`).toContain(flattenText(pointText(id)));
    expect(text).toContain('Where these points come from');
    expect(text).toContain('Notes from your consultation');
    expect(text).not.toContain('Print or save as PDF');
    expect(text).not.toContain('Back to your answers');
    expect(text).not.toContain('Liposuction consultation prep');
  }
});
