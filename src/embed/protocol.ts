/**
 * The messages the app sends to the page that embeds it (window.postMessage), and the one message
 * it accepts back. Every message names the protocol and its version, so either side can ignore
 * anything else. From the host the app accepts only `summary-received`, the acknowledgement of a
 * summary it sent, and only from the configured host origin's own window (decision 0020); nothing
 * the host posts can steer the questionnaire.
 *
 * Version 2 carries nothing that depends on the patient's answers: no page ids, no counts of
 * pages or points, no heights. Every route through the questionnaire passes through every part,
 * so a walk from the start page to the summary sends the same messages for everyone. The one
 * exception is `summary`, which only follows the patient pressing the send button on a clinic
 * that enabled sharing (decision 0012).
 *
 * Version 3 (decision 0020): `summary` carries `id`, new for each press of "Send now", and the host
 * answers it with `summary-received { id }`, so the patient is told "sent" only when the clinic's
 * page has the summary. Nothing else changed.
 *
 * Plain TypeScript with no dependencies: the host snippet imports it and must stay tiny.
 */
import type { QuestionnaireResponse } from 'fhir/r4';

export const PROTOCOL = 'calf-ankle-prep';
export const PROTOCOL_VERSION = 3;

/** The number of parts of the questionnaire (PAGE_SECTIONS); the same for everyone. */
export const PART_COUNT = 8;

export interface MessagePayloads {
  /** The app has loaded. */
  ready: Record<string, never>;
  /** The patient left the start page for the first question (once per load of the app). */
  started: Record<string, never>;
  /** The patient is now in this part of the questionnaire (1-based, of `of`); never which page. */
  progress: { part: number; of: number };
  /** The summary of points is shown. Nothing about it. */
  completed: Record<string, never>;
  /** The patient chose to send their summary to the clinic (sharing enabled by the clinic). */
  summary: SentSummary;
}

export interface SharedPoint {
  id: string;
  section: string;
  /** How much it matters to this patient: urgent, doctor-first, safety, expectations or checklist. */
  tier: string;
  point: string;
  why: string;
  sources: readonly string[];
}

export interface SharedAnswer {
  page: string;
  question: string;
  answer: readonly string[];
}

export interface SharedSummary {
  preparedAt: string;
  /** The language the patient read, and the words below are in ("en" or "es"); ids stay the same in every language. */
  language: string;
  points: readonly SharedPoint[];
  answers: readonly SharedAnswer[];
  /** What the patient typed for the printout's header, if anything; each field only when filled in. */
  patient: { name?: string; dateOfBirth?: string; appointment?: string };
  /**
   * The same answers as a FHIR R4 QuestionnaireResponse to the Questionnaire the build publishes
   * (dist/fhir/questionnaire.json; docs/fhir.md), for systems that read FHIR rather than this
   * message. Holds exactly the pages in `answers`; absent only if the app could not build it.
   */
  questionnaireResponse?: QuestionnaireResponse;
}

/**
 * A summary as it is sent: what the preview showed, and the id of this send, which the host's
 * `summary-received` echoes (version 3). Kept apart from SharedSummary, the content, so that a
 * field added to the content needs no change here.
 */
export interface SentSummary extends SharedSummary {
  /** New for each press of "Send now": 16 random bytes as 32 lower-case hex digits (SEND_ID). */
  id: string;
}

/** The form of a send's id. The app makes them; a host only echoes one back. */
export const SEND_ID = /^[0-9a-f]{32}$/;

const isSendId = (value: unknown): value is string => typeof value === 'string' && SEND_ID.test(value);

export type MessageType = keyof MessagePayloads;

/** A message either way: the protocol and its version, a type, and that type's payload. */
type Envelope<Payloads> = {
  [T in keyof Payloads]: {
    protocol: typeof PROTOCOL;
    version: typeof PROTOCOL_VERSION;
    type: T;
    payload: Payloads[T];
  };
}[keyof Payloads];

export type AppMessage = Envelope<MessagePayloads>;

export function makeMessage<T extends MessageType>(type: T, payload: MessagePayloads[T]) {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, type, payload };
}

/** The messages a host posts into the app's frame: only the acknowledgement of a summary (version 3). */
export interface HostMessagePayloads {
  /** The host page has the summary sent with this id (the snippet sends it once it has passed the summary on). */
  'summary-received': { id: string };
}

export type HostMessageType = keyof HostMessagePayloads;

export type HostMessage = Envelope<HostMessagePayloads>;

export function makeHostMessage<T extends HostMessageType>(type: T, payload: HostMessagePayloads[T]): HostMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, type, payload };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isEmpty = (value: Record<string, unknown>) => Object.keys(value).length === 0;

/** Checks a received message's shape before a host acts on it. */
export function isAppMessage(data: unknown): data is AppMessage {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return false;
  const payload = data.payload;
  if (!isRecord(payload)) return false;
  switch (data.type) {
    case 'ready':
    case 'started':
    case 'completed':
      return isEmpty(payload);
    case 'progress':
      return (
        payload.of === PART_COUNT &&
        Number.isInteger(payload.part) &&
        (payload.part as number) >= 1 &&
        (payload.part as number) <= PART_COUNT &&
        Object.keys(payload).length === 2
      );
    case 'summary':
      return (
        isSendId(payload.id) &&
        typeof payload.preparedAt === 'string' &&
        typeof payload.language === 'string' &&
        Array.isArray(payload.points) &&
        Array.isArray(payload.answers) &&
        isRecord(payload.patient)
      );
    default:
      return false;
  }
}

/**
 * Checks a message's shape before the app acts on it. Only the shape: the app also checks who sent
 * it (the configured host origin, from the window that frames it) and that the id is the awaited one.
 */
export function isHostMessage(data: unknown): data is HostMessage {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return false;
  const payload = data.payload;
  if (!isRecord(payload)) return false;
  switch (data.type) {
    case 'summary-received':
      return isSendId(payload.id) && Object.keys(payload).length === 1;
    default:
      return false;
  }
}
