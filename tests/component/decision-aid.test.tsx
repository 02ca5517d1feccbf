import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/answers';
import type { StepId } from '../../src/answers/step-ids';
import { renderApp } from '../support/render-app';
import { completeAnswers } from '../support/answers/complete-answers';
import { quiet } from '../support/answers/quiet-answers';
import { findPage, loadChunkedPages } from '../support/pages';

beforeAll(loadChunkedPages);

const PRIORITIES = 'What matters most to you';
const OPTIONS = 'Your options side by side';
const SURE = 'How sure do you feel?';
const CHECK_ANSWERS = 'Check your answers';
const SUMMARY = 'Points to raise at your consultation';

/** The answers up to (not including) a page of the decision part, as someone arriving there has them. */
function answersBefore(answers: Answers, ...unanswered: StepId[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([step]) => !unanswered.includes(step as StepId)));
}

/** The option names the page shows, in order: the names under the grid's first row. */
function optionNames(): string[] {
  const firstRow = screen.getAllByRole('heading', { level: 2 })[0] as HTMLElement;
  const section = firstRow.closest('section') as HTMLElement;
  return within(section)
    .getAllByRole('term')
    .map((term) => term.textContent ?? '');
}

describe('what matters most to you', () => {
  it('asks six things on a short scale, each a group named by its question, and refuses an empty page by name', async () => {
    const user = userEvent.setup();
    renderApp({
      initialAnswers: answersBefore(completeAnswers, 'priorities', 'options', 'sure'),
      initialPlace: 'priorities',
    });
    await findPage(PRIORITIES);
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(6);
    const recovery = screen.getByRole('group', { name: 'How much does a short recovery matter to you?' });
    expect(
      within(recovery)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['a-lot', 'a-little', 'not-much']);
    expect(screen.getByRole('group', { name: /lowest chance of a lasting problem/ })).toHaveAccessibleDescription(
      /lumps, uneven legs or numbness/,
    );

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(6);
    expect(
      within(summary).getByRole('link', { name: 'Select how much keeping the cost down matters to you' }),
    ).toBeVisible();
  });

  it('is answered by keyboard alone: arrows choose within a group, Tab moves to the next', async () => {
    const user = userEvent.setup();
    renderApp({
      initialAnswers: answersBefore(completeAnswers, 'priorities', 'options', 'sure'),
      initialPlace: 'priorities',
    });
    await findPage(PRIORITIES);
    (screen.getAllByRole('radio')[0] as HTMLElement).focus();
    await user.keyboard(' ');
    for (let group = 1; group < 6; group += 1) {
      await user.tab();
      await user.keyboard('{ArrowDown}');
    }
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await findPage(OPTIONS);
  });
});

describe('the options side by side', () => {
  it('shows traditional liposuction and not having a procedure to someone whose answers call for nothing else', async () => {
    renderApp({ initialAnswers: answersBefore(quiet(), 'options', 'sure'), initialPlace: 'options' });
    await findPage(OPTIONS);
    expect(optionNames()).toEqual(['Traditional liposuction', 'Not having a procedure']);
  });

  it('adds the columns the answers call for: an energy device, lipedema care, muscle options, changing weight', async () => {
    const answers = quiet({
      technique: { technique: 'laser' },
      'technique-appeal': { reasons: ['less-pain'] },
      'fat-pattern': { signs: ['both-legs-alike', 'tender'] },
      'calf-feel': { feel: 'firm' },
      'weight-history': { change: 'stable', plans: 'lose' },
    });
    renderApp({ initialAnswers: answersBefore(answers, 'options', 'sure'), initialPlace: 'options' });
    await findPage(OPTIONS);
    expect(optionNames()).toEqual([
      'Traditional liposuction',
      'Laser or other energy-assisted liposuction',
      'Lipedema care',
      'Muscle-slimming injections',
      'Changing weight',
      'Not having a procedure',
    ]);
    // Every row asks the same of every option.
    const rows = screen.getAllByRole('heading', { level: 2 });
    expect(rows.map((row) => row.textContent)).toEqual([
      'What it involves',
      'What it can change',
      'What it cannot change',
      'Recovery',
      'Main risks',
      'How long results last',
      'Cost',
      'How strong the evidence is',
    ]);
    for (const row of rows) {
      expect(within(row.closest('section') as HTMLElement).getAllByRole('definition')).toHaveLength(6);
    }
  });

  it('lists where each fact comes from, numbered as the cells cite them, and goes on with nothing to answer', async () => {
    const user = userEvent.setup();
    renderApp({ initialAnswers: answersBefore(quiet(), 'options', 'sure'), initialPlace: 'options' });
    await findPage(OPTIONS);
    await user.click(screen.getByText('Where these facts come from'));
    const sources = within(document.querySelector('.source-list') as HTMLElement).getAllByRole('listitem');
    expect(sources.length).toBeGreaterThan(2);
    const cited = new Set(
      [...document.querySelectorAll('.option-grid__stacked .option-grid__cite')].flatMap((cite) =>
        [...(cite.textContent ?? '').matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])),
      ),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(sources.map((_source, index) => index + 1));

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(SURE);
  });
});

