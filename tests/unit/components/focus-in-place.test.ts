// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusInPlace } from '../../../src/components/focus-in-place';

const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');

function element(top: number, bottom: number) {
  const button = document.createElement('button');
  document.body.append(button);
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue({ top, bottom } as DOMRect);
  const focus = vi.spyOn(button, 'focus');
  return { button, focus };
}

function frame() {
  Object.defineProperty(window, 'parent', { configurable: true, get: () => ({}) });
}

afterEach(() => {
  if (ownParent) Object.defineProperty(window, 'parent', ownParent);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('focusInPlace', () => {
  it('not in a frame: focuses as usual (the browser scrolls to it)', () => {
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const { button, focus } = element(2000, 2040);
    focusInPlace(button);
    expect(focus).toHaveBeenCalledWith();
    expect(document.activeElement).toBe(button);
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('in a frame: focuses without scrolling the pages around it, and scrolls only its own document', () => {
    frame();
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);

    const below = element(900, 940);
    focusInPlace(below.button);
    expect(below.focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(document.activeElement).toBe(below.button);
    expect(scrollBy).toHaveBeenLastCalledWith(0, 940 - 600 + 15);

    const above = element(-300, -260);
    focusInPlace(above.button);
    expect(scrollBy).toHaveBeenLastCalledWith(0, -300 - 15);

    scrollBy.mockClear();
    const inView = element(100, 140);
    focusInPlace(inView.button);
    expect(inView.focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('in a frame: something taller than the view is shown from its top', () => {
    frame();
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
    const tall = element(700, 1900);
    focusInPlace(tall.button);
    expect(scrollBy).toHaveBeenLastCalledWith(0, 700 - 15);
  });

  it('does nothing without an element', () => {
    expect(() => focusInPlace(null)).not.toThrow();
    expect(() => focusInPlace(undefined)).not.toThrow();
  });
});
