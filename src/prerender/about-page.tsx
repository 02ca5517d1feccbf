import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ABOUT_PAGE, REVIEW_SHEET } from '../content/about-pages';
import { CONTENT_VERSION, calendarDay } from '../content/content-version';
import aboutEn from '../i18n/en/about.json' with { type: 'json' };
import summaryPageEn from '../i18n/en/summary-page.json' with { type: 'json' };
import uiEn from '../i18n/en/ui.json' with { type: 'json' };
import aboutEs from '../i18n/es/about.json' with { type: 'json' };
import summaryPageEs from '../i18n/es/summary-page.json' with { type: 'json' };
import uiEs from '../i18n/es/ui.json' with { type: 'json' };
import { fill } from '../i18n/fill';
import { LOCALES, type Locale } from '../i18n/locales';
import { TIERS } from '../../rules/tiers';

/**
 * "About this guide" (issue 14, item 4): who wrote the guide, what it is based on, when it was
 * checked, how points are chosen, how strong the evidence is, funding, how to report a mistake,
 * privacy and accessibility. Static HTML written beside index.html at build time by
 * scripts/prerender.mjs, one file per language, with no script at all: it works from the address
 * on a printout, in a new tab opened from a clinic's frame, and with JavaScript off, and it adds
 * nothing to what the questionnaire loads (decision 0014). Its words are in `about.json`, which
 * the app never imports.
 */

export type AboutText = typeof aboutEn;

interface Words {
  about: AboutText;
  ui: typeof uiEn;
  tiers: typeof summaryPageEn.tiers;
}

export const ABOUT_WORDS: { readonly [L in Locale]: Words } = {
  en: { about: aboutEn, ui: uiEn, tiers: summaryPageEn.tiers },
  es: { about: aboutEs satisfies AboutText, ui: uiEs satisfies typeof uiEn, tiers: summaryPageEs.tiers },
};

/** The questionnaire, opened in the same language. */
const QUESTIONNAIRE: { readonly [L in Locale]: string } = { en: './', es: './?lang=es' };

/**
 * The main topics, in the order the questionnaire meets them, with how strong the evidence behind
 * them is (from the content review of December 2026: the studies and guidance each point cites).
 */
const EVIDENCE = [
  ['laser', 'limited'],
  ['clots', 'moderate'],
  ['smoking', 'strong'],
  ['lipedema', 'limited'],
  ['bodyImage', 'moderate'],
  ['surgery', 'limited'],
] as const satisfies readonly (readonly [
  keyof AboutText['evidence']['topics'],
  keyof AboutText['evidence']['levels'],
])[];

/** The same inline icon as index.html: no request of its own. */
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230b0c0c'/%3E%3Cpath d='M9 23h14M11 8h10v4H11zM11 16h10' stroke='%23ffffff' stroke-width='3' fill='none'/%3E%3C/svg%3E";

