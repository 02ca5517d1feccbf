import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import type { Answers } from '../../src/answers/answers';
import { completeAnswers } from '../support/answers/complete-answers';
import { findPage, findPageWithFocus, loadChunkedPages } from '../support/pages';

beforeAll(loadChunkedPages);

const CHECK_ANSWERS = 'Check your answers';

/**
 * Opens check-answers with every page answered. Straight there, as a restored session would: the
 * walk through every page is the model-based tests' subject (tests/component/model), and two dozen
 * Continue presses per test are what timed these tests out on a loaded machine.
 */
async function openCheckAnswers(answers: Answers = completeAnswers) {
  const user = userEvent.setup();
  renderApp({ initialAnswers: answers, initialPlace: 'check-answers' });
  await findPage(CHECK_ANSWERS);
  return user;
}

function row(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement as HTMLElement;
}

describe('check your answers', () => {
  it('lists the answers and returns there after a Change', async () => {
    const user = await openCheckAnswers();
    expect(row('Technique')).toHaveTextContent('Laser liposuction');

    await user.click(within(row('Technique')).getByRole('button', { name: 'Change technique' }));
    await findPageWithFocus('Which kind of liposuction are you considering?');
    expect(screen.getByRole('radio', { name: /Laser liposuction/ })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /Traditional liposuction/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPageWithFocus(CHECK_ANSWERS);
    expect(row('Technique')).toHaveTextContent('Traditional liposuction');
    // The laser follow-up is off the route now, so its answer is no longer listed.
    expect(screen.queryByText('What draws you to it', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('asks a new follow-up before returning to check answers', async () => {
    const user = await openCheckAnswers();
    await user.click(within(row('Surgeon')).getByRole('button', { name: 'Change surgeon' }));
    await findPage('Have you chosen a surgeon?');
    await user.click(screen.getByRole('radio', { name: 'Not yet' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CHECK_ANSWERS);
    expect(screen.queryByText('Where the operation would happen', { selector: 'dt' })).not.toBeInTheDocument();

    // Switching back opens the board question again; its earlier answer comes back with it.
    await user.click(within(row('Surgeon')).getByRole('button', { name: 'Change surgeon' }));
    await findPage('Have you chosen a surgeon?');
    await user.click(screen.getByRole('radio', { name: 'I am comparing a few' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CHECK_ANSWERS);
    expect(row('Where the operation would happen')).toHaveTextContent('In a hospital');
  });

  it('asks a follow-up that was never answered before returning', async () => {
    const { 'calf-feel': _never, ...anklesOnly } = completeAnswers;
    const user = await openCheckAnswers({ ...anklesOnly, area: { area: 'ankles', legs: 'both-legs' } });
    expect(screen.queryByText('Calves on tiptoe', { selector: 'dt' })).not.toBeInTheDocument();

    await user.click(within(row('Area')).getByRole('button', { name: 'Change area' }));
    await findPage('Which part of your legs are you thinking about?');
    await user.click(screen.getByRole('radio', { name: 'Both my calves and my ankles' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPageWithFocus('How do your calves feel when you stand on tiptoe?');
    await user.click(screen.getByRole('radio', { name: 'Mostly firm: it feels like muscle' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findPage(CHECK_ANSWERS);
    expect(row('Calves on tiptoe')).toHaveTextContent('Mostly firm');
  });

  it('drops a follow-up whose reason was unticked', async () => {
    const user = await openCheckAnswers();
    expect(row('Diabetes control')).toHaveTextContent('Well controlled');
    await user.click(within(row('Conditions')).getByRole('button', { name: 'Change conditions' }));
    await findPage('Do you have any of these conditions?');
    await user.click(screen.getByRole('checkbox', { name: 'Diabetes' }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(CHECK_ANSWERS);
    expect(screen.queryByText('Diabetes control', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('leads to the summary of points', async () => {
    const user = await openCheckAnswers();
    await user.click(screen.getByRole('button', { name: 'See my list of points' }));
    await findPageWithFocus('Points to raise at your consultation');
    expect(await screen.findByRole('heading', { level: 2, name: 'Questions for your surgeon' })).toBeInTheDocument();
  });
});
