import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF, from poppler's `pdftotext`, in one line: runs of white space become one
 * space, and a hyphen at a line end is joined to the next word, so sentences that wrap across
 * lines can be searched for whole. `-raw` keeps the text in the order it was drawn (the page's
 * order, column by column) and keeps a hyphen that ends a line: without it pdftotext drops that
 * hyphen, and "blood-pressure" wrapped after "blood-" would read "bloodpressure".
 */
export function pdfText(file: string): string {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return flattenText(raw);
}

/** The same flattening, for the text searched for. */
export function flattenText(text: string): string {
  return text
    .replace(/\uFB01/g, 'fi')
    .replace(/\uFB02/g, 'fl')
    .replace(/\u00AD/g, '')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Page size as `pdfinfo` reports it, e.g. "595.92 x 842.88 pts (A4)". */
export function pdfPageSize(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /^Page size:\s*(.+)$/m.exec(info);
  if (!match?.[1]) throw new Error(`pdfinfo gave no page size for ${file}`);
  return match[1].trim();
}

/** How many pages the PDF has, as `pdfinfo` counts them. */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /^Pages:\s*(\d+)$/m.exec(info);
  if (!match?.[1]) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(match[1]);
}

/** How many times `part` occurs in `text` (both flattened as `pdfText` flattens). */
export function occurrences(text: string, part: string): number {
  const needle = flattenText(part);
  if (needle === '') throw new Error('Nothing to count');
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}
