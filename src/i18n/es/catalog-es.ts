import type { Messages } from '../messages';
import errors from './errors.json';
import pages from './pages.json';
import ui from './ui.json';
import urgentPoints from './urgent-points.json';

/** The Spanish words of the question pages (usted), as JSON; typed `Messages`, so it has every key the English one has. */
export const catalogEs: Messages = { ui, pages, errors, urgentPoints };
