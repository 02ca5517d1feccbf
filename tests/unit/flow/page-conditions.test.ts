import { describe, expect, it } from 'vitest';
import { flowTable, type FlowTransition } from '../../../src/flow/flow-table';
import { pageConditions } from '../../../src/flow/page-conditions';

describe('the condition that puts each page on the route', () => {
  it('is the guard into a follow-up page, passed on through its default way out', () => {
    const conditions = pageConditions();
    expect(conditions['ankle-feel']).toBe('includesAnkles');
    expect(conditions['surgeon-board']).toBe('hasSurgeonInMind');
    expect(conditions.facility).toBe('hasSurgeonInMind');
    expect(conditions['own-questions']).toBe('always');
  });

  it('cannot be stated when a page is entered under two different conditions, so the table is refused', () => {
    const table = {
      ...flowTable,
      technique: [
        { guard: 'hasDiabetes', target: 'technique-appeal' } satisfies FlowTransition,
        ...flowTable.technique,
      ],
    };
    expect(() => pageConditions(table)).toThrow(/technique-appeal/);
  });
});
