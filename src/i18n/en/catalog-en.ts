import type { ErrorKey } from '../../answers/error-keys';
import type { Messages } from '../messages';
import type { PagesText } from '../page-text-types';
import type { UrgentPointTexts } from '../point-text-types';
import errors from './errors.json' with { type: 'json' };
import pages from './pages.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import urgentPoints from './urgent-points.json' with { type: 'json' };

/**
 * The English words of the question pages, as JSON a translator's tool can open (`{name}` marks
 * a placeholder, as in ICU messages). Each part is checked against what it describes, so a page,
 * field, option, error key or urgent rule without words fails to compile. Its shape is `Messages`,
 * which every other catalog must match. Loaded on its own, only when English is the active language.
 */
export const catalogEn = {
  ui,
  pages: pages satisfies PagesText,
  errors: errors satisfies Record<ErrorKey, string>,
  urgentPoints: urgentPoints satisfies UrgentPointTexts,
} satisfies Messages;
