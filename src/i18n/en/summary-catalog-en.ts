import type { SummaryMessages } from '../messages';
import type {
  AboutMeRowTexts,
  OptionGridTexts,
  SourceKindTexts,
  SummaryPointTexts,
  TierTexts,
} from '../point-text-types';
import optionGrid from './option-grid.json' with { type: 'json' };
import points from './points.json' with { type: 'json' };
import summaryPage from './summary-page.json' with { type: 'json' };

/** The English words of the summary: each point, tier, table row and kind of source the code names must have words. */
export const summaryCatalogEn = {
  points: points satisfies SummaryPointTexts,
  summaryPage: summaryPage satisfies {
    tiers: TierTexts;
    aboutMe: { rows: AboutMeRowTexts };
    sourceKinds: SourceKindTexts;
  },
  optionGrid: optionGrid satisfies OptionGridTexts,
} satisfies SummaryMessages;
