import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { focusInPlace } from './focus-in-place';

export interface FieldError {
  /** The id of the input the link moves focus to. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: FieldError[];
  /** Changes on every submit attempt, so focus returns to the summary each time. */
  attempt: number;
}

/**
 * The GOV.UK error summary: a list of what to fix at the top of the page, which takes focus
 * after a failed submit so screen-reader users hear it, with links that move to each field.
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const { messages } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  // Layout effect: focus moves in the same commit that shows the summary, before paint.
  useLayoutEffect(() => {
    if (hasErrors) focusInPlace(ref.current);
  }, [attempt, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title" className="error-summary__title">
          {messages.ui.form.errorSummaryTitle}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  // Move focus rather than jump: the URL fragment is not ours to change, and the
                  // field (not just its label) must receive focus.
                  event.preventDefault();
                  focusInPlace(document.getElementById(error.fieldId));
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
