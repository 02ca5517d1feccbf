import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS } from '../../../rules/sources';
import { printedLocator, shortCitation } from '../../../src/pages/short-citation';

describe('shortCitation', () => {
  it.each([
    [
      'Légaré F, Kearing S, Clay K, et al. Are you SURE? Assessing patient decisional conflict with a 4-item screening test. Can Fam Physician. 2010;56(8):e308-e314.',
      'Légaré F et al, 2010.',
    ],
    ['Klein JA. Tumescent technique. Chapter 40. Mosby; 2000.', 'Klein JA, 2000.'],
    [
      'US Food and Drug Administration. The skinny on liposuction. FDA Consumer Update, 2007 (archived).',
      'US Food and Drug Administration, 2007.',
    ],
    ['NHS. Liposuction: risks, recovery and results.', 'NHS.'],
    // An organisation whose name has a comma is not an author list.
    [
      'British Association of Plastic, Reconstructive and Aesthetic Surgeons (BAPRAS). Cosmetic surgery abroad.',
      'British Association of Plastic, Reconstructive and Aesthetic Surgeons (BAPRAS).',
    ],
  ])('%s → %s', (citation, short) => {
    expect(shortCitation(citation)).toBe(short);
  });

  it('gives every source a short name that is shorter than its citation and keeps its year', () => {
    for (const id of SOURCE_IDS) {
      const { citation } = SOURCES[id];
      const short = shortCitation(citation);
      expect(short.length, id).toBeLessThanOrEqual(Math.min(citation.length, 90));
      const year = /\b(?:19|20)\d{2}\b/.exec(citation)?.[0];
      if (year) expect(short, id).toContain(year);
    }
  });
});

describe('printedLocator', () => {
  it.each([
    [{ doi: '10.1097/PRS.0b013e3181d0accf', pmid: '20335878' }, 'doi:10.1097/PRS.0b013e3181d0accf'],
    [{ pmid: '20705870', url: 'https://www.cfp.ca/content/56/8/e308' }, 'PMID 20705870'],
    [{ url: 'https://www.nhs.uk/conditions/liposuction/' }, 'www.nhs.uk/conditions/liposuction/'],
  ] as const)('%j → %s', (locator, printed) => {
    expect(printedLocator(locator)).toBe(printed);
  });
});
