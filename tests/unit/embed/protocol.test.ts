import { describe, expect, it } from 'vitest';
import { isAppMessage, makeMessage, PROTOCOL, PROTOCOL_VERSION, type MessagePayloads } from '../../../src/embed/protocol';

const SUMMARY: MessagePayloads['summary'] = {
  preparedAt: '2026-01-15T10:00:00.000Z',
  language: 'en',
  points: [{ id: 'ask-anesthesia', section: 'askSurgeon', point: 'Ask about anaesthesia', why: 'Because', sources: ['asps'] }],
  answers: [{ page: 'Age', question: 'Age', answer: ['18 to 40'] }],
};

/** One valid message of each type. */
const VALID = {
  ready: makeMessage('ready', { height: 812 }),
  resize: makeMessage('resize', { height: 0 }),
  step: makeMessage('step', { step: 'area', position: 1, count: 24 }),
  complete: makeMessage('complete', { pointCount: 21 }),
  summary: makeMessage('summary', SUMMARY),
} as const;

describe('makeMessage', () => {
  it('wraps the payload with the protocol name, version and type, and nothing else', () => {
    const message = makeMessage('step', { step: 'check-answers', position: 24, count: 24 });
    expect(message).toStrictEqual({
      protocol: 'calf-ankle-prep',
      version: 1,
      type: 'step',
      payload: { step: 'check-answers', position: 24, count: 24 },
    });
    expect(Object.keys(message)).toEqual(['protocol', 'version', 'type', 'payload']);
  });

  it('uses the published protocol name and version', () => {
    expect(PROTOCOL).toBe('calf-ankle-prep');
    expect(PROTOCOL_VERSION).toBe(1);
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
    expect(isAppMessage(makeMessage('summary', { preparedAt: SUMMARY.preparedAt, language: 'en', points: [], answers: [] }))).toBe(true);
  });

  it('the start page (position 0)', () => {
    expect(isAppMessage(makeMessage('step', { step: 'intro', position: 0, count: 24 }))).toBe(true);
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
    ['an array', [PROTOCOL, PROTOCOL_VERSION, 'ready', { height: 10 }]],
    ['an empty object', {}],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['another protocol', { ...VALID.ready, protocol: 'other-widget' }],
    ['no protocol', { version: 1, type: 'ready', payload: { height: 1 } }],
    ['the protocol in another case', { ...VALID.ready, protocol: 'Calf-Ankle-Prep' }],
    ['version 2', { ...VALID.ready, version: 2 }],
    ['version 0', { ...VALID.ready, version: 0 }],
    ['the version as a string', { ...VALID.ready, version: '1' }],
    ['no version', { protocol: PROTOCOL, type: 'ready', payload: { height: 1 } }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['an unknown type', { ...VALID.ready, type: 'answers' }],
    ['a type in another case', { ...VALID.ready, type: 'Ready' }],
    ['no type', { protocol: PROTOCOL, version: 1, payload: { height: 1 } }],
    ['an inherited name as the type', { ...VALID.ready, type: 'toString' }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it.each([
    ['no payload', { protocol: PROTOCOL, version: 1, type: 'ready' }],
    ['a null payload', { ...VALID.ready, payload: null }],
    ['a number as payload', { ...VALID.resize, payload: 400 }],
    ['ready without a height', { ...VALID.ready, payload: {} }],
    ['ready with the height as a string', { ...VALID.ready, payload: { height: '812' } }],
    ['resize with a negative height', { ...VALID.resize, payload: { height: -1 } }],
    ['resize with NaN', { ...VALID.resize, payload: { height: Number.NaN } }],
    ['resize with Infinity', { ...VALID.resize, payload: { height: Number.POSITIVE_INFINITY } }],
    ['step without a step', { ...VALID.step, payload: { position: 1, count: 24 } }],
    ['step with a number as the step', { ...VALID.step, payload: { step: 3, position: 1, count: 24 } }],
    ['step without a position', { ...VALID.step, payload: { step: 'area', count: 24 } }],
    ['step with a negative count', { ...VALID.step, payload: { step: 'area', position: 1, count: -24 } }],
    ['complete without a point count', { ...VALID.complete, payload: {} }],
    ['complete with the count as a string', { ...VALID.complete, payload: { pointCount: '21' } }],
    ['summary without preparedAt', { ...VALID.summary, payload: { points: [], answers: [] } }],
    ['summary with a date object', { ...VALID.summary, payload: { ...SUMMARY, preparedAt: new Date() } }],
    ['summary without points', { ...VALID.summary, payload: { preparedAt: SUMMARY.preparedAt, answers: [] } }],
    ['summary with points as an object', { ...VALID.summary, payload: { ...SUMMARY, points: {} } }],
    ['summary without answers', { ...VALID.summary, payload: { preparedAt: SUMMARY.preparedAt, points: [] } }],
    ['summary with answers as a string', { ...VALID.summary, payload: { ...SUMMARY, answers: 'Age: 18 to 40' } }],
  ])('%s', (_case, data) => {
    expect(isAppMessage(data)).toBe(false);
  });

  it('a message of one type with the payload of another', () => {
    expect(isAppMessage({ ...VALID.step, payload: VALID.ready.payload })).toBe(false);
    expect(isAppMessage({ ...VALID.complete, payload: VALID.resize.payload })).toBe(false);
    expect(isAppMessage({ ...VALID.ready, payload: VALID.complete.payload })).toBe(false);
  });
});
