import { ruleTextEn } from '../../../rules/text/rule-text-en';
import { sectionTextEn } from '../../../rules/text/section-text-en';
import { sourceTextEn } from '../../../rules/text/source-text-en';
import { errorsEn } from './errors-en';
import { pagesEn } from './pages-en';
import { uiEn } from './ui-en';

/**
 * The English catalog: every word the app shows or prints. Its shape is the `Messages` type, so
 * every other catalog must have exactly these keys. Loaded on its own, only when English is the
 * active language.
 */
export const catalogEn = {
  ui: uiEn,
  pages: pagesEn,
  errors: errorsEn,
  points: ruleTextEn,
  summarySections: sectionTextEn,
  sources: sourceTextEn,
};
