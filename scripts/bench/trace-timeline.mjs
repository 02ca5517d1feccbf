// The renderer's main thread during a page load, from a Chromium trace (DevTools' "Performance"
// categories): what ran when, in ms since navigation start, up to a given moment (the first
// question painted). Durations are wall time on the throttled main thread.

/** The main-thread events the timeline names; anything else inside a task counts as "other". */
const KINDS = {
  ParseHTML: 'parse HTML',
  EvaluateScript: 'evaluate script',
  'v8.compile': 'compile script',
  'v8.compileModule': 'compile module',
  'v8.evaluateModule': 'evaluate module',
  FunctionCall: 'JS callback',
  RunMicrotasks: 'microtasks',
  TimerFire: 'JS callback',
  FireAnimationFrame: 'JS callback',
  EventDispatch: 'JS callback',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  // The new document's JS context: the window, V8's context snapshot, and the init scripts
  // Playwright adds (the bench's probe) — there for the plain-HTML page too.
  'LocalWindowProxy::Initialize': 'create the JS context',
  ParseAuthorStyleSheet: 'parse CSS',
  'HTMLDocumentParser::MaybeFetchQueuedPreloads': 'parse HTML',
};

/**
 * @typedef {{ name: string, cat: string, ph: string, ts: number, dur?: number, pid: number, tid: number,
 *   args?: any }} TraceEvent
 * @typedef {(url: string, line: number, column: number) => string | undefined} NameFunction
 *   the original name of the function at a position of a script, from the source maps
 */

/** "assets/index-BZ9Nvejx.js" from a full URL; "(inline)" for the document itself. */
export function shortUrl(url, documentUrl) {
  if (!url) return '';
  const path = new URL(url).pathname;
  return url.split('#')[0] === documentUrl.split('#')[0] ? 'inline script' : path.replace(/^\//, '');
}

/** Merges [start, end] intervals into disjoint ones, in order. */
function merge(intervals) {
  /** @type {[number, number][]} */
  const merged = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** How long the main thread ran no task between two moments. @param {[number, number][]} busy merged */
export function idleBetween(busy, fromMs, toMs) {
  const overlap = busy.reduce((total, [s, e]) => total + Math.max(0, Math.min(e, toMs) - Math.max(s, fromMs)), 0);
  return Math.max(0, toMs - fromMs - overlap);
}

/**
 * @param {TraceEvent[]} events
 * @param {{ documentUrl: string, endMs: number, nameAt?: NameFunction }} options
 */
export function mainThreadTimeline(events, { documentUrl, endMs, nameAt = () => undefined }) {
  const navigation = events.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === documentUrl,
  );
  const start = navigation.at(-1);
  if (!start) throw new Error(`The trace has no navigationStart for ${documentUrl}`);
  const threadName = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const { pid, tid } = start;
  if (threadName.get(`${pid}:${tid}`) !== 'CrRendererMain')
    throw new Error('navigationStart did not come from a renderer main thread');
  const ms = (ts) => (ts - start.ts) / 1000;
  const onMain = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => ms(e.ts) < endMs && ms(e.ts + e.dur) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const clip = (e) => [Math.max(0, ms(e.ts)), Math.min(endMs, ms(e.ts + (e.dur ?? 0)))];

  // Tasks: busy and idle time up to the end mark.
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const busy = merge(tasks.map(clip));
  const busyMs = busy.reduce((total, [s, e]) => total + e - s, 0);

  // Module evaluation has no URL of its own: it is the module compiled last before it.
  let lastCompiled = '';
  /** @param {TraceEvent} e */
  const describe = (e) => {
    const data = e.args?.data ?? {};
    if (e.name === 'v8.compileModule') lastCompiled = data.url ?? e.args?.fileName ?? '';
    const url = e.name === 'v8.evaluateModule' ? lastCompiled : (data.url ?? e.args?.beginData?.url ?? '');
    let what = KINDS[e.name];
    const script = shortUrl(url, documentUrl);
    if (e.name === 'EventDispatch' && data.type) what = `event: ${data.type}`;
    else if (e.name === 'FunctionCall') {
      // Trace positions count from 1; profiles and source maps from 0.
      const name = nameAt(url, (data.lineNumber ?? 1) - 1, (data.columnNumber ?? 1) - 1) ?? data.functionName;
      what = `JS callback: ${name || '(anonymous)'}${script ? ` (${script})` : ''}`;
    } else if (/compile|evaluate/i.test(e.name) && script) what = `${what}: ${script}`;
    return what;
  };

  // The named events, each with its self time (minus named events inside it).
  /** @type {{ event: TraceEvent, what: string, startMs: number, durMs: number, selfMs: number, depth: number }[]} */
  const named = [];
  /** @type {typeof named} */
  const stack = [];
  for (const e of onMain) {
    if (!(e.name in KINDS)) continue;
    while (stack.length && stack.at(-1).event.ts + (stack.at(-1).event.dur ?? 0) <= e.ts) stack.pop();
    const [from, to] = clip(e);
    const item = {
      event: e,
      what: describe(e),
      startMs: from,
      durMs: to - from,
      selfMs: to - from,
      depth: stack.length,
    };
    if (stack.length) stack.at(-1).selfMs -= item.durMs;
    named.push(item);
    stack.push(item);
  }
  /** @type {Record<string, number>} */
  const byKind = {};
  for (const item of named) {
    const kind = KINDS[item.event.name] ?? 'other';
    byKind[kind] = (byKind[kind] ?? 0) + Math.max(0, item.selfMs);
  }
  const namedTotal = Object.values(byKind).reduce((a, b) => a + b, 0);
  byKind['other (task overhead, loading, scheduling)'] = Math.max(0, busyMs - namedTotal);

  // Lazy compilation on the main thread (only with the disabled-by-default-v8.compile category).
  const compile = onMain.filter((e) => e.cat.includes('disabled-by-default-v8.compile') && e.name.startsWith('V8.'));
  const compileMs = compile.length ? merge(compile.map(clip)).reduce((total, [s, e]) => total + e - s, 0) : undefined;

  // Streaming parse and compile of each script off the main thread.
  /** @type {Record<string, number>} */
  const backgroundParseMs = {};
  for (const e of events) {
    if (e.name !== 'v8.parseOnBackground' || e.pid !== pid || ms(e.ts) > endMs) continue;
    const script = shortUrl(e.args?.data?.url ?? '', documentUrl);
    backgroundParseMs[script] = (backgroundParseMs[script] ?? 0) + (e.dur ?? 0) / 1000;
  }

  return {
    endMs,
    busyMs,
    busy,
    idleMs: endMs - busyMs,
    byKind: Object.fromEntries(Object.entries(byKind).sort((a, b) => b[1] - a[1])),
    mainThreadCompileMs: compileMs,
    backgroundParseMs,
    // The outermost named events: the order things happened in.
    slices: named
      .filter((item) => item.depth === 0 || item.event.name === 'v8.evaluateModule')
      .filter((item) => item.durMs >= 0.1)
      .map((item) => ({
        startMs: item.startMs,
        durMs: item.durMs,
        what: item.what,
      })),
  };
}
