/**
 * The messages the app sends to the page that embeds it (window.postMessage). Every message
 * names the protocol and its version, so a host can ignore anything else. The app accepts no
 * messages from the host.
 *
 * Version 2 carries nothing that depends on the patient's answers: no page ids, no counts of
 * pages or points, no heights. Every route through the questionnaire passes through every part,
 * so a walk from the start page to the summary sends the same messages for everyone. The one
 * exception is `summary`, which only follows the patient pressing the send button on a clinic
 * that enabled sharing (decision 0012).
 *
 * Plain TypeScript with no dependencies: the host snippet imports it and must stay tiny.
 */
export const PROTOCOL = 'calf-ankle-prep';
export const PROTOCOL_VERSION = 2;

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
  summary: SharedSummary;
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
}

export type MessageType = keyof MessagePayloads;

export type AppMessage = {
  [T in MessageType]: {
    protocol: typeof PROTOCOL;
    version: typeof PROTOCOL_VERSION;
    type: T;
    payload: MessagePayloads[T];
  };
}[MessageType];

export function makeMessage<T extends MessageType>(type: T, payload: MessagePayloads[T]) {
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
