import type { SummaryMessages } from '../messages';
import optionGrid from './option-grid.json' with { type: 'json' };
import points from './points.json' with { type: 'json' };
import summaryPage from './summary-page.json' with { type: 'json' };

/** The Spanish words of the summary (usted); typed `SummaryMessages`, so it has every key the English one has. */
export const summaryCatalogEs: SummaryMessages = { points, summaryPage, optionGrid };
