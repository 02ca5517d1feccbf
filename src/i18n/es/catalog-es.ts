import type { Messages } from '../messages';
import errors from './errors.json';
import pages from './pages.json';
import points from './points.json';
import sources from './sources.json';
import summarySections from './summary-sections.json';
import ui from './ui.json';

/** The Spanish catalog (usted), as JSON; typed `Messages`, so it has every key the English one has. */
export const catalogEs: Messages = { ui, pages, errors, points, summarySections, sources };
