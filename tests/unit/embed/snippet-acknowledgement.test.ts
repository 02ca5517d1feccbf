// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embed, EVENT_PREFIX } from '../../../src/embed/host/embed';
import { makeHostMessage, makeMessage, type SentSummary } from '../../../src/embed/protocol';

const APP = 'https://prep.example.org';
const ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

const SUMMARY: SentSummary = {
  id: ID,
  preparedAt: '2026-01-15T10:00:00.000Z',
  language: 'en',
  points: [],
  answers: [{ page: 'Age', question: 'Age', answer: ['18 to 40'] }],
  patient: {},
};

/** A clinic page's container with the snippet's frame in it; records, in order, the summary events it hears and what the snippet posts into the frame. */
function embedded() {
  const container = document.createElement('div');
  document.body.append(container);
  const handle = embed(container, { appUrl: `${APP}/` });
  if (!handle?.iframe.contentWindow) throw new Error('no frame');
  const frameWindow = handle.iframe.contentWindow;
  const heard: string[] = [];
  container.addEventListener(`${EVENT_PREFIX}summary`, () => heard.push('event'));
  const posted = vi.spyOn(frameWindow, 'postMessage').mockImplementation(() => heard.push('ack'));
  return { handle, frameWindow, posted, heard };
}

/** A message as the page's window would receive it. */
function receive(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("the snippet's acknowledgement of a summary", () => {
  it('goes to its own frame, to the app origin only, with the id, after the page has heard the summary', () => {
    const { frameWindow, posted, heard } = embedded();
    receive(makeMessage('summary', SUMMARY), APP, frameWindow);

    expect(heard).toEqual(['event', 'ack']);
    expect(posted).toHaveBeenCalledExactlyOnceWith(makeHostMessage('summary-received', { id: ID }), APP);
  });

  it('is sent for each summary, each with its own id', () => {
    const { frameWindow, posted } = embedded();
    const other = 'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb';
    receive(makeMessage('summary', SUMMARY), APP, frameWindow);
    receive(makeMessage('summary', { ...SUMMARY, id: other }), APP, frameWindow);
    expect(posted.mock.calls.map(([message]) => message)).toEqual([
      makeHostMessage('summary-received', { id: ID }),
      makeHostMessage('summary-received', { id: other }),
    ]);
  });

  it('is not sent for a summary from another origin', () => {
    const { frameWindow, posted, heard } = embedded();
    receive(makeMessage('summary', SUMMARY), 'https://evil.example', frameWindow);
    expect(posted).not.toHaveBeenCalled();
    expect(heard).toEqual([]);
  });

  it('is not sent for a summary from another window of the app origin (not its own frame)', () => {
    const { posted, heard } = embedded();
    const other = document.createElement('iframe');
    document.body.append(other);
    receive(makeMessage('summary', SUMMARY), APP, other.contentWindow);
    receive(makeMessage('summary', SUMMARY), APP, window);
    receive(makeMessage('summary', SUMMARY), APP, null);
    expect(posted).not.toHaveBeenCalled();
    expect(heard).toEqual([]);
  });

  it.each([
    ['a summary without an id (version 2)', { ...makeMessage('summary', SUMMARY), version: 2 }],
    ['a summary whose id is not 32 hex digits', makeMessage('summary', { ...SUMMARY, id: 'x' })],
    ['ready', makeMessage('ready', {})],
    ['completed', makeMessage('completed', {})],
    ['an acknowledgement sent back to it', makeHostMessage('summary-received', { id: ID })],
  ])('is not sent for %s', (_case, data) => {
    const { frameWindow, posted } = embedded();
    receive(data, APP, frameWindow);
    expect(posted).not.toHaveBeenCalled();
  });

  it('is not sent once the embed is destroyed', () => {
    const { handle, frameWindow, posted } = embedded();
    handle.destroy();
    receive(makeMessage('summary', SUMMARY), APP, frameWindow);
    expect(posted).not.toHaveBeenCalled();
  });
});
