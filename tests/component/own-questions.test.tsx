import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import type { Answers } from '../../src/answers/answers';
import { completeAnswers } from '../support/answers/complete-answers';
import { findPage, loadChunkedPages } from '../support/pages';

beforeAll(loadChunkedPages);

const OWN_QUESTIONS = 'Your own questions for the surgeon (optional)';
const CHECK_ANSWERS = 'Check your answers';
const SUMMARY = 'Points to raise at your consultation';

/** Every page answered except the last, as a session saved before this page existed would be. */
function withoutOwnQuestions(): Answers {
  const answers: Answers = { ...completeAnswers };
  delete answers['own-questions'];
  return answers;
}

async function openOwnQuestions() {
  const user = userEvent.setup();
  renderApp({ initialAnswers: withoutOwnQuestions(), initialPlace: 'own-questions' });
  await findPage(OWN_QUESTIONS);
  return user;
}

describe('your own questions', () => {
  it('asks in one group named by the heading, with five labelled boxes and the hint read with it', async () => {
    await openOwnQuestions();
    const group = screen.getByRole('group', { name: OWN_QUESTIONS });
    expect(group).toHaveAccessibleDescription(/Write up to 5 questions in your own words, up to 150 characters each/);
    for (const n of [1, 2, 3, 4, 5])
      expect(within(group).getByRole('textbox', { name: `Question ${n}` })).toBeVisible();
  });

  it('goes on with every box empty, and check-answers says none were given', async () => {
    const user = await openOwnQuestions();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CHECK_ANSWERS);
    const row = screen.getByText('Your questions', { selector: 'dt' }).parentElement as HTMLElement;
    expect(row).toHaveTextContent('Not given');
  });

  it('refuses a question over 150 characters, naming the box, in the error summary and beside the box', async () => {
    const user = await openOwnQuestions();
    const box = screen.getByRole('textbox', { name: 'Question 2' });
    await user.click(box);
    await user.paste('x'.repeat(151));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Question 2 must be 150 characters or fewer' })).toBeVisible();
    expect(box).toHaveAccessibleDescription('Error: Question 2 must be 150 characters or fewer');
    expect(box).toBeInvalid();
  });

  it('shows the typed questions on check-answers, then prints them first among the questions, marked as theirs', async () => {
    const user = await openOwnQuestions();
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'How many people like me have you treated?');
    // A question in the third box alone, after an empty second one: it is still their second question.
    await user.type(
      screen.getByRole('textbox', { name: 'Question 3' }),
      'Who do I call at night if something is wrong?',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPage(CHECK_ANSWERS);
    const row = screen.getByText('Your questions', { selector: 'dt' }).parentElement as HTMLElement;
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['How many people like me have you treated?', 'Who do I call at night if something is wrong?']);
    expect(within(row).getByRole('button', { name: 'Change your questions' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'See my list of points' }));
    await findPage(SUMMARY);
    const questions = screen.getByRole('region', { name: 'Questions for your surgeon' });
    const items = within(questions).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Your question: How many people like me have you treated\?$/);
    expect(items[1]).toHaveTextContent(/^Your question: Who do I call at night if something is wrong\?$/);
    // The questions everyone should ask follow, each with its reason and sources; theirs have none.
    expect(items.length).toBeGreaterThan(2);
    expect(items[2]).toHaveTextContent(/\[\d+\]/);
    expect(items[0]).not.toHaveTextContent(/\[\d+\]/);
  });

  it('opens on this page for a session saved before it existed, with every other answer kept', async () => {
    renderApp({ initialAnswers: withoutOwnQuestions(), initialPlace: 'summary' });
    await findPage(OWN_QUESTIONS);
    expect(screen.getByRole('textbox', { name: 'Question 1' })).toHaveValue('');
  });
});
