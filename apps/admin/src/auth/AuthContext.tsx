import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { type Session, loadSession, saveSession } from "./session";
import { revokeSession } from "./revoke-session";

interface AuthValue {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const value = useMemo<AuthValue>(
    () => ({
      session,
      signIn: (s) => {
        saveSession(s);
        setSession(s);
      },
      signOut: () => {
        if (session?.token) void revokeSession(session.token);
        saveSession(null);
        sessionStorage.clear();
        setSession(null);
      },
    }),
    [session],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}
