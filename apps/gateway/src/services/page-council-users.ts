import type { ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import type { GatewayContext } from "../context";
import type { CountedPage } from "../limits/counted-cursor-connection";
import { listCouncilUsers } from "./configure-users";
import type { CouncilUser } from "./configure-users";
import { pageByName } from "./page-by-name";

/** One page of the council's users for resolveCursorConnection, by name then id (cursors: nameCursor). */
export async function pageCouncilUsers(context: GatewayContext, args: ResolveCursorConnectionArgs): Promise<CountedPage<CouncilUser>> {
  return pageByName(await listCouncilUsers(context), (u) => u, args);
}
