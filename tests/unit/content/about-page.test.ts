// @vitest-environment jsdom
import { within, type BoundFunctions, type queries } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABOUT_PAGE, REVIEW_SHEET } from '../../../src/content/about-pages';
import { CONTENT_VERSION, calendarDay } from '../../../src/content/content-version';
import { placeholdersOf } from '../../../src/i18n/fill';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { ABOUT_WORDS, renderAboutPages } from '../../../src/prerender/about-page';

const STYLESHEET = './assets/index-test.css';
const pages = renderAboutPages(STYLESHEET);

/**
 * One About page as the browser parses it. Its body is moved into this test's document, so that
 * testing-library and jest-dom can query it (a parsed document has no window of its own).
 */
function aboutDocument(locale: Locale): { parsed: Document; body: HTMLElement } {
  const html = pages[ABOUT_PAGE[locale]];
  if (html === undefined) throw new Error(`no page for ${locale}`);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  return { parsed, body: document.body };
}

/** Every string of a catalog part, by its dotted path (array items by index). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(childPath, text);
    }
  }
  return found;
}

/** What issue 14 (item 4) asks the page to say, as the section each is said in. */
const REQUIRED_SECTIONS = [
  'who',
  'basis',
  'checked',
  'points',
  'evidence',
  'funding',
  'mistakes',
  'privacy',
  'accessibility',
] as const;

const DATES: Record<Locale, { reviewed: string; nextReview: string }> = {
  en: { reviewed: 'December 1, 2026', nextReview: 'June 1, 2027' },
  es: { reviewed: '1 de diciembre de 2026', nextReview: '1 de junio de 2027' },
};

describe('the content version', () => {
  it('names a check date and a next check six months later', () => {
    const reviewed = calendarDay(CONTENT_VERSION.reviewed);
    const next = calendarDay(CONTENT_VERSION.nextReview);
    expect(next.getFullYear() * 12 + next.getMonth() - (reviewed.getFullYear() * 12 + reviewed.getMonth())).toBe(6);
    expect(next.getDate()).toBe(reviewed.getDate());
    // The version is the year and month of the check.
    expect(CONTENT_VERSION.version).toBe(CONTENT_VERSION.reviewed.slice(0, 7).replace('-', '.'));
  });

  it('reads an ISO date as that calendar day wherever the reader is', () => {
    const day = calendarDay('2026-12-01');
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 11, 1]);
    expect(() => calendarDay('1 December 2026')).toThrow();
  });
});

