import { useMachine } from '@xstate/react';
import { useEffect, useRef } from 'react';
import type { Answers, StepAnswer } from './answers/answers';
import { isStepId } from './answers/step-ids';
import { PAGE_HEADING_ID } from './components/page-heading';
import { UrgentNotice } from './components/urgent-notice';
import { pageContent, SECTION_ORDER } from './content/page-content';
import { questionnaireMachine } from './flow/questionnaire-machine';
import { activeAnswers } from './flow/route';
import { urgentPoints } from './flow/urgent-points';
import { BodySizePage } from './pages/body-size-page';
import { CheckAnswersPage } from './pages/check-answers-page';
import { IntroPage } from './pages/intro-page';
import { QuestionPage } from './pages/question-page';
import { SummaryPage } from './pages/summary-page';

interface AppProps {
  /** Answers to start from (a resumed session, or a test); none by default. */
  initialAnswers?: Answers;
}

export function App({ initialAnswers }: AppProps = {}) {
  const [snapshot, send] = useMachine(questionnaireMachine, { input: { answers: initialAnswers } });
  const place = String(snapshot.value);
  const { answers } = snapshot.context;
  const active = activeAnswers(answers);

  useFocusOnNewPage(place);

  let page;
  if (isStepId(place)) {
    const section = pageContent[place].section;
    const caption = `Part ${SECTION_ORDER.indexOf(section as (typeof SECTION_ORDER)[number]) + 1} of ${SECTION_ORDER.length}: ${section}`;
    const props = {
      answers,
      caption,
      onAnswer: (answer: StepAnswer) => send({ type: 'SUBMIT', answer }),
      onBack: () => send({ type: 'BACK' }),
    };
    // Urgent answers stay visible at the top of every later page, not only at the end.
    const urgent = place === 'urgent-symptoms' ? [] : urgentPoints(active);
    page = (
      <>
        <UrgentNotice points={urgent} />
        {place === 'body-size' ? (
          <BodySizePage key={place} {...props} />
        ) : (
          <QuestionPage key={place} step={place} {...props} />
        )}
      </>
    );
  } else if (place === 'checkAnswers') {
    page = (
      <CheckAnswersPage
        answers={active}
        onChange={(step) => send({ type: 'CHANGE', step })}
        onConfirm={() => send({ type: 'CONFIRM' })}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  } else if (place === 'summary') {
    page = (
      <SummaryPage
        answers={active}
        onBack={() => send({ type: 'BACK' })}
        onRestart={() => send({ type: 'RESTART' })}
      />
    );
  } else {
    page = <IntroPage onStart={() => send({ type: 'START' })} />;
  }

  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="header">
        <div className="width-container">
          <p className="header__title">Liposuction consultation prep</p>
          <p className="header__tagline">Calves and ankles</p>
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          {page}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>
            This tool helps you prepare for a consultation. It is not medical advice and does not decide whether surgery is
            right for you. Your answers stay on this device.
          </p>
        </div>
      </footer>
    </>
  );
}

/**
 * Moves focus to the new page's heading whenever the page changes (not on first load), so
 * keyboard and screen-reader users start at the top of the new content, as on a page load.
 */
function useFocusOnNewPage(place: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [place]);
}
