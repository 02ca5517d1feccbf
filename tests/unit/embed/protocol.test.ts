import { describe, expect, it } from 'vitest';
import { PAGE_SECTIONS } from '../../../src/answers/page-sections';
import {
  isAppMessage,
  isHostMessage,
  makeHostMessage,
  makeMessage,
  PART_COUNT,
  PROTOCOL,
  PROTOCOL_VERSION,
  SEND_ID,
  type MessagePayloads,
} from '../../../src/embed/protocol';
import { newSendId } from '../../../src/embed/send-id';

const ID = '5f0c2a9e81d34b7a9c6e0f1d2b3a4c5d';

const SUMMARY: MessagePayloads['summary'] = {
  id: ID,
  preparedAt: '2026-01-15T10:00:00.000Z',
  language: 'en',
  points: [
    {
      id: 'ask-anesthesia',
      section: 'ask-surgeon',
      tier: 'checklist',
      point: 'Ask about anaesthesia',
      why: 'Because',
      sources: ['asps'],
    },
  ],
  answers: [{ page: 'Age', question: 'Age', answer: ['18 to 40'] }],
  patient: { name: 'Ana López' },
};

/** One valid message of each type. */
const VALID = {
  ready: makeMessage('ready', {}),
  started: makeMessage('started', {}),
  progress: makeMessage('progress', { part: 3, of: 8 }),
  completed: makeMessage('completed', {}),
  summary: makeMessage('summary', SUMMARY),
} as const;

describe('makeMessage', () => {
  it('wraps the payload with the protocol name, version and type, and nothing else', () => {
    const message = makeMessage('progress', { part: 1, of: 8 });
    expect(message).toStrictEqual({
      protocol: 'calf-ankle-prep',
      version: 3,
      type: 'progress',
      payload: { part: 1, of: 8 },
    });
    expect(Object.keys(message)).toEqual(['protocol', 'version', 'type', 'payload']);
  });

  it('uses the published protocol name and version 3', () => {
    expect(PROTOCOL).toBe('calf-ankle-prep');
    expect(PROTOCOL_VERSION).toBe(3);
  });

  it('counts the parts of the questionnaire as the app does', () => {
    expect(PART_COUNT).toBe(PAGE_SECTIONS.length);
  });

  it('survives structured cloning (what postMessage does)', () => {
    for (const message of Object.values(VALID)) expect(structuredClone(message)).toStrictEqual(message);
  });
});

