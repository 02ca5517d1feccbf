import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { completeAnswers } from '../support/answers/complete-answers';
import { findPage } from '../support/pages';

/**
 * Opens height and weight with every page before it answered, straight there as a restored
 * session would (walking the pages before it is the model-based tests' subject).
 */
async function openBodySizePage() {
  const user = userEvent.setup();
  const { 'body-size': _skipped, ...before } = completeAnswers;
  renderApp({ initialAnswers: before, initialPlace: 'body-size' });
  await findPage('What are your height and weight?');
  return user;
}

describe('height and weight', () => {
  it('works out the BMI as the person types, in either units', async () => {
    const user = await openBodySizePage();
    await user.type(screen.getByRole('textbox', { name: 'Height (feet)' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Inches' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Weight (pounds)' }), '150');
    expect(screen.getByText(/Your BMI is/)).toHaveTextContent('Your BMI is 23.5');

    await user.click(screen.getByRole('radio', { name: 'Centimetres and kilograms' }));
    const kilograms = screen.getByRole('textbox', { name: 'Weight (kilograms)' });
    await user.clear(kilograms);
    await user.type(kilograms, '72');
    expect(screen.getByText(/Your BMI is/)).toHaveTextContent('Your BMI is 24.9');
  });

  it('converts what was typed when the units are switched, and back again', async () => {
    const user = await openBodySizePage();
    await user.click(screen.getByRole('radio', { name: 'Feet, inches and pounds' }));
    await user.type(screen.getByRole('textbox', { name: 'Height (feet)' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Inches' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Weight (pounds)' }), '150');

    await user.click(screen.getByRole('radio', { name: 'Centimetres and kilograms' }));
    expect(screen.getByRole('textbox', { name: 'Height (centimetres)' })).toHaveValue('170');
    expect(screen.getByRole('textbox', { name: 'Weight (kilograms)' })).toHaveValue('68');
    expect(screen.getByText(/Your BMI is/)).toHaveTextContent('Your BMI is 23.5');

    const centimetres = screen.getByRole('textbox', { name: 'Height (centimetres)' });
    await user.clear(centimetres);
    await user.type(centimetres, '180');
    await user.click(screen.getByRole('radio', { name: 'Feet, inches and pounds' }));
    expect(screen.getByRole('textbox', { name: 'Height (feet)' })).toHaveValue('5');
    expect(screen.getByRole('textbox', { name: 'Inches' })).toHaveValue('11');
    expect(screen.getByRole('textbox', { name: 'Weight (pounds)' })).toHaveValue('150');
  });

  it('leaves text that is not a number where it was when the units are switched', async () => {
    const user = await openBodySizePage();
    await user.click(screen.getByRole('radio', { name: 'Centimetres and kilograms' }));
    await user.type(screen.getByRole('textbox', { name: 'Height (centimetres)' }), '1.7m');
    await user.click(screen.getByRole('radio', { name: 'Feet, inches and pounds' }));
    expect(screen.getByRole('textbox', { name: 'Height (feet)' })).toHaveValue('');
    await user.click(screen.getByRole('radio', { name: 'Centimetres and kilograms' }));
    expect(screen.getByRole('textbox', { name: 'Height (centimetres)' })).toHaveValue('1.7m');
  });

  it('may be left empty', async () => {
    const user = await openBodySizePage();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Your weight over time');
  });

  it('says how to fix an out-of-range number, then a height without a weight', async () => {
    const user = await openBodySizePage();
    const feet = screen.getByRole('textbox', { name: 'Height (feet)' });
    await user.type(feet, '12');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    let summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Your height in feet must be between 3 and 8']);
    expect(feet).toHaveAccessibleDescription(expect.stringContaining('must be between 3 and 8'));
    expect(feet).toHaveAttribute('aria-invalid', 'true');

    await user.clear(feet);
    await user.type(feet, '5');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The summary of the first submit may still be there: wait for this submit's message in it.
    await screen.findByRole('link', { name: 'Enter your weight too, or leave height and weight empty' });
    summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter your weight too, or leave height and weight empty']);
    expect(screen.getByRole('textbox', { name: 'Weight (pounds)' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter your weight too'),
    );
  });
});
