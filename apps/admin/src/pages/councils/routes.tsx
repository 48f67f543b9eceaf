import type { ReactElement } from "react";
import { RequireRole } from "../../app/RequireRole";
import { AddCouncilPage } from "./AddCouncilPage";
import { CouncilsPage } from "./CouncilsPage";
import { InviteAdministratorPage } from "./InviteAdministratorPage";

const PLATFORM = ["platform_admin"];

/** The platform administrator's pages: the councils, adding one, inviting its first administrator. */
export const councilRoutes: Array<{ path: string; element: ReactElement }> = [
  {
    path: "/councils",
    element: (
      <RequireRole roles={PLATFORM}>
        <CouncilsPage />
      </RequireRole>
    ),
  },
  {
    path: "/councils/new",
    element: (
      <RequireRole roles={PLATFORM}>
        <AddCouncilPage />
      </RequireRole>
    ),
  },
  {
    path: "/councils/:councilId/administrator",
    element: (
      <RequireRole roles={PLATFORM}>
        <InviteAdministratorPage />
      </RequireRole>
    ),
  },
];
