import { describe, expect, it } from 'vitest';
import { PAGE_SECTIONS } from '../../../src/answers/page-sections';
import type { StepId } from '../../../src/answers/step-ids';
import { partOf } from '../../../src/embed/use-host-messages';
import { FIRST_STEP, flowTable, type Destination } from '../../../src/flow/flow-table';

/**
 * Every way through the flow table from the first page to check-answers, taking any transition
 * whatever its guard: more paths than answers can make, so what holds for these holds for every
 * route a patient can take.
 */
function everyPath(): StepId[][] {
  const paths: StepId[][] = [];
  const walk = (step: Destination, path: StepId[]) => {
    if (step === 'check-answers') {
      paths.push(path);
      return;
    }
    if (path.includes(step)) throw new Error(`The flow table loops at ${step}`);
    for (const transition of flowTable[step]) walk(transition.target, [...path, step]);
  };
  walk(FIRST_STEP, []);
  return paths;
}

describe('the parts of the questionnaire the host hears about (progress)', () => {
  const paths = everyPath();
  const allParts = PAGE_SECTIONS.map((_section, index) => index + 1);

  it('finds the routes, conditional pages included', () => {
    expect(paths.length).toBeGreaterThanOrEqual(16);
    expect(new Set(paths.flat())).toEqual(new Set(Object.keys(flowTable)));
  });

  it.each(paths.map((path) => [path.length, path.join(' > '), path] as const))(
    'a route of %i pages passes every part once, in order: %s',
    (_length, _name, path) => {
      const parts = path.map((step) => partOf(step));
      // The parts the host hears, in order: one progress message each time the part changes.
      const changes = parts.filter((part, index) => part !== parts[index - 1]);
      expect(changes).toEqual(allParts);
    },
  );

  it('has no part for the start page, check-answers or the summary', () => {
    expect(partOf('intro')).toBeUndefined();
    expect(partOf('check-answers')).toBeUndefined();
    expect(partOf('summary')).toBeUndefined();
  });
});
