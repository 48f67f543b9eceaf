import { z } from "zod";
import { CANONICAL_VOCABULARIES, isoDateSchema, serviceAreaSchema, type CanonicalVocabulary } from "@csc/rules";
import { CouncilRole, VocabularyKind } from "../../generated/prisma/enums";

/**
 * A council as the seed receives it: plain data (the core never names a council). Real councils' vocabularies
 * come from their plugins; the demo councils are defined in ./demo-councils.ts.
 */

/** The canonical dimension (@csc/rules) each kind of local vocabulary maps onto. */
export const CANONICAL_DIMENSION_OF: Record<VocabularyKind, CanonicalVocabulary> = {
  reason_taxonomy: "reasonTheme",
  outcome: "outcome",
  channel: "channel",
  complainant_type: "complainantRelationship",
  feedback_kind: "feedbackKind",
  lgsco_decision: "lgscoDecision",
  not_considered_reason: "notConsideredReason",
};

const code = z.string().trim().min(1).max(120);

const vocabularySchema = z
  .object({
    kind: z.enum(Object.values(VocabularyKind) as [VocabularyKind, ...VocabularyKind[]]),
    version: z.number().int().positive(),
    effectiveFrom: isoDateSchema,
    entries: z.array(z.object({ code, label: z.string().min(1), canonical: z.string().min(1), parent: code.optional() })).min(1),
  })
  .superRefine((vocabulary, ctx) => {
    const dimension = CANONICAL_DIMENSION_OF[vocabulary.kind];
    const allowed: readonly string[] = CANONICAL_VOCABULARIES[dimension];
    vocabulary.entries.forEach((entry, i) => {
      if (!allowed.includes(entry.canonical)) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "canonical"],
          message: `"${entry.canonical}" is not a canonical ${dimension} value (one of: ${allowed.join(", ")})`,
        });
      }
    });
  });

export const councilDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "a council id is lower-case letters, digits and hyphens"),
  name: z.string().trim().min(1),
  settings: z.record(z.string(), z.unknown()).default({}),
  serviceAreas: z.array(z.object({ code, label: z.string().min(1), canonical: serviceAreaSchema })).min(1),
  teams: z
    .array(
      z.object({
        code,
        name: z.string().min(1),
        serviceArea: code,
        validFrom: isoDateSchema,
        validTo: isoDateSchema.optional(),
        /** The code of the team this one replaced (a rename or restructure keeps history). */
        predecessor: code.optional(),
      }),
    )
    .min(1),
  vocabularies: z.array(vocabularySchema),
  users: z.array(
    z.object({
      email: z.email().transform((e) => e.toLowerCase()),
      displayName: z.string().min(1),
      /** Demo only: a known password, hashed with scrypt before it is stored. */
      password: z.string().min(8),
      roles: z.array(z.enum(Object.values(CouncilRole) as [CouncilRole, ...CouncilRole[]])).min(1),
    }),
  ),
});
export type CouncilDefinition = z.output<typeof councilDefinitionSchema>;
export type CouncilDefinitionInput = z.input<typeof councilDefinitionSchema>;

/** Validates a council definition; the error names each offending field and its rule. */
export function parseCouncilDefinition(input: unknown): CouncilDefinition {
  const result = councilDefinitionSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "(definition)"}: ${issue.message}`);
  throw new Error(`invalid council definition:\n  ${lines.join("\n  ")}`);
}
