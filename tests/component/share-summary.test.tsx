import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostMessenger } from '../../src/embed/host-messenger';
import { makeHostMessage, type SentSummary } from '../../src/embed/protocol';
import { RECEIPT_TIMEOUT_MS } from '../../src/pages/share-summary';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { completeAnswers } from '../support/answers/complete-answers';
import { renderApp } from '../support/render-app';

const CLINIC = 'Riverside Plastic Surgery';
const OFFER = `Send my summary to ${CLINIC}`;
const PREVIEW = `Check what will be sent to ${CLINIC}`;
const SENT = `Your list and answers were sent to ${CLINIC}.`;
const SENDING = `Sending your summary to ${CLINIC}…`;
const UNCONFIRMED = `No reply came from ${CLINIC} to say that your summary arrived. It may not have reached them. Print it or save it as a PDF instead, and bring it to your appointment.`;
/** The clinic's page, as the app is told in its `host` setting. */
const HOST = 'https://clinic.example';
const REFUSED = /^Nothing was sent: the “Send now” button was hidden or covered/;

/** What an observer is told about its target, as Intersection Observer v2 reports it. */
interface Report {
  ratio: number;
  /** Left out where the browser has only version 1. */
  isVisible?: boolean;
}

/**
 * jsdom has no IntersectionObserver. This stands in for the browser's: it records what is observed
 * and with which options, and `report` delivers an entry as the browser would after a frame.
 * With `v2`, entries have `isVisible` (Chromium); without, only intersection (Firefox, Safari).
 */
