/**
 * The words of kiosk mode (decision 0026). They come with the kiosk chunk, in both languages, not
 * in the question-page catalogs: only a clinic tablet needs them, and the English catalog is on the
 * way to the first question, which has no bytes to spare. One interface for both, so the
 * compiler keeps the two languages in step.
 */
export interface KioskMessages {
  /** The heading of the "Are you still there?" warning. */
  title: string;
  /** `{seconds}`: the seconds left when the warning opened. */
  text: string;
  /** The visible countdown; `{seconds}` left. */
  countdown: string;
  /** Said by screen readers at 30 and 10 seconds; `{seconds}` left. */
  announce: string;
  stillHere: string;
  /** "I've finished" on the summary, with its confirmation. */
  finished: {
    link: string;
    question: string;
    warning: string;
    confirm: string;
    cancel: string;
  };
}
