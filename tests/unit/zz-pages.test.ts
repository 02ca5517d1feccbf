// @vitest-environment node
import { it } from 'vitest';
// Prints the seeded summary for a few people to PDF and counts pages.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { quiet } from '../support/answers/quiet-answers';
import { COMPLEX_PERSON } from '../e2e/support/complex-person';
import { loud } from '../support/answers/loud-answers';
const OWN = { question1: 'Can I see photos of calves you have treated?', question2: 'How soon can I drive?', question3: 'Who do I call at night if something is wrong?', question4: 'Will I need a second operation to even out the two legs?', question5: 'My mother had a clot after a knee operation and I fly a lot for work: what would you do to keep me safe before and after, and for how many weeks then?' };
const people = { HEALTHY: quiet(), COMPLEX: COMPLEX_PERSON, HEALTHY_OWN: quiet({ 'own-questions': OWN }), LOUD: loud() } as const;
it('pages', async () => {
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, answers] of Object.entries(people).filter(([n]) => n !== 'LOUD')) for (const locale of ['en', 'es']) for (const format of ['A4', 'Letter'] as const) {
  const page = await browser.newPage();
  const saved = JSON.stringify({ version: 1, place: 'summary', answers, locale });
  await page.addInitScript(([k, v]) => { if (sessionStorage.getItem(k) === null) sessionStorage.setItem(k, v); }, ['calf-ankle-prep:v1', saved]);
  await page.goto('http://127.0.0.1:4190/');
  await page.waitForSelector('.option-grid', { timeout: 20000 });
  await page.emulateMedia({ media: 'print' });
  const file = `/tmp/tools/${name}-${locale}-${format}.pdf`;
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  const info = execFileSync('pdfinfo', [file]).toString();
  process.stdout.write('PAGES '+[name, locale, format, /Pages:\s+(\d+)/.exec(info)?.[1]].join(' ')+'\n');
  await page.close();
}
await browser.close();
}, 600_000);