function stubIntersectionObserver({ v2 }: { v2: boolean }) {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    readonly observed = new Set<Element>();
    constructor(
      readonly callback: IntersectionObserverCallback,
      readonly options?: IntersectionObserverInit,
    ) {
      observers.push(this);
    }
    observe(element: Element) {
      this.observed.add(element);
    }
    unobserve(element: Element) {
      this.observed.delete(element);
    }
    disconnect() {
      this.observed.clear();
    }
    takeRecords() {
      return [];
    }
  }
  class FakeEntry {
    readonly stand_in = true;
  }
  if (v2) Object.defineProperty(FakeEntry.prototype, 'isVisible', { get: () => false });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', FakeEntry);

  const watching = (target: Element) => observers.filter((observer) => observer.observed.has(target));
  return {
    watching,
    report(target: Element, { ratio, isVisible }: Report) {
      const entry = { target, isIntersecting: ratio > 0, intersectionRatio: ratio, ...(v2 ? { isVisible } : {}) };
      for (const observer of watching(target)) {
        observer.callback([entry as unknown as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The summary page in a clinic's frame that allows sharing, with every page answered. */
async function openSummary(options: { spanish?: boolean } = {}) {
  const post = vi.fn<HostMessenger['post']>();
  const messenger: HostMessenger = { enabled: true, post };
  renderApp(
    {
      initialAnswers: completeAnswers,
      initialPlace: 'summary',
      settings: { ...DEFAULT_SETTINGS, clinicName: CLINIC, hostOrigin: HOST, allowSharing: true },
      messenger,
    },
    options.spanish ? { locale: 'es', messages: catalogEs } : undefined,
  );
  await screen.findByRole('heading', {
    level: 1,
    name: options.spanish ? 'Puntos para hablar en su consulta' : 'Points to raise at your consultation',
  });
  const user = userEvent.setup();
  const sentSummaries = () =>
    post.mock.calls.filter(([type]) => type === 'summary').map(([, payload]) => payload as SentSummary);
  /** The id of the latest summary sent. */
  const lastId = () => {
    const id = sentSummaries().at(-1)?.id;
    if (id === undefined) throw new Error('No summary was sent');
    return id;
  };
  return { user, sentSummaries, lastId };
}

/**
 * A message arriving in the app's window. In jsdom the test window is its own parent, so
 * `source: window` is a message from the window that frames the app, as the snippet's is.
 */
function deliver(data: unknown, { origin = HOST, source = window as Window | null } = {}) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  });
}

/**
 * From here the wait for the clinic's reply ends only when the test moves the clock on, whatever
 * the machine's load. Presses after this use fireEvent: user-event and testing-library's async
 * helpers pause on timers, which would then never fire.
 */
function stopTheClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** The clinic's page says it has the summary with this id, as the snippet does. */
function acknowledge(id: string) {
  deliver(makeHostMessage('summary-received', { id }));
}

function previewOf() {
  return screen.getByRole('region', { name: PREVIEW });
}

function sendNow() {
  return screen.getByRole('button', { name: 'Send now' });
}

describe('sending the summary to the clinic', () => {
  it('"Send my summary" sends nothing: it opens a preview of what would be sent, focused at its heading', async () => {
    const { user, sentSummaries } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: PREVIEW })).toHaveFocus());
    expect(sentSummaries()).toEqual([]);
    expect(screen.queryByRole('button', { name: OFFER })).not.toBeInTheDocument();
    expect(screen.queryByText(SENT)).not.toBeInTheDocument();
    const preview = previewOf();
    expect(within(preview).getByText(/^Nothing has been sent yet\./)).toBeInTheDocument();
    expect(within(preview).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('shows exactly what sharedSummary sends: the points in order, and each answer in brief', async () => {
    const { user, sentSummaries } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    const preview = previewOf();
    const shownPoints = within(preview)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    const shownAnswers = Array.from(preview.querySelectorAll('.summary-list__row'), (row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(
      within(preview).getByRole('heading', { level: 3, name: `Points on your list (${shownPoints.length})` }),
    ).toBeInTheDocument();
    // "Send now" is below the whole preview, never where the first button was.
    const lastRow = preview.querySelector('.summary-list__row:last-child');
    expect(lastRow && lastRow.compareDocumentPosition(sendNow()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(sendNow());
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    const [sent] = sentSummaries();
    expect(sent?.points.map((point) => point.point)).toEqual(shownPoints);
    expect(sent?.answers.map((row) => [row.question, row.answer.join('; ')])).toEqual(shownAnswers);
  });

  it('Cancel closes the preview, sends nothing and puts focus back on the first button', async () => {
    const { user, sentSummaries } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByRole('button', { name: OFFER })).toHaveFocus());
    expect(screen.queryByRole('region', { name: PREVIEW })).not.toBeInTheDocument();
    expect(sentSummaries()).toEqual([]);
  });

  it('where visibility cannot be known (no Intersection Observer v2), "Send now" sends once and says so once the clinic has it', async () => {
    const { user, sentSummaries, lastId } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    await user.click(sendNow());

    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    const sending = screen.getByText(SENDING);
    expect(sending.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(sending).toHaveFocus());
    expect(screen.queryByText(SENT)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: PREVIEW })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();

    acknowledge(lastId());
    const status = screen.getByText(SENT);
    expect(status.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByText(SENDING)).not.toBeInTheDocument();
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
  });

  it('with Intersection Observer version 1 only (no isVisible), the confirm step alone guards', async () => {
    const observer = stubIntersectionObserver({ v2: false });
    const { user, sentSummaries } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    expect(observer.watching(sendNow())).toHaveLength(0);
    await user.click(sendNow());
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
  });

  it('can be done with the keyboard alone', async () => {
    const { user, sentSummaries, lastId } = await openSummary();
    screen.getByRole('button', { name: OFFER }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: PREVIEW })).toHaveFocus());
    // From the heading, Tab reaches the boxes that add sensitive answers (Space ticks one), then
    // "Send now", then Cancel.
    const preview = screen.getByRole('region', { name: PREVIEW });
    const boxes = within(preview).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      await user.tab();
      expect(box).toHaveFocus();
    }
    await user.keyboard(' ');
    expect(boxes.at(-1)).toBeChecked();
    await user.tab();
    expect(sendNow()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.keyboard(' ');
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    await waitFor(() => expect(screen.getByText(SENDING)).toHaveFocus());
    acknowledge(lastId());
    await waitFor(() => expect(screen.getByText(SENT)).toHaveFocus());
  });

  it('speaks Spanish in Spanish', async () => {
    const { user } = await openSummary({ spanish: true });
    await user.click(screen.getByRole('button', { name: `Enviar mi resumen a ${CLINIC}` }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: `Revise lo que se enviará a ${CLINIC}` })).toHaveFocus(),
    );
    expect(screen.getByRole('button', { name: 'Enviar ahora' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeInTheDocument();
  });
});

