import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { findPage, findPageWithFocus } from '../support/pages';

const AREA = 'Which part of your legs are you thinking about?';
const CONCERNS = 'What bothers you about them?';

async function startQuestionnaire() {
  const user = userEvent.setup();
  renderApp();
  await user.click(screen.getByRole('link', { name: /start now/i }));
  await findPage(AREA);
  return user;
}

describe('answering a question page', () => {
  it('moves to the next page and puts focus on its heading', async () => {
    const user = await startQuestionnaire();
    await findPageWithFocus(AREA);

    await user.click(screen.getByRole('radio', { name: 'My ankles' }));
    await user.click(screen.getByRole('radio', { name: 'Both legs' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPageWithFocus(CONCERNS);
  });

  it('shows an error summary that takes focus, with links that move to each field', async () => {
    const user = await startQuestionnaire();
    await user.click(screen.getByRole('radio', { name: 'My calves' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));

    // Only the unanswered question is listed, and its message is also shown at the field.
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Select whether it is one leg or both legs']);
    const group = screen.getByRole('group', { name: 'Is it one leg or both?' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Select whether it is one leg or both legs'));

    const [firstLink] = links;
    if (!firstLink) throw new Error('The error summary has no link');
    await user.click(firstLink);
    expect(screen.getByRole('radio', { name: 'Both legs' })).toHaveFocus();

    // Fixing the error removes it without another submit, and the page then continues.
    await user.click(screen.getByRole('radio', { name: 'One leg only' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CONCERNS);
  });

  it('links a hint to its checkbox group and keeps "None of these" exclusive', async () => {
    const user = await startQuestionnaire();
    await user.click(screen.getByRole('radio', { name: 'My calves' }));
    await user.click(screen.getByRole('radio', { name: 'Both legs' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CONCERNS);
    await user.click(screen.getByRole('checkbox', { name: 'They look too big' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('How do your calves feel when you stand on tiptoe?');
    await user.click(screen.getByRole('radio', { name: 'Mostly soft: I can pinch a layer of fat' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Do you have any of these right now?');

    const group = screen.getByRole('group', { name: 'Do you have any of these right now?' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Select all that apply.'));
    const none = within(group).getByRole('checkbox', { name: 'None of these' });
    const swollen = within(group).getByRole('checkbox', { name: /One leg has newly swollen/ });
    await user.click(swollen);
    await user.click(none);
    expect(none).toBeChecked();
    expect(swollen).not.toBeChecked();
    await user.click(swollen);
    expect(none).not.toBeChecked();
  });

  it('shows the urgent notice on the symptoms page as soon as a symptom is ticked', async () => {
    const user = await startQuestionnaire();
    await user.click(screen.getByRole('radio', { name: 'My ankles' }));
    await user.click(screen.getByRole('radio', { name: 'One leg only' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CONCERNS);
    await user.click(screen.getByRole('checkbox', { name: 'Their shape' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Do your ankles change size during the day?');
    await user.click(screen.getByRole('radio', { name: 'I am not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Do you have any of these right now?');

    expect(screen.queryByRole('heading', { name: 'Get medical help now' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain' }));
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('heading', { name: 'Get medical help now' })).toBeInTheDocument();
    expect(notice).toHaveTextContent(/911/);

    // It stays at the top of the following pages.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Do any of these describe your legs?');
    expect(screen.getByRole('heading', { name: 'Get medical help now' })).toBeInTheDocument();
  });

  it('goes back with the Back link, keeping the answer', async () => {
    const user = await startQuestionnaire();
    await user.click(screen.getByRole('radio', { name: 'My ankles' }));
    await user.click(screen.getByRole('radio', { name: 'Both legs' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CONCERNS);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findPageWithFocus(AREA);
    expect(screen.getByRole('radio', { name: 'My ankles' })).toBeChecked();
  });
});
