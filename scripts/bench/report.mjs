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
  if (t.unit === '×') return `${t.value.toFixed(2)}×`;
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
    const runs = (page, key, format) => page.runs.map((run) => format(run[key])).join(' / ');
    out.push(
      '',
      `Lighthouse ${l.version}, ${l.formFactor}, ${l.throttling}: median of ${l.pages[0]?.runs.length ?? 0} runs per page`,
    );
    out.push(
      table([
        ['page', 'Perf', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'LCP of each run', 'TBT of each run'],
        ...l.pages.map((page) => [
          page.path,
          String(page.median.performance),
          ms(page.median.fcpMs),
          ms(page.median.lcpMs),
          ms(page.median.tbtMs),
          fixed(page.median.cls, 3),
          ms(page.median.speedIndexMs),
          runs(page, 'lcpMs', (v) => String(Math.round(v))),
          runs(page, 'tbtMs', (v) => String(Math.round(v))),
        ]),
      ]),
    );
    const indexes = l.pages.flatMap((page) => page.runs.map((run) => run.benchmarkIndex)).filter(Boolean);
    if (indexes.length) out.push(`benchmarkIndex ${Math.min(...indexes)}–${Math.max(...indexes)}`);
    for (const page of l.pages)
      for (const warning of new Set(page.runs.flatMap((run) => run.warnings))) out.push(`  ${page.path}: ${warning}`);
  }

  const fp = r.firstPaint;
  if (fp) {
    out.push(
      '',
      `Cold load at ${fp.cpuSlowdown}x CPU, no network throttling, median of ${fp.loads} (ms from navigation start; painted = on screen, then a frame, then setTimeout 0)`,
    );
    out.push(
      table([
        ['', 'path', 'FCP', 'app started', 'painted', 'painted runs', '÷ plain HTML'],
        ...fp.rows.map((row) => [
          `${row.label}${row.otherPageFirst ? ` (another page first in ${row.otherPageFirst})` : ''}`,
          row.site === 'plain' ? '(reference)' : row.path,
          ms(row.median.fcpMs),
          ms(row.median.appStartedMs),
          ms(row.median.paintedMs),
          row.runs.map((run) => Math.round(run.paintedMs)).join(' / '),
          row.ratioToPlain === undefined ? '–' : `${row.ratioToPlain.toFixed(2)}×`,
        ]),
      ]),
    );
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
        ['', 'FCP', 'LCP', 'app started', 'page painted (h1; on #/area the question)'],
        ...['start', 'area'].map((k) => {
          const m = t[k].median;
          return [t[k].path, ms(m.fcpMs), ms(m.lcpMs), ms(m.appStartedMs), ms(m.paintedMs)];
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
  if (r.startupProfile) out.push('', formatStartupProfile(r.startupProfile));
  return out.join('\n');
}

/** Writes the results to `${dir}/${name}.json`; returns the path. */
export function writeResults(dir, name, results) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  return path;
}

/** The start-up profile (startup-profile.mjs) as tables. @param {any} p */
export function formatStartupProfile(p) {
  const out = [];
  const t = p.traced;
  const c = t.medianRun.criticalPath;
  const at = (start, dur) => (start === undefined ? '–' : `${ms(start)}${dur === undefined ? '' : ` (+${ms(dur)})`}`);
  out.push(
    `Start-up profile: ${p.page.path} (${p.page.label}), ${p.cpuSlowdown}x CPU, network ${p.network}, ${p.runs} traced and ${p.runs} profiled cold loads (new context each, from a same-origin blank page)`,
  );
  out.push(`first question painted in the traced loads: ${t.paintedMs.map((v) => Math.round(v)).join(', ')} ms`);
  out.push('', 'Critical path of the median traced run (ms since navigation start)');
  out.push(
    table([
      ['', 'at (+ duration)'],
      ['HTML received', ms(c.htmlReceivedMs)],
      ['HTML parse starts (+ all parsing, ms)', at(c.parseHtmlStartMs, c.parseHtmlMs)],
      ['DOMContentLoaded', ms(c.domContentLoadedMs)],
      ['entry chunk requested → received', `${ms(c.entryRequestedMs)} → ${ms(c.entryReceivedMs)}`],
      ['entry chunk evaluated', at(c.entryEvaluateStartMs, c.entryEvaluateMs)],
      [`${c.catalog ?? 'catalog'} requested → received`, `${ms(c.catalogRequestedMs)} → ${ms(c.catalogReceivedMs)}`],
      ['catalog evaluated', at(c.catalogEvaluateStartMs, c.catalogEvaluateMs)],
      ['entry evaluated → catalog evaluated', `${ms(c.catalogWaitMs)} (main thread idle ${ms(c.catalogWaitIdleMs)})`],
      [
        `longest task after: ${c.firstRenderTask?.what ?? '–'}`,
        at(c.firstRenderTask?.startMs, c.firstRenderTask?.durMs),
      ],
      ['catalog evaluated → question painted', ms(c.fromCatalogToPaintedMs)],
      ['first contentful paint', ms(c.fcpMs)],
      ['first question painted', ms(c.paintedMs)],
      ['main thread busy / idle until then', `${ms(c.mainThreadBusyMs)} / ${ms(c.mainThreadIdleMs)}`],
    ]),
  );
  out.push('', 'Main thread until the question is painted, by kind of work (median of the traced runs)');
  out.push(
    table([
      ['work', 'ms'],
      ...t.byKindMedian.map((k) => [k.name, ms(k.ms)]),
      ['of which V8 compiling functions on the main thread', ms(t.mainThreadCompileMs)],
      ...t.backgroundParseMs.map((b) => [`off the main thread: streaming parse of ${b.name}`, ms(b.ms)]),
    ]),
  );
  out.push('', 'What ran when, median traced run (main-thread slices of 2 ms or more)');
  out.push(
    table([
      ['start', 'ms', 'what'],
      ...t.medianRun.slices.filter((s) => s.durMs >= 2).map((s) => [ms(s.startMs), ms(s.durMs), s.what]),
    ]),
  );
  const pr = p.profiled;
  const total = pr.selfByGroup.reduce((sum, g) => sum + g.ms, 0);
  const list = (items, limit = 15) =>
    table([['', 'ms'], ...items.slice(0, limit).map((i) => [i.name, `${i.ms.toFixed(1)} ms`])]);
  out.push(
    '',
    `CPU time by module until the question is painted (profiled loads, sampled every ${pr.samplingIntervalUs} µs; medians; the profiler itself slows the page: painted at ${pr.paintedMs.map((v) => Math.round(v)).join(', ')} ms)`,
  );
  out.push(
    table([
      ['module group (self time)', 'ms', 'share'],
      ...pr.selfByGroup.map((g) => [g.name, `${g.ms.toFixed(1)} ms`, `${((100 * g.ms) / total).toFixed(0)} %`]),
    ]),
  );
  out.push('', 'By task (what the outermost script frame was), and the modules inside it');
  for (const phase of pr.byPhase.filter((ph) => ph.ms >= 1))
    out.push(
      `  ${phase.ms.toFixed(1).padStart(6)} ms  ${phase.phase}: ${phase.groups
        .filter((g) => g.ms >= 0.5)
        .map((g) => `${g.name} ${g.ms.toFixed(1)}`)
        .join(', ')}`,
    );
  out.push('', 'Work done at import: under each chunk’s top-level code, by the function it called');
  out.push(list(pr.calledFromTopLevel));
  out.push('', 'Functions by self time');
  out.push(list(pr.topFunctions, 20));
  out.push('', 'Our files, inclusive (their own time and all they call)');
  out.push(list(pr.inclusiveByAppFile));
  return out.join('\n');
}
