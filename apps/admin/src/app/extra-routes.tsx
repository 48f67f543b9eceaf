import type { ReactElement } from "react";

/** Pages added beside the case-handling core (reports, settings, comparison, GraphiQL). */
export const extraRoutes: Array<{ path: string; element: ReactElement }> = [];
