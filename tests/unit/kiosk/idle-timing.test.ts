import { describe, expect, it } from 'vitest';
import {
  announcedSeconds,
  COUNTDOWN_SECONDS,
  DEFAULT_IDLE_MINUTES,
  secondsLeft,
  warningDue,
} from '../../../src/kiosk/idle-timing';

describe('kiosk idle timing', () => {
  it('warns the given minutes after the last input; 3 minutes and a 60-second countdown by default', () => {
    expect(DEFAULT_IDLE_MINUTES).toBe(3);
    expect(COUNTDOWN_SECONDS).toBe(60);
    expect(warningDue(1_000, 1)).toBe(61_000);
    expect(warningDue(0, 30)).toBe(1_800_000);
  });

  it('counts whole seconds down from 60, showing 1 until the very end, and never below 0', () => {
    expect(secondsLeft(0, 0)).toBe(60);
    expect(secondsLeft(0, 1)).toBe(60);
    expect(secondsLeft(0, 1_000)).toBe(59);
    expect(secondsLeft(0, 59_999)).toBe(1);
    expect(secondsLeft(0, 60_000)).toBe(0);
    expect(secondsLeft(0, 600_000)).toBe(0);
  });

  it('has screen readers told only at 30 and at 10 seconds (the opening says 60)', () => {
    const said = new Set<number | undefined>();
    for (let left = 60; left >= 0; left -= 1) said.add(announcedSeconds(left));
    expect([...said]).toEqual([undefined, 30, 10]);
    expect(announcedSeconds(31)).toBeUndefined();
    expect(announcedSeconds(30)).toBe(30);
    expect(announcedSeconds(11)).toBe(30);
    expect(announcedSeconds(10)).toBe(10);
    expect(announcedSeconds(0)).toBe(10);
  });
});
