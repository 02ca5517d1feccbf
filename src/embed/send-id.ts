/**
 * A new id for one send of the summary: 16 random bytes as 32 hex digits (SEND_ID in protocol.ts).
 * The host's acknowledgement echoes it, so an acknowledgement meant for an earlier send, or made up
 * by a page that never saw this one, does not count. getRandomValues, not randomUUID: it is in
 * every browser the app supports, in any context.
 */
export function newSendId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
