// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { DETAIL_MAX, NO_DETAILS, type ConsultationDetails } from '../../../src/answers/consultation-details';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { storedAnswersSchema } from '../../../src/answers/stored-answers-schema';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import {
  clearSession,
  loadSession,
  saveSession,
  sessionKey,
  STORAGE_KEY,
  type SavedSession,
} from '../../../src/persistence/session-store';
import { completeAnswers, KNOWN_PLACES, place, someAnswers } from './answer-arbitraries';

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

const session: fc.Arbitrary<SavedSession> = fc.record({ place, answers: fc.oneof(someAnswers, completeAnswers) });

/**
 * An independent reading of what may be restored: JSON with exactly version 1, a known place and
 * answers that every page's saved form accepts. Written out here rather than imported (the store
 * keeps its schema private), so the store is checked against the rule, not against itself.
 */
function isRestorable(raw: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return false;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data).sort();
  if (JSON.stringify(keys) !== JSON.stringify(['answers', 'place', 'version'])) return false;
  const { version, place: where, answers } = data as Record<string, unknown>;
  return (
    version === 1 && KNOWN_PLACES.some((known) => known === where) && storedAnswersSchema.safeParse(answers).success
  );
}

/** Writes raw text where the app keeps its session, loads it, and checks the outcome against the rule. */
function loadRaw(raw: string) {
  window.sessionStorage.setItem(STORAGE_KEY, raw);
  const result = loadSession();
  if (isRestorable(raw)) {
    expect(result.status).toBe('restored');
  } else {
    expect(result).toEqual({ status: 'discarded' });
    // Untrusted data does not stay behind to fail again on the next load.
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  }
  return result;
}

