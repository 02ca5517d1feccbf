import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/answers';
import { quiet } from '../support/answers/quiet-answers';
import { findPage, loadChunkedPages } from '../support/pages';
import { renderApp } from '../support/render-app';

beforeAll(loadChunkedPages);

const CLOT_RISK = 'Do any of these apply to you?';
const CONCERNS = 'What bothers you about them?';

async function openPage(place: 'clot-risk' | 'concerns', heading: string, answers: Answers = quiet()) {
  const user = userEvent.setup();
  renderApp({ initialAnswers: answers, initialPlace: place });
  await findPage(heading);
  return user;
}

describe('"I am not sure" on a tick-box page', () => {
  it('unticks "None of these" and is unticked by it, but goes with a real option', async () => {
    const user = await openPage('clot-risk', CLOT_RISK, quiet({ 'clot-risk': { factors: ['none'] } }));
    const group = screen.getByRole('group', { name: CLOT_RISK });
    const none = within(group).getByRole('checkbox', { name: 'None of these' });
    const unsure = within(group).getByRole('checkbox', { name: 'I am not sure' });
    const estrogen = within(group).getByRole('checkbox', { name: 'I take estrogen' });
    expect(none).toBeChecked();

    await user.click(unsure);
    expect(unsure).toBeChecked();
    expect(none).not.toBeChecked();

    // Sure of one factor, unsure of the rest.
    await user.click(estrogen);
    expect(estrogen).toBeChecked();
    expect(unsure).toBeChecked();

    await user.click(none);
    expect(none).toBeChecked();
    expect(unsure).not.toBeChecked();
    expect(estrogen).not.toBeChecked();
  });

  it('comes back as "I am not sure", never as "None of these"', async () => {
    const user = await openPage('clot-risk', CLOT_RISK, quiet({ 'clot-risk': { factors: ['none'] } }));
    await user.click(screen.getByRole('checkbox', { name: 'I am not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Medicines and supplements');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findPage(CLOT_RISK);
    expect(screen.getByRole('checkbox', { name: 'I am not sure' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  });
});

describe('"Something else" under what bothers you', () => {
  it('opens a labelled box right under the option, and closes it when unticked', async () => {
    const user = await openPage('concerns', CONCERNS, quiet({ concerns: { concerns: [] } }));
    const other = screen.getByRole('checkbox', { name: 'Something else' });
    expect(other).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'What else? (optional)' })).not.toBeInTheDocument();

    await user.click(other);
    expect(other).toHaveAttribute('aria-expanded', 'true');
    const box = screen.getByRole('textbox', { name: 'What else? (optional)' });
    expect(document.getElementById(other.getAttribute('aria-controls') ?? '')).toContainElement(box);
    expect(box).toHaveAccessibleDescription('A few words, up to 100 characters.');

    // Keyboard alone: from the option the next Tab reaches the box.
    other.focus();
    await user.tab();
    expect(box).toHaveFocus();

    await user.click(other);
    expect(other).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'What else? (optional)' })).not.toBeInTheDocument();
  });

  it('refuses more than 100 characters with the standard message', async () => {
    const user = await openPage('concerns', CONCERNS, quiet({ concerns: { concerns: [] } }));
    await user.click(screen.getByRole('checkbox', { name: 'Something else' }));
    await user.type(screen.getByRole('textbox', { name: 'What else? (optional)' }), 'x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /100 characters or fewer/ })).toBeInTheDocument();
  });

  it('keeps nothing typed once "Something else" is unticked', async () => {
    const user = await openPage('concerns', CONCERNS, quiet({ concerns: { concerns: [] } }));
    const other = screen.getByRole('checkbox', { name: 'Something else' });
    await user.click(other);
    // Even text that would be too long is dropped, not refused, once its option is gone.
    await user.type(screen.getByRole('textbox', { name: 'What else? (optional)' }), 'y'.repeat(120));
    await user.click(other);
    await user.click(screen.getByRole('checkbox', { name: 'They look too big' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('How do your calves feel when you stand on tiptoe?');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findPage(CONCERNS);
    await user.click(screen.getByRole('checkbox', { name: 'Something else' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'What else? (optional)' })).toHaveValue(''));
  });
});
