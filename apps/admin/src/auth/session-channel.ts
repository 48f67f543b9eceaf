/** What one tab tells the others about the shared session cookie. */
export type SessionMessage = "signed-in" | "signed-out";

const NAME = "csc-session";

/**
 * A BroadcastChannel between the tabs of this browser (same origin). Carries only "signed-in" or "signed-out",
 * never a token or a name. Where BroadcastChannel is missing, the next request's UNAUTHENTICATED does the job.
 */
export function openSessionChannel(onMessage: (message: SessionMessage) => void): { post: (message: SessionMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === "signed-in" || event.data === "signed-out") onMessage(event.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