describe('the arbitraries', () => {
  it('produce answers that the saved-answers schema accepts, page by page', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(storedAnswersSchema.safeParse(answers).success).toBe(true);
        // And each page but height and weight (saved as numbers) also passes the page's own schema.
        for (const step of STEP_IDS) {
          if (step !== 'body-size') expect(stepSchemas[step].safeParse(answers[step]).success, step).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('loading a saved session', () => {
  it('is empty when nothing is saved', () => {
    expect(loadSession()).toEqual({ status: 'empty' });
  });

  it('never throws on random text, and discards what is not a valid session', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => void loadRaw(raw)),
      { numRuns: 200 },
    );
  });

  it('never throws on numbers, and discards them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (number) => {
        expect(loadRaw(String(number)).status).toBe('discarded');
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on random JSON, and restores only what is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void loadRaw(JSON.stringify(value))),
      { numRuns: 200 },
    );
  });

  it('round-trips every valid session through saveSession and loadSession', () => {
    fc.assert(
      fc.property(session, (saved) => {
        saveSession(saved);
        const result = loadSession();
        expect(result.status).toBe('restored');
        if (result.status === 'restored') {
          expect(result.session.place).toBe(saved.place);
          // toEqual, not toStrictEqual: an optional note left empty is undefined in memory and absent in JSON.
          expect(result.session.answers).toEqual(saved.answers);
        }
      }),
      { numRuns: 150 },
    );
  });

  /** One damage to a valid saved session, each of which must make it untrustworthy. */
  const damage: fc.Arbitrary<(data: Record<string, unknown>) => void> = fc.oneof(
    fc.constantFrom(
      (data: Record<string, unknown>) => delete data.version,
      (data: Record<string, unknown>) => delete data.place,
      (data: Record<string, unknown>) => delete data.answers,
      (data: Record<string, unknown>) => (data.answers = null),
      (data: Record<string, unknown>) => (data.answers = []),
    ),
    fc
      .oneof(fc.integer(), fc.constant('1'), fc.constant(null))
      .filter((version) => version !== 1)
      .map((version) => (data: Record<string, unknown>) => (data.version = version)),
    fc
      .string()
      .filter((text) => !KNOWN_PLACES.some((known) => known === text))
      .map((junk) => (data: Record<string, unknown>) => (data.place = junk)),
    fc
      .string()
      .filter((key) => !['version', 'place', 'answers'].includes(key))
      .map((key) => (data: Record<string, unknown>) => (data[key] = true)),
    // An unknown page: the answers object is strict.
    fc
      .string()
      .filter((key) => !STEP_IDS.some((step) => step === key))
      .map((key) => (data: Record<string, unknown>) => {
        // Defined, not assigned: assigning "__proto__" (which fast-check offers) would set the
        // prototype, not add a page; a tampered file read by JSON.parse has it as a key of its own.
        Object.defineProperty(data.answers, key, { value: {}, enumerable: true, configurable: true, writable: true });
      }),
    // A value no option has, on a page of radios or checkboxes (any text is a valid free-text answer,
    // so pages of text boxes alone, like the person's own questions, are not candidates).
    fc
      .constantFrom(...STEP_IDS.filter((step) => step !== 'body-size' && choiceField(step) !== undefined))
      .map((step) => (data: Record<string, unknown>) => {
        (data.answers as Record<string, unknown>)[step] = { [choiceField(step) ?? '']: 'not-an-option' };
      }),
    // "None of these" together with another choice.
    fc.constant((data: Record<string, unknown>) => {
      (data.answers as Record<string, unknown>)['clot-risk'] = { factors: ['none', 'cancer'] };
    }),
    // An unknown field in height and weight, whose saved form is a strict object.
    fc.constant((data: Record<string, unknown>) => {
      (data.answers as Record<string, unknown>)['body-size'] = { units: 'imperial', tampered: 1 };
    }),
    // A height out of the page's range.
    fc.constant((data: Record<string, unknown>) => {
      (data.answers as Record<string, unknown>)['body-size'] = { units: 'metric', centimetres: 20, kilograms: 60 };
    }),
    // Half a height-and-weight pair, which the page refuses: a lone height, or inches without feet.
    fc
      .constantFrom(
        { units: 'imperial', feet: 5 },
        { units: 'imperial', inches: 4, pounds: 150 },
        { units: 'metric', kilograms: 60 },
      )
      .map((size) => (data: Record<string, unknown>) => {
        (data.answers as Record<string, unknown>)['body-size'] = size;
      }),
    // The same box ticked twice, which the page cannot do.
    fc.constant((data: Record<string, unknown>) => {
      (data.answers as Record<string, unknown>)['clot-risk'] = { factors: ['cancer', 'cancer'] };
    }),
  );

  it('discards a valid session with any one damage, and removes it', () => {
    // "__proto__" as an unknown page, as a tampered file would carry it.
    const proto = JSON.parse('{"version":1,"place":"intro","answers":{"__proto__":{}}}') as unknown;
    expect(loadRaw(JSON.stringify(proto))).toEqual({ status: 'discarded' });
    fc.assert(
      fc.property(session, damage, (saved, harm) => {
        const data = JSON.parse(JSON.stringify({ version: 1, ...saved })) as Record<string, unknown>;
        harm(data);
        expect(loadRaw(JSON.stringify(data))).toEqual({ status: 'discarded' });
      }),
      { numRuns: 200 },
    );
  });

  it('restores a session saved before the own-questions page existed, every answer kept', () => {
    fc.assert(
      fc.property(completeAnswers, place, (answers, where) => {
        const older: Record<string, unknown> = { ...answers };
        delete older['own-questions'];
        const result = loadRaw(JSON.stringify({ version: 1, place: where, answers: older }));
        expect(result.status).toBe('restored');
        if (result.status === 'restored') expect(result.session.answers).not.toHaveProperty('own-questions');
      }),
      { numRuns: 50 },
    );
  });

  it('drops an unknown field inside a question page rather than keeping it', () => {
    // Question pages use z.object, which strips unknown keys instead of refusing them (height and
    // weight use a strict object, so there the session is discarded instead; see the damage list).
    const questionPages = STEP_IDS.filter((step) => step !== 'body-size');
    fc.assert(
      fc.property(completeAnswers, place, fc.constantFrom(...questionPages), (answers, where, step) => {
        const tampered = { ...answers, [step]: { ...answers[step], tampered: 1 } };
        const result = loadRaw(JSON.stringify({ version: 1, place: where, answers: tampered }));
        expect(result.status).toBe('restored');
        if (result.status === 'restored') expect(result.session.answers[step]).not.toHaveProperty('tampered');
      }),
      { numRuns: 100 },
    );
  });

  it('restores or discards a valid session whose page was swapped for random JSON, as the rule says', () => {
    fc.assert(
      fc.property(session, fc.constantFrom(...STEP_IDS), fc.jsonValue(), (saved, step, junk) => {
        const data = { version: 1, place: saved.place, answers: { ...saved.answers, [step]: junk } };
        loadRaw(JSON.stringify(data));
      }),
      { numRuns: 150 },
    );
  });
});

