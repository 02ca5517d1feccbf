/**
 * The messages the app sends to the page that embeds it (window.postMessage). Every message
 * names the protocol and its version, so a host can ignore anything else. The app sends no
 * answers, except in `summary`, which only follows the patient pressing the send button on a
 * clinic that enabled sharing. The app accepts no messages from the host.
 *
 * Plain TypeScript with no dependencies: the host snippet imports it and must stay tiny.
 */
export const PROTOCOL = 'calf-ankle-prep';
export const PROTOCOL_VERSION = 1;

/** Where the person is: 'intro', a question page id, 'check-answers' or 'summary'. */
export type PlaceName = string;

export interface MessagePayloads {
  /** The app has loaded and will report its height. */
  ready: { height: number };
  /** The content's height in CSS pixels changed: size the iframe to it. */
  resize: { height: number };
  /** A new page is shown. Position is 1-based among the question pages on the route; never answers. */
  step: { step: PlaceName; position: number; count: number };
  /** The summary of points is shown. No answers. */
  complete: { pointCount: number };
  /** The patient chose to send their summary to the clinic (sharing enabled by the clinic). */
  summary: SharedSummary;
}

export interface SharedPoint {
  id: string;
  section: string;
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
}

export type MessageType = keyof MessagePayloads;

export type AppMessage = {
  [T in MessageType]: { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: T; payload: MessagePayloads[T] };
}[MessageType];

export function makeMessage<T extends MessageType>(type: T, payload: MessagePayloads[T]) {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, type, payload };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Checks a received message's shape before a host acts on it. */
export function isAppMessage(data: unknown): data is AppMessage {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return false;
  const payload = data.payload;
  if (!isRecord(payload)) return false;
  switch (data.type) {
    case 'ready':
    case 'resize':
      return isCount(payload.height);
    case 'step':
      return typeof payload.step === 'string' && isCount(payload.position) && isCount(payload.count);
    case 'complete':
      return isCount(payload.pointCount);
    case 'summary':
      return typeof payload.preparedAt === 'string' && typeof payload.language === 'string' && Array.isArray(payload.points) && Array.isArray(payload.answers);
    default:
      return false;
  }
}
