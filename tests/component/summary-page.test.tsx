import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/answers/answers';
import type { HostMessenger } from '../../src/embed/host-messenger';
import type { SharedSummary } from '../../src/embed/protocol';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { loud } from '../support/answers/loud-answers';
import { quiet } from '../support/answers/quiet-answers';
import { renderApp } from '../support/render-app';

const FEELINGS = { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' } as const;
const INCLUDE_FEELINGS = 'Include my answers about how I feel about my legs';
const INCLUDE_PREGNANCY = 'Include my answers about pregnancy';
const WITHHELD = /^Only on your screen: this point is not printed or sent/;

afterEach(() => {
  window.sessionStorage.clear();
});

async function openSummary(answers: Answers, options: { share?: boolean } = {}) {
  const post = vi.fn<HostMessenger['post']>();
  const user = userEvent.setup();
  renderApp({
    initialAnswers: answers,
    initialPlace: 'summary',
    ...(options.share
      ? {
          settings: {
            ...DEFAULT_SETTINGS,
            clinicName: 'Riverside',
            hostOrigin: 'https://clinic.example',
            allowSharing: true,
          },
          messenger: { enabled: true, post },
        }
      : {}),
  });
  await screen.findByRole('heading', { level: 1, name: 'Points to raise at your consultation' });
  const sent = () =>
    post.mock.calls.filter(([type]) => type === 'summary').map(([, payload]) => payload as SharedSummary);
  return { user, sent };
}

function part(name: string) {
  const heading = screen.getByRole('heading', { level: 2, name });
  const section = heading.closest('section');
  if (!section) throw new Error(`no section for ${name}`);
  return section;
}

/** The "About me" row titles, as listed. */
function aboutMeRows() {
  return Array.from(part('About me').querySelectorAll('dt'), (term) => term.textContent);
}

describe('the summary a surgeon can use', () => {
  it('tells a person with nothing personal so, and still gives them the questions everyone should ask', async () => {
    await openSummary(quiet());
    const first = part('Most important for you');
    expect(within(first).getByText(/^Nothing in your answers needs special attention\./)).toBeInTheDocument();
    expect(within(first).queryAllByRole('listitem')).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'More points from your answers' })).not.toBeInTheDocument();
    expect(within(part('Questions for your surgeon')).getAllByRole('listitem').length).toBeGreaterThan(5);
    // Already certified by the right board: asked to confirm it on the board's own site, not to ask again.
    expect(screen.getByText(/to confirm they are certified\.$/)).toBeInTheDocument();
    expect(screen.queryByText('Ask whether your surgeon is certified by the American Board of Plastic Surgery.')).toBe(
      null,
    );
  });

  it('puts at most five points first, each with its tier and the answers that put it there', async () => {
    await openSummary(loud());
    const items = within(part('Most important for you')).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item).toHaveTextContent(/^See a doctor first:/);
      expect(within(item).getByText('You said:')).toBeInTheDocument();
    }
    const more = part('More points from your answers');
    expect(
      within(more)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['See a doctor first', 'Your safety', 'Technique and expectations']);
  });

  it('gives the surgeon the facts at a glance: BMI, medicines and clot risks in "About me"', async () => {
    await openSummary(loud());
    const table = part('About me');
    expect(within(table).getByText('BMI 35.2')).toBeInTheDocument();
    expect(within(table).getByText(/warfarin 5 mg/)).toBeInTheDocument();
    expect(within(table).getByText(/I have had a blood clot/)).toBeInTheDocument();
  });

  it('leaves body-image answers off the printout unless the person includes them, and says so', async () => {
    const { user } = await openSummary(quiet({ wellbeing: FEELINGS }));
    const include = screen.getByRole('checkbox', { name: INCLUDE_FEELINGS });
    expect(include).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'What to print' })).toHaveAccessibleDescription(
      /left out unless you tick the box/,
    );
    expect(screen.getByRole('checkbox', { name: INCLUDE_PREGNANCY })).toBeChecked();
    expect(aboutMeRows()).not.toContain('How I feel about my legs');
    // The point stays on the person's screen, marked as not printed or sent.
    const point = document.getElementById('point-talk-about-feelings');
    expect(point).toHaveClass('no-print');
    expect(within(point as HTMLElement).getByText(WITHHELD)).toBeInTheDocument();

    await user.click(include);
    expect(aboutMeRows()).toContain('How I feel about my legs');
    expect(point).not.toHaveClass('no-print');
    expect(within(point as HTMLElement).queryByText(WITHHELD)).not.toBeInTheDocument();
    // Kept like the answers, for a reload.
    await waitFor(() =>
      expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}').details?.included).toEqual({
        pregnancy: true,
        feelings: true,
      }),
    );
  });

  it('sends a sensitive answer only when it is ticked in the preview, whatever the printout holds', async () => {
    const { user, sent } = await openSummary(quiet({ wellbeing: FEELINGS, pregnancy: { pregnancy: 'maybe-later' } }), {
      share: true,
    });
    // Pregnancy is on the printout by default (surgeons need it); sending starts from nothing sensitive.
    expect(screen.getByRole('checkbox', { name: INCLUDE_PREGNANCY })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send my summary to Riverside' }));
    const preview = await screen.findByRole('region', { name: 'Check what will be sent to Riverside' });
    const sensitive = within(preview).getByRole('group', { name: 'Sensitive answers' });
    expect(sensitive).toHaveAccessibleDescription(/not sent unless you tick them/);
    const sendPregnancy = within(sensitive).getByRole('checkbox', { name: INCLUDE_PREGNANCY });
    const sendFeelings = within(sensitive).getByRole('checkbox', { name: INCLUDE_FEELINGS });
    expect(sendPregnancy).not.toBeChecked();
    expect(sendFeelings).not.toBeChecked();
    expect(preview).not.toHaveTextContent(/Pregnancy|Worry about how your legs look/);

    // Ticked in the preview: shown there, then sent; the printout's own choices stay as they were.
    await user.click(sendFeelings);
    expect(preview).toHaveTextContent('Worry about how your legs look');
    await user.click(within(preview).getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    const [summary] = sent();
    expect(summary?.points.map((point) => point.id)).toContain('talk-about-feelings');
    expect(summary?.points.map((point) => point.id)).not.toContain('pregnancy-later');
    expect(JSON.stringify(summary)).not.toMatch(/Pregnancy/);
    expect(summary?.questionnaireResponse?.item?.map((item) => item.linkId)).toContain('wellbeing');
    expect(summary?.questionnaireResponse?.item?.map((item) => item.linkId)).not.toContain('pregnancy');
    expect(screen.getByRole('checkbox', { name: INCLUDE_FEELINGS, checked: false })).toBeInTheDocument();
  });

  it('prints the name, date of birth and appointment typed for the header, and keeps them for a reload', async () => {
    const { user } = await openSummary(quiet());
    await user.click(screen.getByText('Add your name and appointment to the printout'));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana López');
    await user.type(screen.getByRole('textbox', { name: 'Appointment' }), '8 December, 2:30 pm');
    expect(screen.getByRole('textbox', { name: 'Appointment' })).toHaveAccessibleDescription(
      'For example, 8 December at 2:30 pm',
    );
    const header = document.querySelector('.consultation-header');
    expect(header).toHaveClass('print-only');
    expect(header).toHaveTextContent('Name:Ana López');
    expect(header).toHaveTextContent('Appointment:8 December, 2:30 pm');
    await waitFor(() =>
      expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}').details?.name).toBe('Ana López'),
    );
  });

  it('forgets the header and the choices when the person starts again', async () => {
    const { user } = await openSummary(quiet({ wellbeing: FEELINGS }));
    await user.click(screen.getByText('Add your name and appointment to the printout'));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    await user.click(screen.getByRole('checkbox', { name: INCLUDE_FEELINGS }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, clear my answers' }));
    await waitFor(() => expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull());
  });
});
