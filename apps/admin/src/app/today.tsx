import { createContext, useContext } from "react";

/**
 * The gateway's today (Query.today, loaded once with the session: the date in England the statutory clocks count
 * to). The one clock forms default their dates to and check "today or earlier" against, never the browser's, so a
 * browser in another time zone, or a gateway on a fixed today, agree with what the gateway accepts.
 */
export const TodayContext = createContext<string | null>(null);

export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error("useToday is for signed-in pages: the gateway's today comes with the session");
  return today;
}
