import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { Client } from "urql";
import { createClient } from "../graphql/client";
import { SIGN_OUT, SIGN_OUT_EVERYWHERE } from "../graphql/session-operations";
import { fetchSession } from "./load-session";
import type { Session } from "./session";
import { type SessionMessage, openSessionChannel } from "./session-channel";

/** Why the sign-in page is showing, when it is not the first visit. */
export type SignedOutReason = "signed_out" | "signed_out_elsewhere" | "session_ended";

interface AuthValue {
  /** undefined while the app asks the gateway whether the browser's session cookie is signed in. */
  session: Session | null | undefined;
  signedOutReason: SignedOutReason | null;
  /** The urql client of the current session (a new one, with an empty cache, at each sign-in and sign-out). */
  client: Client;
  signIn: (session: Session) => void;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/**
 * The session is the gateway's HttpOnly cookie, shared by every tab. At start each tab asks who is signed in;
 * signing in or out in one tab tells the others (BroadcastChannel), and a request refused as UNAUTHENTICATED
 * (the session ended: timeout, sign-out everywhere from another browser) takes the tab to sign-in with a message.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [reason, setReason] = useState<SignedOutReason | null>(null);
  const [generation, setGeneration] = useState(0);
  const signedIn = useRef(false);
  const ended = useCallback((why: SignedOutReason) => {
    if (!signedIn.current) return;
    signedIn.current = false;
    setReason(why);
    setSession(null);
    setGeneration((g) => g + 1);
  }, []);
  // A new client (an empty cache) for each session: `generation` changes at every sign-in and sign-out.
  const client = useMemo(() => createClient(() => ended("session_ended")), [generation, ended]);
  const channel = useRef<ReturnType<typeof openSessionChannel> | null>(null);

  const load = useCallback(
    (from: Client) =>
      fetchSession(from).then(
        (found) => {
          signedIn.current = found !== null;
          setSession(found);
        },
        () => setSession(null),
      ),
    [],
  );

  useEffect(() => {
    void load(client);
    // Only at start: later sessions arrive through signIn or the channel.
  }, []);

  useEffect(() => {
    const opened = openSessionChannel((message: SessionMessage) => {
      if (message === "signed-out") ended("signed_out_elsewhere");
      else if (!signedIn.current) {
        setGeneration((g) => g + 1);
        void load(createClient(() => undefined));
      }
    });
    channel.current = opened;
    return () => opened.close();
  }, [ended, load]);

  const value = useMemo<AuthValue>(
    () => ({
      session,
      signedOutReason: reason,
      client,
      signIn: (s) => {
        signedIn.current = true;
        setReason(null);
        setSession(s);
        setGeneration((g) => g + 1);
        channel.current?.post("signed-in");
      },
      signOut: async () => {
        await client.mutation(SIGN_OUT, {}).toPromise(); // revokes the session and removes the cookie
        channel.current?.post("signed-out");
        ended("signed_out");
      },
      signOutEverywhere: async () => {
        await client.mutation(SIGN_OUT_EVERYWHERE, {}).toPromise(); // every session of this person, every browser
        channel.current?.post("signed-out");
        ended("signed_out");
      },
    }),
    [session, reason, client, ended],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}
