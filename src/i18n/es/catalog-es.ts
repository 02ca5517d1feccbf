import type { Messages } from '../messages';
import errors from './errors.json' with { type: 'json' };
import pages from './pages.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import urgentPoints from './urgent-points.json' with { type: 'json' };

/** The Spanish words of the question pages (usted), as JSON; typed `Messages`, so it has every key the English one has. */
export const catalogEs: Messages = { ui, pages, errors, urgentPoints };
