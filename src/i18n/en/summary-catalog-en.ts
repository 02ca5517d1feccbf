import type { SummaryMessages } from '../messages';
import type { SectionTexts, SourceTexts, SummaryPointTexts } from '../point-text-types';
import points from './points.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import summarySections from './summary-sections.json' with { type: 'json' };

/** The English words of the summary: each point, section and source the rules name must have words. */
export const summaryCatalogEn = {
  points: points satisfies SummaryPointTexts,
  summarySections: summarySections satisfies SectionTexts,
  sources: sources satisfies SourceTexts,
} satisfies SummaryMessages;
