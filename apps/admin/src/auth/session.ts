/** The signed-in session: a bearer token from the gateway and who it belongs to. Kept for the browser tab only. */
export interface Session {
  token: string;
  councilId: string | null;
  councilName: string | null;
  displayName: string;
  roles: string[];
}

const KEY = "csc.session";

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export function hasRole(session: Session | null, ...roles: string[]): boolean {
  return !!session && session.roles.some((r) => roles.includes(r));
}

/** Roles that may see personal data (names, contact details, free text). Analysts never do. */
export function maySeePersonalData(session: Session | null): boolean {
  return hasRole(session, "complaints_officer", "manager");
}
