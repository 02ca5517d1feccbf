import { sheetHtml } from './html';
import { sheetMarkdown } from './markdown';
import { reviewSheet, type ReviewSheet } from './review-sheet';

/**
 * The review sheet's two layouts, from one gathering of the rules: what `npm run review-sheet`
 * writes to `docs/content/rules.md`, what the build writes to `dist/review.html`, and what the
 * unit test compares with the checked-in file.
 */
let sheet: ReviewSheet | undefined;

export function reviewSheetMarkdown(): string {
  sheet ??= reviewSheet();
  return sheetMarkdown(sheet);
}

export function reviewSheetHtml(): string {
  sheet ??= reviewSheet();
  return sheetHtml(sheet);
}
