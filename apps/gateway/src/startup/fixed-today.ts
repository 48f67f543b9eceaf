import { isIsoDate, type IsoDate } from "@csc/rules";
import type { StartMode } from "./demo-mode";

/**
 * `CSC_TODAY=YYYY-MM-DD` fixes the gateway's "today" (the statutory clocks' and the settings' as-of date) so a
 * browser test gives the same answers on any day (issue 15 item 6). Demo mode only: a production gateway always
 * runs on the real date in London, and refuses to start when CSC_TODAY is set. Undefined when it is not set.
 */
export function fixedTodayFrom(env: NodeJS.ProcessEnv, mode: StartMode): (() => IsoDate) | undefined {
  const raw = env.CSC_TODAY?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (mode !== "demo") throw new Error("CSC_TODAY (a fixed date for tests) is refused outside demo mode");
  if (!isIsoDate(raw)) throw new Error(`CSC_TODAY must be a date as YYYY-MM-DD, not "${raw}"`);
  return () => raw;
}
