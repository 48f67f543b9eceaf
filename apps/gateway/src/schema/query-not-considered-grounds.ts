import {
  NOT_CONSIDERED_GROUNDS,
  NOT_CONSIDERED_REASONS,
  type NotConsideredField,
  type NotConsideredReason,
  availableGrounds,
  groundRequires,
} from "@csc/rules";
import { builder } from "../builder";
import { NotConsideredReasonEnum } from "./enums";

interface GroundShape {
  reason: NotConsideredReason;
  source: string;
  inPart: boolean;
  requires: readonly NotConsideredField[];
}

/** A ground on which a council may decline to consider a complaint now, with its law or policy (@csc/rules NOT_CONSIDERED_GROUNDS). */
const NotConsideredGround = builder.objectRef<GroundShape>("NotConsideredGround").implement({
  description: "A ground for not considering a complaint that some law or local policy gives, with what a decision on it must record",
  authScopes: { handleCases: true },
  fields: (t) => ({
    reason: t.field({ type: NotConsideredReasonEnum, description: "The ground: send it as markNotConsidered's reason", resolve: (g) => g.reason }),
    code: t.string({
      description:
        "The ground's code as stored, which the council's own grounds map onto (localChoices of not_considered_reason give it as canonical)",
      resolve: (g) => g.reason,
    }),
    source: t.exposeString("source", { description: "The law or local policy that gives it" }),
    inPart: t.exposeBoolean("inPart", { description: "Whether a decision may cover some points of complaint only (SI 2006/1738 reg 8)" }),
    requires: t.stringList({
      description: "The MarkNotConsideredInput fields a decision on this ground must give (e.g. childViews, decidedBy)",
      resolve: (g) => [...g.requires],
    }),
  }),
});

builder.queryField("notConsideredGrounds", (t) =>
  t.field({
    type: [NotConsideredGround],
    description:
      "The grounds a complaint recorded now may be not considered on (none that no law or policy gives); the council's own grounds are its vocabulary (localChoices of not_considered_reason)",
    authScopes: { handleCases: true },
    resolve: () =>
      availableGrounds(NOT_CONSIDERED_REASONS).map((reason) => ({
        reason,
        source: NOT_CONSIDERED_GROUNDS[reason].source,
        inPart: NOT_CONSIDERED_GROUNDS[reason].inPart === true,
        requires: groundRequires(reason),
      })),
  }),
);
