import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

/** The second click of a double click, as a browser numbers it (`detail` 2), on whatever is now under the pointer. */
function secondClickOn(element: Element) {
  fireEvent.mouseDown(element, { detail: 2 });
  fireEvent.mouseUp(element, { detail: 2 });
  fireEvent.click(element, { detail: 2 });
}

async function openConcernsAndContinue() {
  const user = userEvent.setup();
  renderApp({ initialAnswers: { area: { area: 'calves', legs: 'both-legs' } }, initialPlace: 'concerns' });
  await user.click(await screen.findByRole('checkbox', { name: 'They look too big' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return { user, firstOption: await screen.findByRole('radio', { name: /Mostly firm/ }) };
}

describe('a double click on Continue', () => {
  it('answers only the page it was on: its second click does not tick what the next page puts under it', async () => {
    const { firstOption } = await openConcernsAndContinue();
    secondClickOn(firstOption);
    expect(firstOption).not.toBeChecked();
  });

  it("nor presses the next page's Continue", async () => {
    await openConcernsAndContinue();
    secondClickOn(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: /How do your calves feel/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets a fresh click on the new page through, and double clicks after it', async () => {
    const { user, firstOption } = await openConcernsAndContinue();
    await user.click(firstOption);
    expect(firstOption).toBeChecked();
    const second = screen.getByRole('radio', { name: /Mostly soft/ });
    secondClickOn(second);
    expect(second).toBeChecked();
  });
});
