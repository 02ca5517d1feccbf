/**
 * Everything on screen and on paper that is not a question, an error or a point, in English.
 * `{name}` marks a placeholder: the Spanish catalog must use the same ones (a unit test checks).
 */
export const uiEn = {
  app: {
    /** The browser tab: "{page} – {app}". */
    documentTitle: '{page} – Calf and ankle liposuction: prepare for your consultation',
    documentTitleError: 'Error: {page} – Calf and ankle liposuction: prepare for your consultation',
    skipLink: 'Skip to main content',
    title: 'Liposuction consultation prep',
    tagline: 'Calves and ankles',
    restoreFailed: 'We could not restore your earlier answers, so you are starting again.',
    footer:
      'This tool helps you prepare for a consultation. It is not medical advice and does not decide whether surgery is right for you. Your answers stay on this device and are cleared when you close the tab.',
    loading: 'Loading…',
  },
  language: {
    /** Names the switch for screen readers. */
    label: 'Language',
  },
  contact: {
    call: 'Call {clinic}',
    visit: 'Contact {clinic}',
    theClinic: 'the clinic',
    newTab: '(opens in a new tab)',
  },
  intro: {
    title: 'Prepare for your calf or ankle liposuction consultation',
    lead: 'Answer some questions about your legs, your health and what you hope for. At the end you get a list of points to raise with a board-certified plastic surgeon, each with a reason and where it comes from. You can print it or save it as a PDF.',
    warningLabel: 'Warning:',
    warning:
      'If one leg has suddenly swollen and is painful, warm or red, get medical help today. If you suddenly feel short of breath or have chest pain, call 911 or your local emergency number now.',
    beforeYouStart: 'Before you start',
    duration: 'It takes about 10 minutes.',
    staysHere: 'Your answers stay on this device. Nothing is sent anywhere.',
    changeLater: 'You can go back and change any answer before you see your list.',
    notAdvice:
      'This is preparation, not medical advice. It cannot tell you whether surgery is right for you: only an in-person assessment can do that. Choosing not to have surgery is always an option.',
    start: 'Start now',
  },
  form: {
    back: 'Back',
    continue: 'Continue',
    /** Part of the questionnaire, above each question. */
    progress: 'Part {part} of {total}: {section}',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    noneDivider: 'or',
  },
  sections: {
    legs: 'Your legs',
    'look-alikes': 'Other possible causes',
    technique: 'The technique',
    weight: 'Your weight',
    health: 'Your health',
    readiness: 'Expectations and recovery',
    surgeon: 'Your surgeon',
  },
  bodySize: {
    metricLegend: 'Height and weight in metric units',
    imperialLegend: 'Height and weight in feet, inches and pounds',
    centimetres: 'Height (centimetres)',
    kilograms: 'Weight (kilograms)',
    feet: 'Height (feet)',
    inches: 'Inches',
    pounds: 'Weight (pounds)',
    /** Unit abbreviations shown after each box (hidden from screen readers: the label says the unit). */
    feetUnit: 'ft',
    inchesUnit: 'in',
    poundsUnit: 'lb',
    centimetresUnit: 'cm',
    kilogramsUnit: 'kg',
    bmiPending: 'Your BMI will show here when you enter both height and weight.',
    /** `{bmi}` is shown in bold. */
    bmiResult: 'Your BMI is {bmi}. BMI is a rough guide: it does not tell muscle from fat.',
  },
  answers: {
    notGiven: 'Not given',
    heightAndWeight: 'Height and weight',
    imperial: '{feet} ft {inches} in, {pounds} lb',
    metric: '{centimetres} cm, {kilograms} kg',
    bmi: 'BMI {bmi}',
  },
  urgent: {
    title: 'Get medical help now',
    later: 'You can finish this questionnaire later. Your answers stay on this device until you close the tab.',
  },
  startAgain: {
    link: 'Start again',
    question: 'Clear all your answers and start again?',
    warning: 'Your answers will be deleted from this device. You cannot undo this.',
    confirm: 'Yes, clear my answers',
    cancel: 'No, keep my answers',
  },
  checkAnswers: {
    title: 'Check your answers',
    lead: 'Change anything that is not right. Your list of points is made from these answers only.',
    change: 'Change',
    nextTitle: 'Now see your list of points',
    nextText: 'Nothing is sent anywhere. The list is made on this device.',
    confirm: 'See my list of points',
  },
  summary: {
    title: 'Points to raise at your consultation',
    back: 'Back to your answers',
    prepared: 'Prepared on {date}.',
    preparedFor: 'Prepared on {date} for your consultation at {clinic}.',
    bring: 'Bring this list to your consultation with a board-certified plastic surgeon.',
    print: 'Print or save as PDF',
    shareIntro:
      'Nothing has been sent. If you want {clinic} to see this list and your answers before your appointment, you can send it to them.',
    shareButton: 'Send my summary to {clinic}',
    shareDone: 'Your list and answers were sent to {clinic}.',
    theClinic: 'the clinic',
    why: 'Why:',
    source: 'Source:',
    sources: 'Sources:',
    answersTitle: 'Your answers, in brief',
    notesTitle: 'Notes from your consultation',
    notesHint: 'The printed list has space here to write down what the surgeon tells you.',
    sourcesTitle: 'Where these points come from',
    disclaimerTitle: 'About this list',
    disclaimer:
      'This list helps you prepare questions. It is not medical advice, and it does not say whether surgery is right for you: only a qualified doctor who examines you can do that. Not having surgery is always an option, and it is wise to take time to think before you decide.',
  },
};
