import type { ErrorKey } from '../../answers/error-keys';
import type { Messages } from '../messages';
import type { PagesText } from '../page-text-types';
import type { PointTexts, SectionTexts, SourceTexts } from '../point-text-types';
import errors from './errors.json' with { type: 'json' };
import pages from './pages.json' with { type: 'json' };
import points from './points.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import summarySections from './summary-sections.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };

/**
 * The English catalog: every word the app shows or prints, as JSON a translator's tool can open
 * (`{name}` marks a placeholder, as in ICU messages). Each part is checked against what it
 * describes, so a page, field, option, error key, rule, section or source without words fails to
 * compile. Its shape is `Messages`, which every other catalog must match. Loaded on its own, only
 * when English is the active language.
 */
export const catalogEn = {
  ui,
  pages: pages satisfies PagesText,
  errors: errors satisfies Record<ErrorKey, string>,
  points: points satisfies PointTexts,
  summarySections: summarySections satisfies SectionTexts,
  sources: sources satisfies SourceTexts,
} satisfies Messages;
