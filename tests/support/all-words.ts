import { catalogEn } from '../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../src/i18n/en/summary-catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { summaryCatalogEs } from '../../src/i18n/es/summary-catalog-es';

/**
 * Every word of one language in one object, for tests that read a point's words without caring
 * which chunk the app loads them in (urgent points come with the question pages, the rest with
 * the summary).
 */
function allWords<M extends typeof catalogEn, S extends typeof summaryCatalogEn>(messages: M, summary: S) {
  return { ...messages, ...summary, points: { ...messages.urgentPoints, ...summary.points } };
}

export const allWordsEn = allWords(catalogEn, summaryCatalogEn);
export const allWordsEs = allWords(catalogEs, summaryCatalogEs);
