// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostMessenger } from '../../../src/embed/host-messenger';
import { makeMessage } from '../../../src/embed/protocol';

const HOST = 'https://www.example-clinic.com';

/** A stand-in for the embedding page's window: records what is posted to it. */
function fakeParent() {
  return { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
}

const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');

/** Makes the app look framed: `window.parent` is another window. */
function frameIn(parent: ReturnType<typeof fakeParent>) {
  Object.defineProperty(window, 'parent', { configurable: true, get: () => parent });
}

afterEach(() => {
  if (ownParent) Object.defineProperty(window, 'parent', ownParent);
  vi.restoreAllMocks();
});

describe('createHostMessenger', () => {
  it('is not framed in the test window to begin with', () => {
    expect(window.parent).toBe(window);
  });

  it('not framed, with a host origin: disabled, and never posts (not even to its own window)', () => {
    const ownPost = vi.spyOn(window, 'postMessage');
    const messenger = createHostMessenger(HOST);
    expect(messenger.enabled).toBe(false);
    messenger.post('ready', {});
    messenger.post('progress', { part: 1, of: 8 });
    messenger.post('summary', {
      id: '0123456789abcdef0123456789abcdef',
      preparedAt: '2026-01-01T00:00:00.000Z',
      language: 'en',
      points: [],
      answers: [],
      patient: {},
    });
    expect(ownPost).not.toHaveBeenCalled();
  });

  it('framed, with a host origin: enabled, posts each message to the parent with exactly that origin', () => {
    const parent = fakeParent();
    frameIn(parent);
    const messenger = createHostMessenger(HOST);
    expect(messenger.enabled).toBe(true);

    messenger.post('ready', {});
    messenger.post('started', {});
    messenger.post('progress', { part: 1, of: 8 });
    messenger.post('completed', {});

    expect(parent.postMessage.mock.calls).toEqual([
      [makeMessage('ready', {}), HOST],
      [makeMessage('started', {}), HOST],
      [makeMessage('progress', { part: 1, of: 8 }), HOST],
      [makeMessage('completed', {}), HOST],
    ]);
    for (const [, targetOrigin] of parent.postMessage.mock.calls) {
      expect(targetOrigin).toBe(HOST);
      expect(targetOrigin).not.toBe('*');
    }
  });

  it('framed, with a loopback origin for development: posts to that origin', () => {
    const parent = fakeParent();
    frameIn(parent);
    createHostMessenger('http://127.0.0.1:4300').post('progress', { part: 2, of: 8 });
    expect(parent.postMessage).toHaveBeenCalledExactlyOnceWith(
      makeMessage('progress', { part: 2, of: 8 }),
      'http://127.0.0.1:4300',
    );
  });

  it.each([
    ['no host origin', undefined],
    ['an empty host origin', ''],
  ])('framed, with %s: disabled, and never posts', (_case, origin) => {
    const parent = fakeParent();
    frameIn(parent);
    const ownPost = vi.spyOn(window, 'postMessage');
    const messenger = createHostMessenger(origin);
    expect(messenger.enabled).toBe(false);
    messenger.post('ready', {});
    messenger.post('summary', {
      id: '0123456789abcdef0123456789abcdef',
      preparedAt: '2026-01-01T00:00:00.000Z',
      language: 'en',
      points: [],
      answers: [],
      patient: {},
    });
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(ownPost).not.toHaveBeenCalled();
  });

  it('decides once, when it is made: a messenger made unframed stays silent if a parent appears later', () => {
    const messenger = createHostMessenger(HOST);
    const parent = fakeParent();
    frameIn(parent);
    messenger.post('ready', {});
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});
