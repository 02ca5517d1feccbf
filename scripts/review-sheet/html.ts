import { capital } from './answer-words';
import { sourceSentences, type SourceWords } from './source-words';
import type { Clause } from './appears-when';
import { introduction, TITLE, type ReviewSheet, type SheetRule, type SheetSource } from './review-sheet';

/**
 * The sheet as a static page, `review.html` at the root of the built app. No script and no inline
 * style, so the app's Content-Security-Policy (`script-src` by hash only, `style-src 'self'`)
 * serves it unchanged; its looks are in `public/review.css`. Relative links, like the app's own
 * assets, so a clinic can host the build under any path.
 */

function escape(words: string): string {
  return words.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Prose of our own, where `code` is marked with backticks. */
function prose(words: string): string {
  return words
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith('`') ? `<code>${escape(part.slice(1, -1))}</code>` : escape(part)))
    .join('');
}

const ADDRESS = /https?:\/\/[^\s<>()]*[^\s<>().,;:]/g;

/** Words with each web address made a link. */
function linked(words: string): string {
  let out = '';
  let from = 0;
  for (const match of words.matchAll(ADDRESS)) {
    const address = escape(match[0]);
    out += `${escape(words.slice(from, match.index))}<a href="${address}" rel="noreferrer">${address}</a>`;
    from = match.index + match[0].length;
  }
  return out + escape(words.slice(from));
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function row(header: string, cell: string): string {
  return `<tr><th scope="row">${header}</th><td>${cell}</td></tr>`;
}

function sourceLine(words: SourceWords): string {
  return sourceSentences(words, linked);
}

function appears(clauses: readonly Clause[]): string {
  return clauses.map((clause) => `<p>${escape(clause.lead)}</p>${list(clause.answers.map(escape))}`).join('');
}

function cases(rule: SheetRule): string {
  if (rule.cases === 'always-on')
    return '<p>Rule tests: on every summary (checked with no answers, the quiet and the loud answers).</p>';
  if (rule.cases === 'none') return '<p>Rule tests: none.</p>';
  return [
    '<h4>Fires for (rule tests)</h4>',
    list(rule.cases.fires.map(escape)),
    '<h4>Silent for (rule tests)</h4>',
    list(rule.cases.silent.map(escape)),
  ].join('\n');
}

function ruleHtml(rule: SheetRule, tier: string, sources: readonly SheetSource[]): string {
  const beside = rule.shownBeside.length > 0 ? list(rule.shownBeside.map(escape)) : 'Nothing (a point for everyone)';
  const cited = rule.sources.map((number) => {
    const source = sources[number - 1];
    if (!source) throw new Error(`No source number ${number}`);
    return `<a href="#source-${number}">Source ${number}</a> (<code>${source.id}</code>): ${sourceLine(source.en)}`;
  });
  return `<div class="rule">
<h3 id="${rule.id}">${rule.id}</h3>
<table class="facts">
${row('Tier', escape(tier))}
${row('Section', escape(rule.section))}
${row('Topic', rule.topic ? `${escape(rule.topic)} (at most one point of a topic is shown)` : 'None')}
${row('Printed beside it as “You said”', beside)}
${row('When it appears', appears(rule.appears))}
</table>
<table class="words">
<thead><tr><th scope="col">Text</th><th scope="col">English</th><th scope="col" lang="es">Español</th></tr></thead>
<tbody>
<tr><th scope="row">Point</th><td>${escape(rule.en.point)}</td><td lang="es">${escape(rule.es.point)}</td></tr>
<tr><th scope="row">Why</th><td>${escape(rule.en.why)}</td><td lang="es">${escape(rule.es.why)}</td></tr>
</tbody>
</table>
<h4>Sources</h4>
${list(cited)}
${cases(rule)}
</div>`;
}

function sourceHtml(source: SheetSource): string {
  const cited = source.citedBy.map((id) => `<a href="#${id}">${id}</a>`).join(', ') || 'No rule';
  return `<div class="source">
<h3 id="source-${source.number}">Source ${source.number}</h3>
<table class="facts">
${row('Id', `<code>${source.id}</code>`)}
${row('English', sourceLine(source.en))}
${source.es ? `<tr><th scope="row">Español</th><td lang="es">${sourceLine(source.es)}</td></tr>` : ''}
${row('Cited by', cited)}
</table>
</div>`;
}

/** The sheet as a page of its own: `dist/review.html`. */
export function sheetHtml(sheet: ReviewSheet): string {
  const intro = introduction(sheet.count);
  const tiers = sheet.tiers.map(
    (tier) => `<section aria-labelledby="tier-${tier.id}">
<h2 id="tier-${tier.id}">${escape(tier.en)}</h2>
<p>Tier <code>${tier.id}</code>. In Spanish: <span lang="es">${escape(tier.es)}</span>. ${tier.rules.length} points.</p>
${tier.rules.map((rule) => ruleHtml(rule, `${tier.en} (${tier.id})`, sheet.sources)).join('\n')}
</section>`,
  );
  const contents = [
    ...sheet.tiers.map((tier) => `<a href="#tier-${tier.id}">${escape(tier.en)}</a>: ${tier.rules.length} points`),
    '<a href="#baselines">The quiet and the loud answers</a>',
    '<a href="#sources">Sources</a>',
  ];
  const baselines = sheet.baselines.map(
    (baseline) => `<h3>${escape(capital(baseline.name))}</h3>
<p>${escape(baseline.about)}</p>
${list(baseline.answers.map(escape))}`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>${escape(TITLE)}</title>
<link rel="stylesheet" href="review.css" />
</head>
<body>
<header><p><a href="./">Back to the questionnaire</a></p></header>
<main>
<h1>${escape(TITLE)}</h1>
${intro.about.map((paragraph) => `<p>${prose(paragraph)}</p>`).join('\n')}
<h2>How to read it</h2>
${list(intro.howToRead.map(prose))}
<nav aria-labelledby="contents">
<h2 id="contents">Contents</h2>
${list(contents)}
</nav>
${tiers.join('\n')}
<section aria-labelledby="baselines">
<h2 id="baselines">The quiet and the loud answers</h2>
${baselines.join('\n')}
</section>
<section aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<p>Each source, the rules that cite it, and its Spanish wording where that differs.</p>
${sheet.sources.map(sourceHtml).join('\n')}
</section>
</main>
</body>
</html>
`;
}
