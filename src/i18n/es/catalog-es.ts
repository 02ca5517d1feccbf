import { ruleTextEs } from '../../../rules/text/rule-text-es';
import { sectionTextEs } from '../../../rules/text/section-text-es';
import { sourceTextEs } from '../../../rules/text/source-text-es';
import type { Messages } from '../messages';
import { errorsEs } from './errors-es';
import { pagesEs } from './pages-es';
import { uiEs } from './ui-es';

/** The Spanish catalog (usted). Typed `Messages`, so it has exactly the English catalog's keys. */
export const catalogEs: Messages = {
  ui: uiEs,
  pages: pagesEs,
  errors: errorsEs,
  points: ruleTextEs,
  summarySections: sectionTextEs,
  sources: sourceTextEs,
};
