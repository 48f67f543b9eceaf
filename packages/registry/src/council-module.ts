import type { CouncilAdapter } from "@csc/council-kit";

/** What a council plugin package exports: its adapter as `council`. */
export interface CouncilModule {
  readonly council: CouncilAdapter;
}
