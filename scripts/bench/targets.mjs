// The performance targets and how our numbers compare with them.
import { KiB } from './stats.mjs';

/**
 * @typedef {{ id: string, label: string, unit: 'score' | 'ms' | 'KiB' | '', limit: number,
 *   better: 'higher' | 'lower', value: (r: any) => number | undefined, round?: number }} Target
 */

/** @type {Target[]} */
export const TARGETS = [
  {
    id: 'lighthouse-performance',
    label: 'Lighthouse Performance (mobile, median)',
    unit: 'score',
    limit: 100,
    better: 'higher',
    value: (r) => r.lighthouse?.median.performance,
  },
  {
    id: 'lcp',
    label: 'Largest Contentful Paint (Lighthouse, median)',
    unit: 'ms',
    limit: 1100,
    better: 'lower',
    value: (r) => r.lighthouse?.median.lcpMs,
  },
  {
    id: 'tbt',
    label: 'Total Blocking Time (Lighthouse, median)',
    unit: 'ms',
    limit: 50,
    better: 'lower',
    value: (r) => r.lighthouse?.median.tbtMs,
  },
  // Lighthouse shows CLS to 3 decimals; "0" means it rounds to 0.000.
  {
    id: 'cls',
    label: 'Cumulative Layout Shift (Lighthouse, median)',
    unit: '',
    limit: 0,
    better: 'lower',
    value: (r) => r.lighthouse?.median.cls,
    round: 3,
  },
  {
    id: 'step-transition',
    label: 'Step transition at 4x CPU slowdown (median)',
    unit: 'ms',
    limit: 50,
    better: 'lower',
    value: (r) => r.journey?.stepTransition.median,
  },
  {
    id: 'first-view-gzip',
    label: 'First view JS+CSS, gzip',
    unit: 'KiB',
    limit: 80,
    better: 'lower',
    value: (r) => r.bytes && r.bytes.firstView.total.gzip / KiB,
  },
  {
    id: 'total-gzip',
    label: 'All JS+CSS in assets/, gzip',
    unit: 'KiB',
    limit: 130,
    better: 'lower',
    value: (r) => r.bytes && r.bytes.all.total.gzip / KiB,
  },
];

/** @param {any} results @returns {{ id: string, label: string, value?: number, unit: string, target: string, pass: boolean | null }[]} */
export function checkTargets(results) {
  return TARGETS.map((t) => {
    const raw = t.value(results);
    const value = raw === undefined ? undefined : t.round === undefined ? raw : Number(raw.toFixed(t.round));
    const pass = value === undefined ? null : t.better === 'higher' ? value >= t.limit : value <= t.limit;
    const unit = t.unit === 'score' ? '' : t.unit;
    return {
      id: t.id,
      label: t.label,
      value: raw,
      unit,
      target: `${t.better === 'higher' ? '≥' : '≤'} ${t.limit}${unit ? ' ' + unit : ''}`,
      pass,
    };
  });
}
