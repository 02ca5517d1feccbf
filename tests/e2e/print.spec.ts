import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { allWordsEn } from '../support/all-words';
import { SUMMARY_HEADING } from './support/journeys';
import { flattenText, pdfPageSize, pdfText } from './support/pdf-text';
import { LASER_WITH_EARLIER_CLOT } from './support/people';
import { openSeededSummary } from './support/seeded-summary';
import { answersOf } from './support/stored-answers';
import {
  expectedLayout,
  pointOnSummary,
  pointText,
  SUMMARY_SECTIONS,
  summarySection,
  TIER_TITLES,
} from './support/summary';

const words = allWordsEn.summaryPage;

test('the summary prints as a clean list, on A4 and on US Letter', async ({ page }, testInfo) => {
  await openSeededSummary(page, answersOf(LASER_WITH_EARLIER_CLOT), 'en');
  const layout = expectedLayout(answersOf(LASER_WITH_EARLIER_CLOT));
  const printed = [...layout.mostImportant, ...layout.more, ...layout.questions, ...layout.beforeYouDecide];
  // The person's own points, and the questions everyone asks, are on paper.
  expect(printed).toEqual(
    expect.arrayContaining(['clot-risk-factors', 'ask-laser-burns', 'ask-laser-evidence', 'ask-lower-leg-experience']),
  );

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
  // On paper: the header to write the name on, not the boxes to type it in or the print choices.
  await expect(page.locator('.consultation-header')).toBeVisible();
  await expect(page.locator('.consultation-header dt')).toHaveText([
    `${words.details.name}:`,
    `${words.details.dateOfBirth}:`,
    `${words.details.appointment}:`,
  ]);
  await expect(page.getByText(words.details.summary)).toBeHidden();
  await expect(page.getByRole('group', { name: words.choices.legend, includeHidden: true })).toBeHidden();
  for (const id of printed) await expect(pointOnSummary(page, id)).toBeVisible();
  // Room for the surgeon's answer beside each question, and only there.
  const questions = summarySection(page, SUMMARY_SECTIONS.questions);
  await expect(questions.locator('.point__notes')).toHaveCount(layout.questions.length);
  for (const notes of await questions.locator('.point__notes').all()) await expect(notes).toBeVisible();
  await expect(summarySection(page, SUMMARY_SECTIONS.beforeYouDecide).locator('.point__notes')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Where these points come from' })).toBeVisible();

  for (const format of ['A4', 'Letter'] as const) {
    const file = testInfo.outputPath(`summary-${format.toLowerCase()}.pdf`);
    await writeFile(file, await page.pdf({ format, printBackground: true }));
    await testInfo.attach(`summary-${format}.pdf`, { path: file, contentType: 'application/pdf' });

    expect(pdfPageSize(file)).toContain(format === 'A4' ? '(A4)' : '(letter)');
    const text = pdfText(file);
    expect(text).toContain(SUMMARY_HEADING);
    for (const id of printed) expect(text, `${format}: point ${id}`).toContain(flattenText(pointText(id)));
    // The first points are marked with their tier; "You said" quotes the answer behind them.
    expect(text).toContain(`${TIER_TITLES.safety.toUpperCase()}: ${flattenText(pointText('clot-risk-factors'))}`);
    expect(text).toContain(`${words.youSaid} Blood-clot risks: I have had a blood clot`);
    for (const title of [
      SUMMARY_SECTIONS.mostImportant,
      SUMMARY_SECTIONS.aboutMe,
      SUMMARY_SECTIONS.questions,
      SUMMARY_SECTIONS.beforeYouDecide,
    ])
      expect(text, `${format}: heading ${title}`).toContain(title);
    expect(text).toContain(`${words.details.name}:`);
    expect(text).toContain('Where these points come from');
    expect(text).toContain('Notes from your consultation');
    expect(text).not.toContain('Print or save as PDF');
    expect(text).not.toContain('Back to your answers');
    expect(text).not.toContain('Liposuction consultation prep');
    expect(text).not.toContain(words.details.summary);
    expect(text).not.toContain(words.choices.legend);
  }
});
