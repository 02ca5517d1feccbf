// The plain-HTML reference for "first question painted": the app's first question page written
// as a static page, the way a GOV.UK-style form without a framework would be. Its HTML holds the
// page, a small stylesheet styles it and a few lines of vanilla JS check it on Continue. The bench
// writes it to a temporary folder and serves it with the same static server and headers as the
// app, so the two differ only in what the app does to put the same words on screen.
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** @param {import('./app-words.mjs').AppWords} words */
function html(words) {
  const fieldsets = Object.entries(words.questions)
    .map(
      ([name, q]) => `      <div class="form-group">
        <fieldset class="fieldset" aria-describedby="${name}-error">
          <legend class="legend">${escape(q.legend)}</legend>
          <p class="error-message" id="${name}-error" hidden><span class="visually-hidden">${escape(words.errorPrefix)}</span> ${escape(q.error)}</p>
          <div class="radios">
${q.options
  .map(
    (o, i) => `            <div class="choice">
              <input class="choice__input" id="${name}-${i}" name="${name}" type="radio" value="${escape(o.value)}" />
              <label class="choice__label" for="${name}-${i}">${escape(o.label)}</label>
            </div>`,
  )
  .join('\n')}
          </div>
        </fieldset>
      </div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(words.firstPageTitle)}</title>
    <!-- As in the app: no favicon request that could race the first paint. -->
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="reference.css" />
    <script type="module" src="reference.js"></script>
  </head>
  <body>
    <header class="header">
      <p class="header__title">${escape(words.appTitle)}</p>
      <p class="header__tagline">${escape(words.tagline)}</p>
    </header>
    <main class="main" id="main-content">
      <form class="question-form" novalidate>
      <div class="error-summary" role="alert" tabindex="-1" hidden>
        <h2 class="error-summary__title">${escape(words.errorSummaryTitle)}</h2>
        <ul class="error-summary__list"></ul>
      </div>
      <h1 class="heading-l">${escape(words.firstPageTitle)}</h1>
${fieldsets}
      <button class="button" type="submit">${escape(words.continue)}</button>
      </form>
    </main>
  </body>
</html>
`;
}

// Sizes and colours of the GOV.UK design system, which the app's own stylesheet follows.
const CSS = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;background:#fff}
.header{background:#0b0c0c;color:#fff;padding:10px 15px;border-bottom:10px solid #1d70b8}
.header__title{margin:0;font-weight:700;font-size:24px}.header__tagline{margin:0;font-size:16px}
.main{max-width:960px;padding:20px 15px}
.heading-l{font-size:27px;margin:0 0 20px}
.form-group{margin-bottom:30px}.fieldset{border:0;margin:0;padding:0}
.legend{font-weight:700;font-size:21px;margin-bottom:15px;padding:0}
.choice{position:relative;min-height:40px;margin-bottom:10px;padding-left:40px}
.choice__input{position:absolute;z-index:1;top:0;left:0;width:44px;height:44px;margin:0;opacity:0;cursor:pointer}
.choice__label{display:inline-block;padding:8px 15px 5px;cursor:pointer}
.choice__label::before{content:"";position:absolute;top:2px;left:2px;width:40px;height:40px;border:2px solid currentColor;border-radius:50%}
.choice__input:checked+.choice__label::after{content:"";position:absolute;top:12px;left:12px;border:10px solid currentColor;border-radius:50%}
.choice__input:focus+.choice__label::before{box-shadow:0 0 0 4px #fd0}
.button{font:inherit;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px 7px;cursor:pointer}
.error-message{color:#d4351c;font-weight:700;margin:0 0 15px}
.error-summary{border:5px solid #d4351c;padding:15px;margin-bottom:30px}
.error-summary__title{margin:0 0 15px;font-size:24px}.error-summary__list a{color:#d4351c;font-weight:700}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

// Continue: each unanswered group gets its message and a link in the summary, which takes the focus.
const JS = `const form = document.querySelector('form');
const summary = form.querySelector('.error-summary');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const list = summary.querySelector('ul');
  list.replaceChildren();
  for (const fieldset of form.querySelectorAll('fieldset')) {
    const first = fieldset.querySelector('input');
    const message = fieldset.querySelector('.error-message');
    message.hidden = fieldset.querySelector('input:checked') !== null;
    if (message.hidden) continue;
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href: '#' + first.id, textContent: message.lastChild.textContent.trim() }));
    list.append(item);
  }
  summary.hidden = list.children.length === 0;
  if (!summary.hidden) summary.focus();
  else document.querySelector('h1').textContent = 'Thank you';
});
`;

/**
 * Writes the reference page to a new temporary folder, with `_headers` copied from the app's build
 * so the same CSP and security headers apply. The caller removes the folder.
 * @param {import('./app-words.mjs').AppWords} words English
 * @param {string} dist the app's build, for its _headers
 * @returns {string} the folder
 */
export function writePlainReference(words, dist) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  writeFileSync(join(dir, 'index.html'), html(words));
  writeFileSync(join(dir, 'reference.css'), CSS);
  writeFileSync(join(dir, 'reference.js'), JS);
  if (existsSync(join(dist, '_headers'))) copyFileSync(join(dist, '_headers'), join(dir, '_headers'));
  return dir;
}
