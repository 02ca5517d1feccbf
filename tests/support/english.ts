import { catalogEn } from '../../src/i18n/en/catalog-en';
import { localised } from '../../src/i18n/localised';

/** The English words and formats, as the app has them when English is active. */
export const english = localised('en', catalogEn);
