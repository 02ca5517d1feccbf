import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/embed/settings-schema';
import { renderApp } from '../support/render-app';
import { findPage, findPageWithFocus } from '../support/pages';

const AREA = 'Which part of your legs are you thinking about?';
const CONCERNS = 'What bothers you about them?';
const SYMPTOMS = 'Do you have any of these right now?';

async function startQuestionnaire(settings?: Partial<Settings>) {
  const user = userEvent.setup();
  renderApp(settings ? { settings: { ...DEFAULT_SETTINGS, ...settings } } : {});
  await user.click(screen.getByRole('link', { name: /start now/i }));
  await findPage(AREA);
  return user;
}

/** The urgent-symptoms page, after the three pages before it. */
async function reachSymptoms(settings?: Partial<Settings>) {
  const user = await startQuestionnaire(settings);
  await user.click(screen.getByRole('radio', { name: 'My ankles' }));
  await user.click(screen.getByRole('radio', { name: 'One leg only' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPage(CONCERNS);
  await user.click(screen.getByRole('checkbox', { name: 'Their shape' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPage('Do your ankles change size during the day?');
  await user.click(screen.getByRole('radio', { name: 'I am not sure' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPage(SYMPTOMS);
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
    const user = await reachSymptoms();
    expect(screen.queryByRole('heading', { name: 'Get medical help now' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain' }));
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('heading', { name: 'Get medical help now' })).toBeInTheDocument();
    expect(notice).toHaveTextContent('Call 911 or your local emergency number now.');
  });

  it('stops on the get-help page after Continue, then "continue preparing" goes on with a one-line reminder', async () => {
    const user = await reachSymptoms();
    await user.click(screen.getByRole('checkbox', { name: 'Sudden shortness of breath or chest pain' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPageWithFocus('Get medical help now');
    expect(window.location.hash).toBe('#/get-help');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    // Without a clinic contact set, no clinic line.
    expect(screen.queryByRole('link', { name: /^Call the clinic|^Contact/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have got help – continue preparing' }));
    await findPageWithFocus('Do any of these describe your legs?');
    // One line, not the whole notice: its heading only appears once it is opened.
    const reminder = screen.getByText('Get medical help now: see what to do');
    expect(screen.queryByRole('heading', { name: 'Get medical help now' })).not.toBeVisible();
    await user.click(reminder);
    expect(screen.getByRole('heading', { name: 'Get medical help now' })).toBeVisible();
  });

  it('says "today" for a swollen leg alone, with the clinic\'s number when the clinic set one', async () => {
    const user = await reachSymptoms({ contact: 'tel:+15551234567', clinicName: 'Example Clinic' });
    await user.click(screen.getByRole('checkbox', { name: /One leg has newly swollen/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPageWithFocus('Get medical help today');
    expect(
      screen.getByText(
        'If you become short of breath or have chest pain, call 911 or your local emergency number now.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    // On the page itself, not only in the header.
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Call Example Clinic: +15551234567' }),
    ).toHaveAttribute('href', 'tel:+15551234567');
  });

  it("returns to the symptoms page with the Back link and with the browser's Back, keeping the answer", async () => {
    const user = await reachSymptoms();
    await user.click(screen.getByRole('checkbox', { name: /One leg has newly swollen/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Get medical help today');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findPageWithFocus(SYMPTOMS);
    expect(screen.getByRole('checkbox', { name: /One leg has newly swollen/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Get medical help today');
    window.history.back();
    await findPage(SYMPTOMS);
    expect(screen.getByRole('checkbox', { name: /One leg has newly swollen/ })).toBeChecked();
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
