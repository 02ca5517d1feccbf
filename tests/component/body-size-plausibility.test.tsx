import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { completeAnswers } from '../support/answers/complete-answers';

const PAGE = 'What are your height and weight?';
const NEXT_PAGE = 'Your weight over time';

/** Opens the height and weight page with every earlier page answered. */
async function openBodySizePage() {
  const user = userEvent.setup();
  const { 'body-size': _skipped, ...before } = completeAnswers;
  renderApp({ initialAnswers: before, initialPlace: 'body-size' });
  await screen.findByRole('heading', { level: 1, name: PAGE });
  return user;
}

async function typeImperial(user: ReturnType<typeof userEvent.setup>, feet: string, pounds: string) {
  await user.type(screen.getByRole('textbox', { name: 'Height (feet)' }), feet);
  await user.type(screen.getByRole('textbox', { name: 'Weight (pounds)' }), pounds);
}

describe('height and weight that give a very rare BMI', () => {
  it('asks "Is this right?" with the BMI, and moves focus to the question', async () => {
    const user = await openBodySizePage();
    await typeImperial(user, '3', '700');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const question = await screen.findByRole('heading', { level: 2, name: 'Is this right?' });
    expect(question).toHaveFocus();
    expect(screen.getByText(/give a BMI of 379\.7,/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: PAGE })).toBeInTheDocument();
  });

  it('keeps them when the patient says they are right', async () => {
    const user = await openBodySizePage();
    await typeImperial(user, '3', '700');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, it is right' }));
    expect(await screen.findByRole('heading', { level: 1, name: NEXT_PAGE })).toBeInTheDocument();
  });

  it('goes back to the boxes to change them, and checks the new numbers on Continue', async () => {
    const user = await openBodySizePage();
    await typeImperial(user, '3', '700');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'No, change them' }));
    const pounds = screen.getByRole('textbox', { name: 'Weight (pounds)' });
    expect(screen.getByRole('textbox', { name: 'Height (feet)' })).toHaveFocus();
    await user.clear(pounds);
    await user.type(pounds, '90');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: NEXT_PAGE })).toBeInTheDocument();
  });

  it('asks nothing for an ordinary BMI, nor when the boxes are left empty', async () => {
    const user = await openBodySizePage();
    await typeImperial(user, '5', '150');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: NEXT_PAGE })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Is this right?' })).not.toBeInTheDocument();
  });

  it('forgets the question once a box changes', async () => {
    const user = await openBodySizePage();
    await typeImperial(user, '3', '700');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: 'Is this right?' });
    await user.type(screen.getByRole('textbox', { name: 'Height (feet)' }), '{Backspace}6');
    expect(screen.queryByRole('heading', { name: 'Is this right?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});
