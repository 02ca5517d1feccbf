import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/embed/settings-schema';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { loadStartPage } from '../../src/pages/lazy-start-page';
import { renderApp } from '../support/render-app';

/*
 * Kiosk mode's idle warning (decision 0026) on the whole app, with vitest's fake clock: no test
 * waits for real time. The kiosk chunk is loaded first, so the app's own import of it resolves at
 * once; a few zero-length advances then let React mount it.
 */

const KIOSK: Settings = { ...DEFAULT_SETTINGS, kiosk: true, idleMinutes: 2 };
const START_HEADING = 'Prepare for your calf or ankle liposuction consultation';
const FIRST_HEADING = 'Which part of your legs are you thinking about?';
const SECOND_HEADING = 'What bothers you about them?';
const MINUTE = 60_000;

beforeAll(async () => {
  await Promise.all([import('../../src/kiosk/kiosk-chunk'), loadStartPage()]);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Lets promises, React's work and the given stretch of the fake clock run. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await pass(0);
}

function warning() {
  return screen.queryByRole('alertdialog');
}

async function openKiosk(settings: Settings = KIOSK) {
  renderApp({ settings });
  await settle();
}

/**
 * Start now, then the first question answered. fireEvent rather than userEvent here: userEvent's
 * own pauses meet the fake clock badly on a page change; the form's checks run in `settle`.
 */
async function answerFirstPage() {
  fireEvent.click(screen.getByRole('link', { name: 'Start now' }));
  await settle();
  expect(screen.getByRole('heading', { level: 1, name: FIRST_HEADING })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('radio', { name: 'My ankles' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Both legs' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await settle();
  expect(screen.getByRole('heading', { level: 1, name: SECOND_HEADING })).toBeInTheDocument();
}

describe('kiosk mode: "Are you still there?"', () => {
  it('appears after the idle minutes without input, as a labelled, described modal alert dialog with focus on its button', async () => {
    await openKiosk();
    await pass(2 * MINUTE - 1000);
    expect(warning()).toBeNull();
    await pass(1000);
    const dialog = screen.getByRole('alertdialog', { name: 'Are you still there?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('To keep your answers private, we will clear them in 60 seconds.');
    expect(within(dialog).getByText('60 seconds left')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: "Yes, I'm still here" })).toHaveFocus();
    // Everything else in <body> is inert: the app's container among it.
    const others = [...document.body.children].filter((element) => !element.contains(dialog));
    expect(others.length).toBeGreaterThan(0);
    for (const element of others) expect(element).toHaveAttribute('inert');
  });

  it('waits for the clinic default of 3 minutes when no idle time is given', async () => {
    await openKiosk({ ...DEFAULT_SETTINGS, kiosk: true });
    await pass(3 * MINUTE - 1000);
    expect(warning()).toBeNull();
    await pass(1000);
    expect(warning()).not.toBeNull();
  });

  it('restarts the wait on any input: a key, a pointer, a touch, a scroll, a focus change', async () => {
    await openKiosk();
    for (const input of [
      () => fireEvent.keyDown(document.body, { key: 'a' }),
      () => fireEvent.pointerDown(document.body),
      () => fireEvent.touchStart(document.body),
      () => fireEvent.scroll(window),
      () => fireEvent.focusIn(document.body),
    ]) {
      await pass(1.5 * MINUTE);
      input();
      await pass(1.5 * MINUTE);
      expect(warning()).toBeNull();
    }
    await pass(0.5 * MINUTE);
    expect(warning()).not.toBeNull();
  });

  it('does not count the time the print dialog is open as idle', async () => {
    await openKiosk();
    await pass(MINUTE);
    fireEvent(window, new Event('beforeprint'));
    await pass(10 * MINUTE);
    expect(warning()).toBeNull();
    fireEvent(window, new Event('afterprint'));
    await pass(2 * MINUTE - 1000);
    expect(warning()).toBeNull();
    await pass(1000);
    expect(warning()).not.toBeNull();
  });

  it('counts down every second but tells screen readers only at 30 and 10 seconds', async () => {
    await openKiosk();
    await pass(2 * MINUTE);
    const dialog = screen.getByRole('alertdialog');
    const live = dialog.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(/^$/);
    await pass(29_000);
    expect(within(dialog).getByText('31 seconds left')).toBeInTheDocument();
    expect(live).toHaveTextContent(/^$/);
    await pass(1000);
    expect(live).toHaveTextContent('Your answers will be cleared in 30 seconds.');
    await pass(19_000);
    expect(within(dialog).getByText('11 seconds left')).toBeInTheDocument();
    expect(live).toHaveTextContent('Your answers will be cleared in 30 seconds.');
    await pass(1000);
    expect(live).toHaveTextContent('Your answers will be cleared in 10 seconds.');
    // The visible count is not read out by itself.
    expect(within(dialog).getByText('10 seconds left')).toHaveAttribute('aria-hidden', 'true');
  });

  it('closes with Escape and with its button, giving focus back to where it was', async () => {
    await openKiosk();
    await answerFirstPage();
    const radio = screen.getAllByRole('checkbox')[0] ?? screen.getAllByRole('radio')[0];
    if (!radio) throw new Error('the second page has no choices');
    radio.focus();

    await pass(2 * MINUTE);
    expect(warning()).not.toBeNull();
    const stay = screen.getByRole('button', { name: "Yes, I'm still here" });
    // Tab and Shift+Tab stay in the dialog.
    expect(fireEvent.keyDown(stay, { key: 'Tab' })).toBe(false);
    expect(fireEvent.keyDown(stay, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(stay).toHaveFocus();
    fireEvent.keyDown(stay, { key: 'Escape' });
    await settle();
    expect(warning()).toBeNull();
    expect(radio).toHaveFocus();
    for (const element of document.body.children) expect(element).not.toHaveAttribute('inert');

    await pass(2 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: "Yes, I'm still here" }));
    await settle();
    expect(warning()).toBeNull();
    expect(radio).toHaveFocus();
    // Still on the same page with the answers kept.
    expect(screen.getByRole('heading', { level: 1, name: SECOND_HEADING })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(STORAGE_KEY)).not.toBeNull();
  });

  it('at zero clears everything: the answers, this tab’s storage under every key, and shows the start page', async () => {
    window.sessionStorage.setItem(`${STORAGE_KEY}:https://other.example:`, '{"version":1}');
    await openKiosk();
    await answerFirstPage();
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toContain('ankles');

    await pass(2 * MINUTE + 59_000);
    expect(warning()).not.toBeNull();
    await pass(1000);
    await settle();
    expect(warning()).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: START_HEADING })).toHaveFocus();
    expect(window.sessionStorage.length).toBe(0);
    expect(window.location.hash).toBe('#/intro');

    // The next person finds the first question blank.
    fireEvent.click(screen.getByRole('link', { name: 'Start now' }));
    await settle();
    expect(screen.getByRole('radio', { name: 'My ankles' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Both legs' })).not.toBeChecked();
  });

  it('clears at once, with no warning, when the device slept through the idle time and the countdown', async () => {
    await openKiosk();
    await answerFirstPage();
    // Asleep: the clock moves on, no timer runs; on waking the overdue timer fires.
    vi.setSystemTime(Date.now() + 10 * MINUTE);
    await pass(2 * MINUTE);
    await settle();
    expect(warning()).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: START_HEADING })).toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('still warns, with the full countdown, when the device slept for less than the countdown past it', async () => {
    await openKiosk();
    await answerFirstPage();
    vi.setSystemTime(Date.now() + 30_000);
    await pass(2 * MINUTE);
    expect(within(screen.getByRole('alertdialog')).getByText('60 seconds left')).toBeInTheDocument();
  });

  it('never appears without the kiosk setting', async () => {
    await openKiosk(DEFAULT_SETTINGS);
    await pass(60 * MINUTE);
    expect(warning()).toBeNull();
  });
});
