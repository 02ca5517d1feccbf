import { makeMessage, type MessagePayloads, type MessageType } from './protocol';

/**
 * Posts to the embedding page, and only to it: never to '*', never when the app is not framed,
 * never without the host origin the clinic configured.
 */
export function createHostMessenger(hostOrigin: string | undefined) {
  const framed = typeof window !== 'undefined' && window.parent !== window;
  const enabled = framed && Boolean(hostOrigin);
  return {
    enabled,
    post<T extends MessageType>(type: T, payload: MessagePayloads[T]) {
      if (!enabled || !hostOrigin) return;
      window.parent.postMessage(makeMessage(type, payload), hostOrigin);
    },
  };
}

export type HostMessenger = ReturnType<typeof createHostMessenger>;
