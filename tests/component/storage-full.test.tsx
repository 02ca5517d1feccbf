import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { renderApp } from '../support/render-app';

const NOT_KEPT = /Your progress can't be kept on this device/;

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

describe('storage that fills up part-way', () => {
  it('tells the patient progress is not kept, and leaves no older session behind', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /start now/i }));
    await user.click(await screen.findByRole('radio', { name: 'My calves' }));
    await user.click(screen.getByRole('radio', { name: 'Both legs' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What bothers you about them?' });
    expect(window.sessionStorage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(screen.queryByText(NOT_KEPT)).not.toBeInTheDocument();

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('checkbox', { name: 'They look too big' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText(NOT_KEPT)).toBeInTheDocument();
    expect(screen.getByText(NOT_KEPT).closest('[role="status"]')).not.toBeNull();
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