describe('isAppMessage accepts', () => {
  it.each(Object.entries(VALID))('a valid %s message', (_type, message) => {
    expect(isAppMessage(message)).toBe(true);
  });

  it('the same messages after a JSON round trip', () => {
    for (const message of Object.values(VALID)) expect(isAppMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
  });

  it('a summary with no points and no answers', () => {
    expect(
      isAppMessage(
        makeMessage('summary', {
          id: ID,
          preparedAt: SUMMARY.preparedAt,
          language: 'en',
          points: [],
          answers: [],
          patient: {},
        }),
      ),
    ).toBe(true);
  });

  it.each([1, 7])('progress in part %i', (part) => {
    expect(isAppMessage(makeMessage('progress', { part, of: PART_COUNT }))).toBe(true);
  });
});

describe('isAppMessage rejects', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'calf-ankle-prep'],
    ['a JSON string of a valid message', JSON.stringify(VALID.ready)],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [PROTOCOL, PROTOCOL_VERSION, 'ready', {}]],
    ['an empty object', {}],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['another protocol', { ...VALID.ready, protocol: 'other-widget' }],
    ['no protocol', { version: 3, type: 'ready', payload: {} }],
    ['the protocol in another case', { ...VALID.ready, protocol: 'Calf-Ankle-Prep' }],
    ['version 1 (which sent page ids and heights)', { ...VALID.ready, version: 1 }],
    ['version 2 (whose summary had no id)', { ...VALID.ready, version: 2 }],
    ['version 4', { ...VALID.ready, version: 4 }],
    ['the version as a string', { ...VALID.ready, version: '3' }],
    ['no version', { protocol: PROTOCOL, type: 'ready', payload: {} }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['an unknown type', { ...VALID.ready, type: 'answers' }],
    ['a type in another case', { ...VALID.ready, type: 'Ready' }],
    ['no type', { protocol: PROTOCOL, version: 3, payload: {} }],
    ["the host's acknowledgement", makeHostMessage('summary-received', { id: ID })],
    ['an inherited name as the type', { ...VALID.ready, type: 'toString' }],
    ["version 1's resize", { ...VALID.ready, type: 'resize', payload: { height: 812 } }],
    [
      "version 1's step",
      { ...VALID.ready, type: 'step', payload: { step: 'diabetes-control', position: 21, count: 26 } },
    ],
    ["version 1's complete", { ...VALID.ready, type: 'complete', payload: { pointCount: 21 } }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['no payload', { protocol: PROTOCOL, version: 3, type: 'ready' }],
    ['a null payload', { ...VALID.ready, payload: null }],
    ['a number as payload', { ...VALID.ready, payload: 400 }],
    ['an array as payload', { ...VALID.started, payload: [] }],
    ['ready with a height', { ...VALID.ready, payload: { height: 812 } }],
    ['started with a page', { ...VALID.started, payload: { step: 'area' } }],
    ['completed with a point count', { ...VALID.completed, payload: { pointCount: 21 } }],
    ['progress without a part', { ...VALID.progress, payload: { of: 8 } }],
    ['progress without the number of parts', { ...VALID.progress, payload: { part: 3 } }],
    ['progress in part 0', { ...VALID.progress, payload: { part: 0, of: 8 } }],
    ['progress in part 9 of 8', { ...VALID.progress, payload: { part: 9, of: 8 } }],
    ['progress in part 2.5', { ...VALID.progress, payload: { part: 2.5, of: 8 } }],
    ['progress with the part as a string', { ...VALID.progress, payload: { part: '3', of: 8 } }],
    ['progress of a route-dependent count', { ...VALID.progress, payload: { part: 3, of: 26 } }],
    ['progress naming the page', { ...VALID.progress, payload: { part: 5, of: 8, step: 'diabetes-control' } }],
    ['summary without preparedAt', { ...VALID.summary, payload: { points: [], answers: [] } }],
    ['summary with a date object', { ...VALID.summary, payload: { ...SUMMARY, preparedAt: new Date() } }],
    ['summary without points', { ...VALID.summary, payload: { preparedAt: SUMMARY.preparedAt, answers: [] } }],
    ['summary with points as an object', { ...VALID.summary, payload: { ...SUMMARY, points: {} } }],
    ['summary without answers', { ...VALID.summary, payload: { preparedAt: SUMMARY.preparedAt, points: [] } }],
    ['summary with answers as a string', { ...VALID.summary, payload: { ...SUMMARY, answers: 'Age: 18 to 40' } }],
    ['summary without an id (version 2)', { ...VALID.summary, payload: { ...SUMMARY, id: undefined } }],
    ['summary with an id that is not 32 hex digits', { ...VALID.summary, payload: { ...SUMMARY, id: 'send-1' } }],
    ['summary with the id in capitals', { ...VALID.summary, payload: { ...SUMMARY, id: ID.toUpperCase() } }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it('a message of one type with the payload of another', () => {
    expect(isAppMessage({ ...VALID.progress, payload: VALID.ready.payload })).toBe(false);
    expect(isAppMessage({ ...VALID.completed, payload: VALID.progress.payload })).toBe(false);
    expect(isAppMessage({ ...VALID.summary, payload: VALID.completed.payload })).toBe(false);
  });
});

describe('the id of a send', () => {
  it('is 32 lower-case hex digits, and new each time', () => {
    const ids = Array.from({ length: 50 }, () => newSendId());
    for (const id of ids) expect(id).toMatch(SEND_ID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the host's acknowledgement, summary-received", () => {
  const ACK = makeHostMessage('summary-received', { id: ID });

  it('is the protocol, the version, the type and the id of the send, and nothing else', () => {
    expect(ACK).toStrictEqual({
      protocol: 'calf-ankle-prep',
      version: 3,
      type: 'summary-received',
      payload: { id: ID },
    });
  });

  it('is accepted as it is made, and after a JSON round trip or structured cloning', () => {
    expect(isHostMessage(ACK)).toBe(true);
    expect(isHostMessage(JSON.parse(JSON.stringify(ACK)))).toBe(true);
    expect(isHostMessage(structuredClone(ACK))).toBe(true);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a JSON string of it', JSON.stringify(ACK)],
    ['another protocol', { ...ACK, protocol: 'other-widget' }],
    ['version 2', { ...ACK, version: 2 }],
    ['version 4', { ...ACK, version: 4 }],
    ['the version as a string', { ...ACK, version: '3' }],
    ['an app message', VALID.summary],
    ['another type', { ...ACK, type: 'summary-sent' }],
    ['a command', { ...ACK, type: 'go', payload: { place: 'summary' } }],
    ['an inherited name as the type', { ...ACK, type: 'toString' }],
    ['no payload', { protocol: PROTOCOL, version: 3, type: 'summary-received' }],
    ['no id', { ...ACK, payload: {} }],
    ['an id that is not 32 hex digits', { ...ACK, payload: { id: 'abc' } }],
    ['a number as the id', { ...ACK, payload: { id: 42 } }],
    ['more than the id', { ...ACK, payload: { id: ID, answers: [] } }],
  ])('is refused: %s', (_case, data) => {
    expect(isHostMessage(data)).toBe(false);
  });
});