function Paragraphs({ text }: { text: readonly string[] }) {
  return (
    <>
      {text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

/** The page's content, inside `<main>`. */
export function AboutContent({ locale }: { locale: Locale }) {
  const { about, ui, tiers } = ABOUT_WORDS[locale];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const day = (iso: string) => dates.format(calendarDay(iso));
  const section = (id: string, title: string, children: ReactNode) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="heading-m">
        {title}
      </h2>
      {children}
    </section>
  );
  return (
    <>
      <h1 className="heading-l">{about.title}</h1>
      <p className="lead">{about.lead}</p>

      {section(
        'who',
        about.who.title,
        <>
          <Paragraphs text={about.who.text} />
          <div className="warning-text">
            <span className="warning-text__icon" aria-hidden="true">
              !
            </span>
            <p className="warning-text__text">
              <span className="visually-hidden">{about.who.notReviewedLabel} </span>
              {about.who.notReviewed}
            </p>
          </div>
          <p>{about.who.reviewSheet}</p>
          <p>
            <a href={REVIEW_SHEET} {...(locale === 'en' ? {} : { hrefLang: 'en' })}>
              {about.who.reviewSheetLink}
            </a>
          </p>
        </>,
      )}

      {section('basis', about.basis.title, <Paragraphs text={about.basis.text} />)}

      {section(
        'checked',
        about.checked.title,
        <>
          <dl className="summary-list">
            {(
              [
                [about.checked.version, CONTENT_VERSION.version],
                [about.checked.reviewed, day(CONTENT_VERSION.reviewed)],
                [about.checked.nextReview, day(CONTENT_VERSION.nextReview)],
              ] as const
            ).map(([term, value]) => (
              <div key={term} className="summary-list__row">
                <dt className="summary-list__key">{term}</dt>
                <dd className="summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <Paragraphs text={about.checked.text} />
        </>,
      )}

      {section(
        'points',
        about.points.title,
        <>
          <Paragraphs text={about.points.text} />
          <p>{about.points.groupsIntro}</p>
          <ul className="list list--bullet">
            {TIERS.map((tier) => (
              <li key={tier}>
                <strong>{tiers[tier]}</strong>: {about.points.groups[tier]}
              </li>
            ))}
          </ul>
          <p>{about.points.answersShown}</p>
        </>,
      )}

      {section(
        'evidence',
        about.evidence.title,
        <>
          <p>{about.evidence.intro}</p>
          <p>{about.evidence.levelsKey}</p>
          <dl className="summary-list">
            {EVIDENCE.map(([topic, level]) => (
              <div key={topic} className="summary-list__row">
                <dt className="summary-list__key">{about.evidence.topics[topic].topic}</dt>
                <dd className="summary-list__value">
                  <strong>{about.evidence.levels[level]}.</strong> {about.evidence.topics[topic].text}
                </dd>
              </div>
            ))}
          </dl>
        </>,
      )}

      {section('funding', about.funding.title, <Paragraphs text={about.funding.text} />)}

      {section('mistakes', about.mistakes.title, <Paragraphs text={about.mistakes.text} />)}

      {section(
        'privacy',
        about.privacy.title,
        <Paragraphs
          text={about.privacy.text.map((paragraph) =>
            fill(paragraph, { startAgain: ui.startAgain.link, sendNow: ui.summary.shareSend }),
          )}
        />,
      )}

      {section(
        'accessibility',
        about.accessibility.title,
        <>
          <Paragraphs text={about.accessibility.text} />
          <h3 className="heading-s">{about.accessibility.limitationsTitle}</h3>
          <ul className="list list--bullet">
            {about.accessibility.limitations.map((limitation) => (
              <li key={limitation}>{limitation}</li>
            ))}
          </ul>
          <p>{about.accessibility.report}</p>
        </>,
      )}

      <p>
        <a href={QUESTIONNAIRE[locale]} className="button">
          {about.toQuestionnaire}
        </a>
      </p>
    </>
  );
}

/** The whole page, header and footer as the questionnaire's, and a link to the other language. */
function AboutDocument({ locale, stylesheet }: { locale: Locale; stylesheet: string }) {
  const { about, ui } = ABOUT_WORDS[locale];
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="icon" href={ICON} type="image/svg+xml" />
        <title>{fill(ui.app.documentTitle, { page: about.title })}</title>
        {LOCALES.map((each) => (
          <link key={each} rel="alternate" hrefLang={each} href={ABOUT_PAGE[each]} />
        ))}
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <a href="#main-content" className="skip-link">
          {ui.app.skipLink}
        </a>
        <header className="header">
          <div className="width-container">
            <p className="header__title">{ui.app.title}</p>
            <p className="header__tagline">{ui.app.tagline}</p>
            <p className="header__contact">
              <a href={ABOUT_PAGE[other]} lang={other} hrefLang={other}>
                {about.otherLanguage}
              </a>
            </p>
          </div>
        </header>
        <div className="width-container">
          <main id="main-content" className="main" tabIndex={-1}>
            <AboutContent locale={locale} />
          </main>
        </div>
        <footer className="footer">
          <div className="width-container">
            <p>{ui.app.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * The "About this guide" page of each language as a complete HTML document, keyed by its file name
 * beside index.html. `stylesheet` is the app's own stylesheet as index.html links it.
 */
export function renderAboutPages(stylesheet: string): Record<string, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      ABOUT_PAGE[locale],
      `<!doctype html>\n${renderToStaticMarkup(<AboutDocument locale={locale} stylesheet={stylesheet} />)}\n`,
    ]),
  );
}
