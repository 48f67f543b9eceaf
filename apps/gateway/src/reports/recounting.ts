import { GraphQLError } from "graphql";
import type { AnalyticsEngine } from "./analytics-engine";

/** How far a council's recount has got: cases rebuilt and to rebuild (null until its stale cases are found). */
export interface RecountProgress {
  /** The council's name, as its users know it. */
  name: string;
  done: number;
  total: number | null;
}

/**
 * The councils whose counted units are being rebuilt while the gateway runs (after a rules change bumps
 * COUNTED_UNITS_VERSION, or for cases stored before the units existed): until a council is done its figures would
 * mix two versions of the counting rules, so analytics for it are refused with SERVICE_UNAVAILABLE, and case work
 * goes on.
 */
export interface Recounting {
  progress(councilId: string): RecountProgress | null;
  /** The councils still being recounted. */
  councils(): string[];
  begin(councils: ReadonlyArray<{ id: string; name: string }>): void;
  update(councilId: string, done: number, total: number): void;
  finish(councilId: string): void;
}

export function createRecounting(): Recounting {
  const progress = new Map<string, RecountProgress>();
  return {
    progress: (councilId) => progress.get(councilId) ?? null,
    councils: () => [...progress.keys()],
    begin: (councils) => councils.forEach(({ id, name }) => progress.set(id, { name, done: 0, total: null })),
    update: (councilId, done, total) => {
      const current = progress.get(councilId);
      if (current) progress.set(councilId, { ...current, done, total });
    },
    finish: (councilId) => void progress.delete(councilId),
  };
}

/** Seconds a client is told to wait before asking again for figures being recounted. */
const RETRY_AFTER_SECONDS = 60;

/** Analytics refused while a council's figures are recounted (SERVICE_UNAVAILABLE). */
export class RecountingError extends GraphQLError {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor(councils: readonly RecountProgress[]) {
    const count = (n: number) => n.toLocaleString("en-GB");
    const named = councils.slice(0, 3).map(({ name, done, total }) => (total === null ? name : `${name} (${count(done)} of ${count(total)} cases)`));
    const more = councils.length > 3 ? ` and ${councils.length - 3} more` : "";
    super(
      `Figures are being recounted after a change to the counting rules, for ${named.join(", ")}${more}; case work goes on meanwhile. Try again in a few minutes`,
      // A field's error in a GraphQL answer (HTTP 200: the other fields of the request still answer); the report
      // download answers 503 with Retry-After.
      { extensions: { code: "SERVICE_UNAVAILABLE" } },
    );
  }
}

function refuseWhileRecounting(recounting: Recounting, councilIds: readonly string[]): void {
  const busy = councilIds.flatMap((councilId) => recounting.progress(councilId) ?? []);
  if (busy.length > 0) throw new RecountingError(busy);
}

/**
 * `engine` with every council's figures refused while that council is recounted: a council's statistics and report,
 * and a comparison naming it (or of every council, while any is recounted).
 */
export function recountingAnalytics(engine: AnalyticsEngine, recounting: Recounting): AnalyticsEngine {
  return {
    statistics: async (councilId, query, period, disclosure) => {
      refuseWhileRecounting(recounting, [councilId]);
      return engine.statistics(councilId, query, period, disclosure);
    },
    report: async (councilId, period) => {
      refuseWhileRecounting(recounting, [councilId]);
      return engine.report(councilId, period);
    },
    compare: async (metrics, period, councilIds, options) => {
      refuseWhileRecounting(recounting, councilIds ?? recounting.councils());
      return engine.compare(metrics, period, councilIds, options);
    },
    close: () => engine.close(),
  };
}