describe('how sure do you feel', () => {
  /** Changes the SURE answers from check-answers, as someone reviewing them would, and comes back there. */
  async function answerSure(answers: Answers, noes: readonly string[]) {
    const user = userEvent.setup();
    renderApp({ initialAnswers: answers, initialPlace: 'check-answers' });
    await findPage(CHECK_ANSWERS);
    await user.click(screen.getByRole('button', { name: 'Change sure which choice is best' }));
    await findPage(SURE);
    for (const group of screen.getAllByRole('group')) {
      const name = group.querySelector('legend')?.textContent ?? '';
      await user.click(within(group).getByRole('radio', { name: noes.includes(name) ? 'No' : 'Yes' }));
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    return user;
  }

  it('prints each "no" with what may help, cites the SURE test, and shows the answers on check-answers', async () => {
    const user = await answerSure(quiet(), [
      'Do you know the good points and the risks of each option?',
      'Do you have enough support and advice to choose?',
    ]);
    await findPage(CHECK_ANSWERS);
    const decision = screen.getByRole('region', { name: 'Your decision' });
    expect(
      within(decision).getByText('Know the good points and risks', { selector: 'dt' }).parentElement,
    ).toHaveTextContent('No');
    await user.click(screen.getByRole('button', { name: 'See my list of points' }));
    await findPage(SUMMARY);

    const sure = screen.getByRole('region', { name: 'How sure you feel' });
    expect(within(sure).getByText(/may not be ready to decide yet/)).toBeVisible();
    expect(
      within(sure)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ask your surgeon to go through the good points and risks of each option with you.',
      'Bring someone you trust to the visit, or talk to your family doctor or a second surgeon.',
    ]);
    const number = /Source: \[(\d+)\]/.exec(sure.textContent ?? '')?.[1];
    const sources = screen.getByRole('region', { name: 'Where these points come from' });
    expect(within(sources).getAllByRole('listitem')[Number(number) - 1]).toHaveTextContent(/Légaré F.*Are you SURE\?/);
  });

  it('with four yeses, says so and lists no help', async () => {
    const user = await answerSure(quiet(), []);
    await findPage(CHECK_ANSWERS);
    await user.click(screen.getByRole('button', { name: 'See my list of points' }));
    await findPage(SUMMARY);
    const sure = screen.getByRole('region', { name: 'How sure you feel' });
    expect(within(sure).getByText(/You answered yes to all four/)).toBeVisible();
    expect(within(sure).queryByRole('list')).toBeNull();
  });
});

describe('the summary', () => {
  it('lists what matters a lot and a little as the person rated it, never ranked', async () => {
    renderApp({ initialAnswers: quiet(), initialPlace: 'summary' });
    await findPage(SUMMARY);
    const priorities = screen.getByRole('region', { name: 'What matters to you' });
    expect(priorities).toHaveTextContent('Matters a lot:The lowest chance of a lasting problem; A result that lasts');
    expect(priorities).toHaveTextContent(
      'Matters a little:A short recovery; A change others would notice; Keeping the cost down',
    );
    expect(priorities).not.toHaveTextContent('Not having an operation');
  });
});
