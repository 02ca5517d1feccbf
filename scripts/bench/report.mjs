// Prints the bench results as readable tables and writes them as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KiB } from './stats.mjs';

/** @param {string[][]} rows first row is the header */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c] ?? '').length)));
  const line = (row) =>
    row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const kib = (bytes) => (bytes === undefined ? '–' : `${(bytes / KiB).toFixed(1)} KiB`);
const mib = (bytes) => (bytes === undefined ? '–' : `${(bytes / KiB / KiB).toFixed(2)} MiB`);
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const fixed = (value, digits) => (value === undefined ? '–' : value.toFixed(digits));

/** @param {{ value?: number, unit: string }} t */
function formatTargetValue(t) {
  if (t.value === undefined) return 'not measured';
  if (t.unit === 'ms') return ms(t.value);
  if (t.unit === 'KiB') return `${t.value.toFixed(1)} KiB`;
  return Number.isInteger(t.value) ? String(t.value) : t.value.toFixed(3);
}

/** @param {any} r the results object written as JSON */
export function formatReport(r) {
  const out = [];
  out.push(
    `Bench ${r.date}  commit ${r.git.sha}${r.git.changedFiles.length ? ` + uncommitted changes to ${r.git.changedFiles.join(', ')}` : ''}${r.quick ? '  --quick (no Lighthouse)' : ''}`,
  );
  out.push(`Node ${r.versions.node}, ${r.versions.chromium}, Lighthouse ${r.versions.lighthouse ?? '(not run)'}`);
  out.push(
    `${r.machine.cpuModel}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load average ${r.loadAverage.start.join(' ')} → ${r.loadAverage.end.join(' ')}`,
  );

  out.push('', 'Targets');
  out.push(
    table([
      ['measure', 'ours', 'target', 'result'],
      ...r.targets.map((t) => [
        t.label,
        formatTargetValue(t),
        t.target,
        t.pass === null ? 'n/a' : t.pass ? 'pass' : 'FAIL',
      ]),
    ]),
  );

  const b = r.bytes;
  out.push('', 'Bytes (gzip 9 / brotli 11, as served)');
  out.push(
    table([
      ['file', 'raw', 'gzip', 'brotli'],
      ...b.firstView.files.map((f) => [`first view: ${f.file}`, kib(f.raw), kib(f.gzip), kib(f.brotli)]),
      ['first view JS', kib(b.firstView.js.raw), kib(b.firstView.js.gzip), kib(b.firstView.js.brotli)],
      ['first view CSS', kib(b.firstView.css.raw), kib(b.firstView.css.gzip), kib(b.firstView.css.brotli)],
      ['first view JS+CSS', kib(b.firstView.total.raw), kib(b.firstView.total.gzip), kib(b.firstView.total.brotli)],
      ['all assets/*.js|css', kib(b.all.total.raw), kib(b.all.total.gzip), kib(b.all.total.brotli)],
      ['index.html', kib(b.html.raw), kib(b.html.gzip), kib(b.html.brotli)],
      ...(b.embed ? [['embed.js (clinic pages)', kib(b.embed.raw), kib(b.embed.gzip), kib(b.embed.brotli)]] : []),
    ]),
  );
  for (const chunk of r.composition) {
    const total = chunk.groups.reduce((sum, g) => sum + g.minified, 0);
    out.push('', `What ${chunk.chunk} is made of (minified bytes from its source map; gzip of each part alone)`);
    out.push(
      table([
        ['package or app folder', 'minified', 'share', 'gzip alone'],
        ...chunk.groups
          .slice(0, 12)
          .map((g) => [g.name, kib(g.minified), `${((100 * g.minified) / total).toFixed(1)} %`, kib(g.gzipAlone)]),
      ]),
    );
  }

  if (r.lighthouse) {
    const l = r.lighthouse;
    out.push('', `Lighthouse ${l.version}, mobile, ${l.throttling}: ${l.runs.length} runs`);
    const rows = l.runs.map((run, i) => [
      `run ${i + 1}`,
      String(run.performance),
      ms(run.fcpMs),
      ms(run.lcpMs),
      ms(run.tbtMs),
      fixed(run.cls, 3),
      ms(run.speedIndexMs),
      String(run.benchmarkIndex ?? '–'),
    ]);
    const m = l.median;
    rows.push([
      'median',
      String(m.performance),
      ms(m.fcpMs),
      ms(m.lcpMs),
      ms(m.tbtMs),
      fixed(m.cls, 3),
      ms(m.speedIndexMs),
      '',
    ]);
    out.push(table([['', 'Perf', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'benchmarkIndex'], ...rows]));
  }

  const f = r.firstInteractive;
  out.push(
    '',
    `First interaction, no CPU slowdown, ${f.viewport.width}x${f.viewport.height}, median of ${f.start.runs.length} cold loads (ms from navigation start)`,
  );
  out.push(
    table([
      [
        '',
        'FCP',
        'control ready',
        'ready, next frame',
        'app started',
        'click sent',
        'click handled + frame',
        'click → frame',
      ],
      ...['start', 'area'].map((k) => {
        const m = f[k].median;
        return [
          k === 'start' ? '/ "Start now"' : '/#/area first radio',
          ms(m.fcpMs),
          ms(m.readyMs),
          ms(m.readyPaintedMs),
          ms(m.appStartedMs),
          ms(m.clickMs),
          ms(m.handledPaintedMs),
          ms(m.clickToPaintMs),
        ];
      }),
    ]),
  );

  const t = r.throttledLoad;
  if (t) {
    const p = t.profile;
    out.push(
      '',
      `Cold load over a slow phone line (DevTools throttling: ${p.latencyMs} ms RTT, ${(p.downloadKbps / 1024).toFixed(1)} Mbps, ${p.cpuSlowdown}x CPU), median of ${t.repeats} (ms from navigation start)`,
    );
    out.push(
      table([
        ['', 'FCP', 'LCP', 'app started', 'first question shown'],
        ...['start', 'area'].map((k) => {
          const m = t[k].median;
          return [t[k].path, ms(m.fcpMs), ms(m.lcpMs), ms(m.appStartedMs), ms(m.firstQuestionMs)];
        }),
      ]),
    );
  }

  const j = r.journey;
  out.push(
    '',
    `Full run at ${j.cpuSlowdown}x CPU slowdown: click → first frame after the new h1 (${j.stepTransition.count} question-to-question steps)`,
  );
  out.push(
    table([
      ['', 'median', 'min', 'max'],
      ['step transition (to frame)', ms(j.stepTransition.median), ms(j.stepTransition.min), ms(j.stepTransition.max)],
      [
        'step transition (after paint)',
        ms(j.stepTransitionAfterPaint.median),
        ms(j.stepTransitionAfterPaint.min),
        ms(j.stepTransitionAfterPaint.max),
      ],
      ['start → first question', ms(j.startToFirstQuestionMs), '', ''],
      ['question → get-help page', ms(j.toGetHelpMs), '', ''],
      ['get-help page → next question', ms(j.fromGetHelpMs), '', ''],
      ['last question → check answers', ms(j.toCheckAnswersMs), '', ''],
      ['check answers → summary', ms(j.toSummaryMs), '', ''],
    ]),
  );
  out.push('', 'JS heap after garbage collection');
  out.push(
    table([
      ['', 'used', 'total', 'DOM nodes', 'listeners'],
      ...[
        ['start page', j.heap.atStart],
        ['summary after full run', j.heap.atSummary],
      ].map(([name, h]) => [name, mib(h.usedBytes), mib(h.totalBytes), String(h.domNodes), String(h.eventListeners)]),
    ]),
  );
  return out.join('\n');
}

/** Writes the results to `${dir}/${name}.json`; returns the path. */
export function writeResults(dir, name, results) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  return path;
}
