/**
 * Who is signed in, as the app shows it. The session itself is an HttpOnly cookie the page cannot read: nothing
 * of it is kept in the page's storage, and every tab of the browser shares it (asked of the gateway with `me`).
 */
export interface Session {
  councilId: string | null;
  councilName: string | null;
  displayName: string;
  roles: string[];
  /** The gateway's today (Query.today, the date in England the statutory clocks count to): forms default their dates to it. */
  today: string;
}

export function hasRole(session: Session | null | undefined, ...roles: string[]): boolean {
  return !!session && session.roles.some((r) => roles.includes(r));
}

/** Roles that may see personal data (names, contact details, free text). Analysts never do. */
export function maySeePersonalData(session: Session | null | undefined): boolean {
  return hasRole(session, "complaints_officer", "manager");
}

/** Headers every request to the gateway carries: the CSRF header the gateway requires with the session cookie. */
export const CSRF_HEADERS: Readonly<Record<string, string>> = { "x-csc-csrf": "1" };
