import type { CouncilModule } from "./council-module";

/**
 * The explicit list of council adapters, by id. Each entry loads its plugin package lazily (a dynamic import),
 * so a process that serves one council never loads the others.
 *
 * To add a council (one line here, plus the workspace dependency):
 *   1. `pnpm --filter @csc/registry add @csc/council-<id>@workspace:*`
 *   2. add `"<id>": () => import("@csc/council-<id>"),` below, keeping the list in alphabetical order.
 * The plugin package must export `council` (the result of defineCouncil) from its index.
 */
export const councilLoaders: Readonly<Record<string, () => Promise<CouncilModule>>> = {
  gloucestershire: () => import("@csc/council-gloucestershire"),
  hartlepool: () => import("@csc/council-hartlepool"),
  northamptonshire: () => import("@csc/council-northamptonshire"),
  somerset: () => import("@csc/council-somerset"),
  worcestershire: () => import("@csc/council-worcestershire"),
};
