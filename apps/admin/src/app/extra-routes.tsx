import { type ReactElement, Suspense, lazy } from "react";
import { councilRoutes } from "../pages/councils/routes";
import { CodeSectionPage } from "../pages/code/CodeSectionPage";
import { CodeSummaryPage } from "../pages/code/CodeSummaryPage";
import { FollowUpPage } from "../pages/learning/FollowUpPage";
import { ComparePage } from "../pages/reports/ComparePage";
import { RequireRole } from "./RequireRole";
import { ReportsPage } from "../pages/reports/ReportsPage";
import { StatisticsPage } from "../pages/reports/StatisticsPage";
import { IdentityProviderPage } from "../pages/settings/IdentityProviderPage";
import { ImportMappingPage } from "../pages/settings/ImportMappingPage";
import { ImportPage } from "../pages/settings/ImportPage";
import { settingsRoutes } from "../pages/settings/routes";

// GraphiQL is large (an editor and its workers): load it only when an analyst opens the page.
const GraphiqlPage = lazy(() => import("../pages/graphiql/GraphiqlPage").then((m) => ({ default: m.GraphiqlPage })));

function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

/** Pages added beside the case-handling core (reports, settings, comparison, GraphiQL). */
export const extraRoutes: Array<{ path: string; element: ReactElement }> = [
  { path: "/reports", element: <ReportsPage /> },
  { path: "/compare", element: <ComparePage /> },
  { path: "/statistics", element: <StatisticsPage /> },
  {
    path: "/learning",
    element: (
      <RequireRole roles={["complaints_officer", "manager", "auditor"]}>
        <FollowUpPage />
      </RequireRole>
    ),
  },
  {
    path: "/code",
    element: (
      <RequireRole roles={["complaints_officer", "manager", "analyst", "council_admin", "auditor"]}>
        <CodeSummaryPage />
      </RequireRole>
    ),
  },
  {
    path: "/code/:year/:section",
    element: (
      <RequireRole roles={["complaints_officer", "manager", "council_admin"]}>
        <CodeSectionPage />
      </RequireRole>
    ),
  },
  ...settingsRoutes,
  ...councilRoutes,
  { path: "/settings/import", element: <ImportPage /> },
  { path: "/settings/import-mapping", element: <ImportMappingPage /> },
  { path: "/settings/identity-provider", element: <IdentityProviderPage /> },
  {
    path: "/graphiql",
    element: (
      <Suspense fallback={<Loading />}>
        <GraphiqlPage />
      </Suspense>
    ),
  },
];
