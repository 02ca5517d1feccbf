import { describe, expect, it } from 'vitest';
import { updateMode } from '../../../src/offline/update-decision';
import { hashOf } from '../../../src/flow/place-url';
import { STEP_IDS } from '../../../src/answers/step-ids';

describe('how a newer version takes over', () => {
  it.each(['', '#', hashOf('intro'), hashOf('summary')])('quietly on the start page and the summary (%j)', (hash) => {
    expect(updateMode(hash)).toBe('quiet');
  });

  it.each([...STEP_IDS.map(hashOf), hashOf('check-answers'), hashOf('get-help'), '#/nowhere'])(
    'only when asked anywhere else (%s)',
    (hash) => {
      expect(updateMode(hash)).toBe('ask');
    },
  );
});