describe('"About this guide"', () => {
  it('is written for each language, at the file the app links to', () => {
    expect(Object.keys(pages).sort()).toEqual(LOCALES.map((locale) => ABOUT_PAGE[locale]).sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    const words = ABOUT_WORDS[locale].about;
    let page: { parsed: Document; body: HTMLElement };
    let body: BoundFunctions<typeof queries>;
    beforeEach(() => {
      page = aboutDocument(locale);
      body = within(page.body);
    });
    afterEach(() => document.body.replaceChildren());

    it('is a page in its own language, with its own title', () => {
      expect(page.parsed.documentElement.lang).toBe(locale);
      expect(page.parsed.title.startsWith(`${words.title} – `)).toBe(true);
      expect(body.getByRole('heading', { level: 1 })).toHaveTextContent(words.title);
    });

    it('has a section with a heading for everything issue 14 asks it to say, in that order', () => {
      const headings = body.getAllByRole('heading', { level: 2 });
      expect(headings.map((heading) => heading.id)).toEqual([...REQUIRED_SECTIONS]);
      expect(headings.map((heading) => heading.textContent)).toEqual(
        REQUIRED_SECTIONS.map((section) => words[section].title),
      );
      for (const heading of headings) {
        const section = heading.closest('section');
        expect(section?.getAttribute('aria-labelledby')).toBe(heading.id);
        // Each says something beyond its heading.
        expect(section?.querySelectorAll('p, li, dd').length).toBeGreaterThan(0);
      }
      expect(body.getByRole('heading', { level: 3, name: words.accessibility.limitationsTitle })).toBeInTheDocument();
    });

    it('says plainly that no independent clinician has reviewed it, and links to the review sheet', () => {
      expect(body.getByText(words.who.notReviewed)).toBeInTheDocument();
      expect(body.getByRole('link', { name: words.who.reviewSheetLink })).toHaveAttribute('href', REVIEW_SHEET);
    });

    it('gives the content version, the date of the last check and when the next is due', () => {
      const section = within(document.getElementById('checked')?.closest('section') as HTMLElement);
      const rows = section.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
      expect(rows).toEqual([
        [words.checked.version, CONTENT_VERSION.version],
        [words.checked.reviewed, DATES[locale].reviewed],
        [words.checked.nextReview, DATES[locale].nextReview],
      ]);
    });

    it('gives how strong the evidence is for each main topic', () => {
      const section = within(document.getElementById('evidence')?.closest('section') as HTMLElement);
      const topics = Object.values(words.evidence.topics);
      expect(section.getAllByRole('term').map((term) => term.textContent)).toEqual(topics.map((topic) => topic.topic));
      const levels = Object.values(words.evidence.levels);
      for (const definition of section.getAllByRole('definition')) {
        expect(levels).toContain(definition.querySelector('strong')?.textContent?.replace(/\.$/, ''));
      }
    });

    it('names every group of points by the title the list gives it', () => {
      const section = within(document.getElementById('points')?.closest('section') as HTMLElement);
      const tiers = ABOUT_WORDS[locale].tiers;
      expect(section.getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual(
        Object.values(tiers),
      );
    });

    it('links to the questionnaire and to the page in the other language', () => {
      expect(body.getByRole('link', { name: words.toQuestionnaire })).toHaveAttribute(
        'href',
        locale === 'en' ? './' : './?lang=es',
      );
      const other = LOCALES.find((each) => each !== locale) as Locale;
      const switchLink = body.getByRole('link', { name: words.otherLanguage });
      expect(switchLink).toHaveAttribute('href', ABOUT_PAGE[other]);
      expect(switchLink).toHaveAttribute('lang', other);
    });

    it('uses the app’s stylesheet and nothing the Content-Security-Policy would block', () => {
      expect(page.parsed.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe(STYLESHEET);
      expect(page.parsed.querySelectorAll('script, style, [style]')).toHaveLength(0);
      const attributes = Array.from(page.parsed.querySelectorAll('*')).flatMap((element) =>
        element.getAttributeNames(),
      );
      expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      // Everything it links to is the app's own, relative (a clinic may host it under any path).
      const addresses = Array.from(page.parsed.querySelectorAll('[href], [src]'), (element) =>
        element.getAttribute(element.hasAttribute('href') ? 'href' : 'src'),
      );
      for (const address of addresses) expect(address).toMatch(/^(\.\/|#|data:image\/svg\+xml,|[a-z-]+\.html$)/);
    });

    it('leaves no placeholder unfilled', () => {
      expect(page.body.textContent).not.toMatch(/\{\w+\}/);
    });
  });

  it('has the same words in Spanish as in English, key for key, with the same placeholders, all translated', () => {
    const english = leaves(ABOUT_WORDS.en.about);
    const spanish = leaves(ABOUT_WORDS.es.about);
    expect([...spanish.keys()]).toEqual([...english.keys()]);
    const differences = [...english].flatMap(([path, text]) => {
      const other = spanish.get(path) ?? '';
      if (placeholdersOf(other).join() !== placeholdersOf(text).join()) return [`placeholders of ${path}`];
      // Topic names spelt alike in both languages ("Lipedema") are the only texts left the same.
      if (other === text && !/\.topic$/.test(path)) return [`untranslated: ${path}`];
      return [];
    });
    expect(differences).toEqual([]);
  });
});