describe('"Send now" where the browser reports visibility (Intersection Observer v2)', () => {
  it('watches the button with trackVisibility, a 100 ms delay and a threshold of 1', async () => {
    const observer = stubIntersectionObserver({ v2: true });
    const { user } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    const [watcher] = observer.watching(sendNow());
    expect(watcher?.options).toEqual({ trackVisibility: true, delay: 100, threshold: [1] });
  });

  it('sends when the latest report says it is visible and wholly on screen', async () => {
    const observer = stubIntersectionObserver({ v2: true });
    const { user, sentSummaries, lastId } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    observer.report(sendNow(), { ratio: 0, isVisible: false });
    observer.report(sendNow(), { ratio: 1, isVisible: true });
    expect(sendNow()).toHaveAttribute('data-visibility', 'visible');
    await user.click(sendNow());

    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    expect(screen.getByText(SENDING)).toBeInTheDocument();
    acknowledge(lastId());
    expect(screen.getByText(SENT)).toBeInTheDocument();
  });

  for (const [what, reports, mirrored] of [
    ['covered or transparent (isVisible false)', [{ ratio: 1, isVisible: false }], 'covered'],
    [
      'visible once, then covered',
      [
        { ratio: 1, isVisible: true },
        { ratio: 1, isVisible: false },
      ],
      'covered',
    ],
    ['only partly on screen', [{ ratio: 0.5, isVisible: true }], 'outside'],
    ['not yet reported on', [], null],
  ] as const) {
    it(`sends nothing when the button is ${what}, and says why`, async () => {
      const observer = stubIntersectionObserver({ v2: true });
      const { user, sentSummaries } = await openSummary();
      await user.click(screen.getByRole('button', { name: OFFER }));
      for (const report of reports) observer.report(sendNow(), report);
      if (mirrored) expect(sendNow()).toHaveAttribute('data-visibility', mirrored);
      await user.click(sendNow());

      expect(sentSummaries()).toEqual([]);
      const refusal = screen.getByText(REFUSED);
      expect(refusal.closest('[role="status"]')).not.toBeNull();
      expect(screen.queryByText(SENT)).not.toBeInTheDocument();
      // The preview stays, with focus on "Send now", to try again once the button can be seen.
      expect(previewOf()).toContainElement(refusal);
      expect(sendNow()).toHaveFocus();

      observer.report(sendNow(), { ratio: 1, isVisible: true });
      await user.click(sendNow());
      await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
      expect(screen.queryByText(REFUSED)).not.toBeInTheDocument();
    });
  }

  it('stops watching once the preview is closed', async () => {
    const observer = stubIntersectionObserver({ v2: true });
    const { user } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    const button = sendNow();
    expect(observer.watching(button)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(observer.watching(button)).toHaveLength(0);
  });
});

describe('"sent" only once the clinic\'s page says it has the summary (its summary-received)', () => {
  it('the summary sent carries the id of this send, 32 hex digits, which the reply must echo', async () => {
    const { user, sentSummaries, lastId } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    await user.click(sendNow());
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    expect(sentSummaries()[0]?.id).toMatch(/^[0-9a-f]{32}$/);
    acknowledge(lastId());
    expect(await screen.findByText(SENT)).toBeInTheDocument();
  });

  it('ignores a reply from another origin, another window, for another send or of another version, until the right one', async () => {
    const { user, lastId } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    await user.click(sendNow());
    const id = await vi.waitFor(lastId);
    const right = makeHostMessage('summary-received', { id });
    // A frame inside the app's window: the right origin could be claimed, but not the parent window.
    const frame = document.createElement('iframe');
    document.body.append(frame);

    const wrong: [string, unknown, { origin?: string; source?: Window | null }][] = [
      ['another origin', right, { origin: 'https://evil.example' }],
      ['the host origin with another port', right, { origin: `${HOST}:8443` }],
      ['the app origin', right, { origin: window.location.origin }],
      ['another window (not the parent)', right, { source: frame.contentWindow }],
      ['no window', right, { source: null }],
      ['another send', makeHostMessage('summary-received', { id: id.replace(/^./, id[0] === 'a' ? 'b' : 'a') }), {}],
      ['version 2', { ...right, version: 2 }, {}],
      ['another type', { ...right, type: 'summary' }, {}],
      ['no id', { ...right, payload: {} }, {}],
      ['the message as JSON text', JSON.stringify(right), {}],
    ];
    for (const [what, data, from] of wrong) {
      deliver(data, from);
      expect(screen.queryByText(SENT), `a reply from ${what} counted`).not.toBeInTheDocument();
      expect(screen.getByText(SENDING)).toBeInTheDocument();
    }
    frame.remove();

    // Control: the right reply, from the parent at the host origin, is still awaited and counts.
    deliver(right);
    expect(screen.getByText(SENT)).toBeInTheDocument();
  });

  it('with no reply in time: says it may not have arrived, to print it instead, never "sent"; trying again sends anew', async () => {
    const { user, sentSummaries, lastId } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    stopTheClock();
    fireEvent.click(sendNow());
    // The summary leaves once its FHIR form is built (a chunk fetched on sending): waited for
    // without moving the clock, whose 5 s start only then.
    const first = await vi.waitFor(lastId, { interval: 0 });

    act(() => vi.advanceTimersByTime(RECEIPT_TIMEOUT_MS - 1));
    expect(screen.getByText(SENDING)).toHaveFocus();
    act(() => vi.advanceTimersByTime(1));
    const unconfirmed = screen.getByText(UNCONFIRMED);
    expect(unconfirmed.closest('[role="status"]')).not.toBeNull();
    expect(unconfirmed).toHaveFocus();
    expect(screen.queryByText(SENT)).not.toBeInTheDocument();
    expect(screen.queryByText(SENDING)).not.toBeInTheDocument();

    // A reply after the wait does not turn it into "sent": the patient has been told to print.
    acknowledge(first);
    act(() => vi.advanceTimersByTime(RECEIPT_TIMEOUT_MS * 10));
    expect(screen.getByText(UNCONFIRMED)).toBeInTheDocument();
    expect(screen.queryByText(SENT)).not.toBeInTheDocument();

    // Trying again opens the preview (and "Send now", with its visibility check) again.
    fireEvent.click(screen.getByRole('button', { name: 'Try sending again' }));
    expect(screen.getByRole('heading', { level: 2, name: PREVIEW })).toHaveFocus();
    expect(screen.queryByText(UNCONFIRMED)).not.toBeInTheDocument();
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(1));
    fireEvent.click(sendNow());
    await vi.waitFor(() => expect(sentSummaries()).toHaveLength(2), { interval: 0 });
    const second = lastId();
    expect(second).not.toBe(first);
    acknowledge(first);
    expect(screen.queryByText(SENT), "the first send's reply counted for the second").not.toBeInTheDocument();
    acknowledge(second);
    expect(screen.getByText(SENT)).toHaveFocus();
    act(() => vi.advanceTimersByTime(RECEIPT_TIMEOUT_MS * 10));
    expect(screen.getByText(SENT)).toBeInTheDocument();
    expect(screen.queryByText(UNCONFIRMED)).not.toBeInTheDocument();
  });

  it('Cancel, then a reply: nothing is said to be sent', async () => {
    const { user, sentSummaries } = await openSummary();
    await user.click(screen.getByRole('button', { name: OFFER }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    deliver(makeHostMessage('summary-received', { id: '0123456789abcdef0123456789abcdef' }));
    expect(sentSummaries()).toEqual([]);
    expect(screen.queryByText(SENT)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: OFFER })).toBeInTheDocument();
  });

  it('speaks Spanish while sending and when there is no reply', async () => {
    const { user } = await openSummary({ spanish: true });
    await user.click(screen.getByRole('button', { name: `Enviar mi resumen a ${CLINIC}` }));
    stopTheClock();
    fireEvent.click(screen.getByRole('button', { name: 'Enviar ahora' }));
    expect(screen.getByText(`Enviando su resumen a ${CLINIC}…`)).toHaveFocus();
    act(() => vi.advanceTimersByTime(RECEIPT_TIMEOUT_MS));
    expect(screen.getByText(new RegExp(`^No llegó ninguna respuesta de ${CLINIC}`))).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Intentar enviarlo de nuevo' })).toBeInTheDocument();
  });
});
