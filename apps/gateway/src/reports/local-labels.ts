import { localEntriesFor } from "@csc/council-kit";
import type { PrismaClient } from "@csc/db";
import { dimensionInfo, isDimensionKey } from "@csc/rules";
import { withCouncil } from "../db/client";
import { baseReportAdapter } from "./layout-in-force";

/** Whether a dimension's values are the council's own codes (team, local channel, …, local:<key>), which have labels. */
export const hasLocalCodes = (dimension: string): boolean => isDimensionKey(dimension) && dimensionInfo(dimension).source === "local";

/**
 * The council's words for the codes of each dimension, in the order given: the labels of the entries the council's
 * vocabularies hold for it (@csc/council-kit localEntriesFor: its plugin's, or those it keeps in the app; its
 * equality lists, or the platform's; a local:<key> dimension's list), an entry later in a list (a renamed code's
 * newer entry) taking the place of an earlier one. An empty map for a dimension whose values are their own words
 * (canonical, time). Labels are the council's configuration, not case data: anyone who may read its figures may.
 */
export async function localLabels(root: PrismaClient, councilId: string, dimensions: readonly string[]): Promise<Map<string, string>[]> {
  // Canonical and time values are their own words: no transaction for a grouping that has only those.
  if (!dimensions.some(hasLocalCodes)) return dimensions.map(() => new Map());
  const { adapter } = await withCouncil(root, councilId, (tx) => baseReportAdapter(tx, councilId), { readOnly: true });
  return dimensions.map((dimension) => new Map((localEntriesFor(adapter.vocabularies, dimension) ?? []).map((e) => [e.code, e.label])));
}
