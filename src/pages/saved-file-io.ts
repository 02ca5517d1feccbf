import type { QuestionnaireResponse } from 'fhir/r4';
import type { Answers } from '../answers/answers';
import { downloadFile } from '../components/download-file';
import { buildQuestionnaireResponse } from '../fhir/questionnaire-response';
import { SAVED_FILE_MAX_BYTES, readQuestionnaireResponse, type ReadResult } from '../fhir/read-questionnaire-response';
import type { Localised } from '../i18n/localised';
import type { SummaryMessages } from '../i18n/messages';

/*
 * Saving and reading the answers as a file, and the FHIR form of a summary sent to a clinic: one
 * chunk, fetched only when a person presses "Save my answers to a file", chooses a file to
 * continue from or sends their summary, so no FHIR code is in any page's
 * chunk. One chunk rather than one per direction: the two share the page declarations, and two
 * chunks made the bundler split those out of the entry chunk (1.8 KiB more on the first view).
 */

/** The file's name: what it is and the day it was saved (the person's own date), so saves sort by date. */
export function savedFileName(date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `liposuction-prep-answers-${day}.json`;
}

/** Downloads the answers on the route as a FHIR QuestionnaireResponse, in the words the person reads. */
export function saveAnswersFile(answers: Answers, words: Localised, summary: SummaryMessages): void {
  const authored = new Date();
  const response = buildQuestionnaireResponse({ answers, words, summary, authored });
  const blob = new Blob([JSON.stringify(response, null, 2)], { type: 'application/fhir+json' });
  downloadFile(savedFileName(authored), blob);
}

/**
 * The answers a person sends to the clinic, as a QuestionnaireResponse: the route the answers
 * imply, with only what they chose to share (`shown`), stamped when the preview was prepared.
 */
export function sharedResponse(
  answers: Answers,
  shown: Answers,
  words: Localised,
  summary: SummaryMessages,
  authored: Date,
): QuestionnaireResponse {
  return buildQuestionnaireResponse({ answers, shown, words, summary, authored });
}

/** Reads the chosen file on the device; one bigger than any this app writes is refused unread. */
export async function readSavedFile(file: File): Promise<ReadResult> {
  if (file.size > SAVED_FILE_MAX_BYTES) return { status: 'refused', reason: 'too-large' };
  return readQuestionnaireResponse(await file.text());
}