describe('storage the browser refuses', () => {
  function blockStorage() {
    // Where storage is blocked (a third-party frame, some private modes), merely reading the property throws.
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
  }

  it('reports storage as unavailable, and saving or clearing does not throw', () => {
    blockStorage();
    expect(loadSession()).toEqual({ status: 'unavailable' });
    fc.assert(
      fc.property(session, (saved) => {
        expect(() => saveSession(saved)).not.toThrow();
        expect(() => clearSession()).not.toThrow();
      }),
      { numRuns: 20 },
    );
  });

  it('reports storage as unavailable when reading fails, and carries on when writing or removing fails', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadSession()).toEqual({ status: 'unavailable' });
    expect(() => saveSession({ place: 'intro', answers: {} })).not.toThrow();
    expect(() => clearSession()).not.toThrow();
  });

  it('says a save failed, and removes the older session so a reload cannot open it', () => {
    fc.assert(
      fc.property(session, session, (older, newer) => {
        window.sessionStorage.clear();
        expect(saveSession(older)).toBe(true);
        const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
          throw new DOMException('full', 'QuotaExceededError');
        });
        expect(saveSession(newer)).toBe(false);
        setItem.mockRestore();
        expect(loadSession()).toEqual({ status: 'empty' });
      }),
      { numRuns: 20 },
    );
  });

  it('still discards damaged data when removing it fails', () => {
    window.sessionStorage.setItem(STORAGE_KEY, '{not json');
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadSession()).toEqual({ status: 'discarded' });
  });
});

describe('one session per embed', () => {
  const first = sessionKey({ hostOrigin: 'https://clinic-a.example', embedId: 'embed-1' });
  const second = sessionKey({ hostOrigin: 'https://clinic-a.example', embedId: 'embed-2' });
  const otherClinic = sessionKey({ hostOrigin: 'https://clinic-b.example', embedId: 'embed-1' });

  it('gives each embed on a page, each clinic, and the app opened directly a key of its own', () => {
    expect(new Set([first, second, otherClinic, sessionKey()]).size).toBe(4);
    expect(sessionKey()).toBe(STORAGE_KEY);
  });

  it("never restores one embed's progress in another", () => {
    fc.assert(
      fc.property(session, session, (a, b) => {
        window.sessionStorage.clear();
        saveSession(a, first);
        saveSession(b, second);
        expect(loadSession(first)).toEqual({ status: 'restored', session: a });
        expect(loadSession(second)).toEqual({ status: 'restored', session: b });
        expect(loadSession(otherClinic)).toEqual({ status: 'empty' });
      }),
      { numRuns: 30 },
    );
  });
});

describe('the summary header and print choices, kept with the answers', () => {
  const text = fc.string({ maxLength: DETAIL_MAX });
  const details: fc.Arbitrary<ConsultationDetails> = fc.record({
    name: text,
    dateOfBirth: text,
    appointment: text,
    included: fc.record({ pregnancy: fc.boolean(), feelings: fc.boolean() }),
  });

  it('round-trip through saveSession and loadSession', () => {
    fc.assert(
      fc.property(session, details, (saved, typed) => {
        saveSession({ ...saved, details: typed });
        const result = loadSession();
        expect(result.status).toBe('restored');
        if (result.status === 'restored') expect(result.session.details).toEqual(typed);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    { name: 'a name longer than the box allows', change: { name: 'x'.repeat(DETAIL_MAX + 1) } },
    { name: 'a choice that is not true or false', change: { included: { pregnancy: 'yes', feelings: false } } },
    { name: 'a field the app does not know', change: { nhsNumber: '123' } },
  ])('discard a session whose details hold $name', ({ change }) => {
    window.sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, place: 'summary', answers: {}, details: { ...NO_DETAILS, ...change } }),
    );
    expect(loadSession()).toEqual({ status: 'discarded' });
  });
});

/** The first radio or checkbox field of a page, if it has one. */
function choiceField(step: StepId): string | undefined {
  return Object.entries(QUESTION_PAGES[step].fields).find(([, question]) => question.kind !== 'text')?.[0];
}
