import type { SummaryMessages } from '../messages';
import points from './points.json';
import sources from './sources.json';
import summarySections from './summary-sections.json';

/** The Spanish words of the summary (usted); typed `SummaryMessages`, so it has every key the English one has. */
export const summaryCatalogEs: SummaryMessages = { points, summarySections, sources };
