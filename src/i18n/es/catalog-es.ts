import type { Messages } from '../messages';
import errors from './errors.json' with { type: 'json' };
import pages from './pages.json' with { type: 'json' };
import points from './points.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import summarySections from './summary-sections.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };

/** The Spanish catalog (usted), as JSON; typed `Messages`, so it has every key the English one has. */
export const catalogEs: Messages = { ui, pages, errors, points, summarySections, sources };
