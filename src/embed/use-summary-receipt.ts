import { useCallback, useEffect, useRef } from 'react';
import { isHostMessage } from './protocol';

/**
 * Whether a message is the host's acknowledgement of the send with this id. The origin alone is
 * not enough: any frame the clinic's page holds (an advert, a chat widget) may share its origin,
 * so the message must come from the window that frames the app itself.
 */
export function isSummaryReceipt(event: MessageEvent, hostOrigin: string, id: string): boolean {
  return (
    event.origin === hostOrigin &&
    event.source === window.parent &&
    isHostMessage(event.data) &&
    event.data.type === 'summary-received' &&
    event.data.payload.id === id
  );
}

/**
 * Listens for the host's `summary-received` while `listening`. The caller passes the id of a send
 * to `awaitReceipt` just before it posts the summary; `onReceived` runs once, when that send's
 * acknowledgement arrives. Listening starts before the send (with the preview), so an
 * acknowledgement that comes back before React has rendered the "Sending" step is not missed.
 */
export function useSummaryReceipt(hostOrigin: string, listening: boolean, onReceived: () => void) {
  const awaited = useRef<string | undefined>(undefined);
  const received = useRef(onReceived);
  useEffect(() => {
    received.current = onReceived;
  });

  useEffect(() => {
    if (!listening) return;
    const onMessage = (event: MessageEvent) => {
      const id = awaited.current;
      if (id === undefined || !isSummaryReceipt(event, hostOrigin, id)) return;
      awaited.current = undefined;
      received.current();
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      // Once no longer listening (the wait timed out, or the preview closed), a late
      // acknowledgement of this send must not count when the patient sends again.
      awaited.current = undefined;
    };
  }, [hostOrigin, listening]);

  return useCallback((id: string) => {
    awaited.current = id;
  }, []);
}
