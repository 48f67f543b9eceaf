import { z } from "zod";
import {
  CHANNELS,
  CLOCK_IDS,
  COMPLAINANT_RELATIONSHIPS,
  FEEDBACK_KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  NOT_CONSIDERED_GROUNDS,
  REASON_THEMES,
  groundRequires,
  isoDateSchema,
  notConsideredReasonSchema,
} from "@csc/rules";
import { councilRoleSchema } from "../auth/roles";

/**
 * zod schemas for the council administrator's configuration mutations. The GraphQL layer runs them
 * (plugin-validation); the first issue comes back as BAD_USER_INPUT naming the field and the rule.
 */
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, "must be 1-40 letters, digits, hyphens or underscores, starting with a letter or digit");

const serviceAreaCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_:.-]{0,79}$/, "must be 1-80 letters, digits, hyphens, underscores, colons or dots, starting with a letter or digit");

/** The local vocabularies a council versions; each maps onto one canonical dimension of @csc/rules. */
export const VOCABULARY_KINDS = [
  "reason_taxonomy",
  "outcome",
  "channel",
  "complainant_type",
  "feedback_kind",
  "lgsco_decision",
  "not_considered_reason",
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
export const vocabularyKindSchema = z.enum(VOCABULARY_KINDS);

/** The canonical values an entry of each kind may map onto. */
const CANONICAL_FOR_KIND: Readonly<Record<VocabularyKind, ReadonlyArray<string>>> = {
  reason_taxonomy: REASON_THEMES,
  outcome: OUTCOMES,
  channel: CHANNELS,
  complainant_type: COMPLAINANT_RELATIONSHIPS,
  feedback_kind: FEEDBACK_KINDS,
  lgsco_decision: LGSCO_DECISIONS,
  not_considered_reason: NOT_CONSIDERED_REASONS,
};

const vocabularyEntryInputSchema = z.object({
  code,
  label: text(200),
  canonical: z.string().trim().min(1, "must name a canonical value"),
  /** Reason taxonomy only: the code of the category this reason belongs to. */
  parentCode: code.nullish(),
  /** A council's own ground for not considering a complaint (not_considered_reason mapped to other): its local policy. */
  policy: text(300).nullish(),
});

export const publishVocabularyVersionInputSchema = z
  .object({
    kind: vocabularyKindSchema,
    effectiveFrom: isoDateSchema,
    entries: z.array(vocabularyEntryInputSchema).min(1, "a version needs at least one entry").max(500, "must have at most 500 entries"),
  })
  .superRefine((input, ctx) => {
    const allowed = CANONICAL_FOR_KIND[input.kind];
    const seen = new Set<string>();
    const categories = new Set(input.entries.filter((e) => !e.parentCode).map((e) => e.code));
    input.entries.forEach((entry, i) => {
      if (seen.has(entry.code))
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "code"],
          message: `"${entry.code}" is used twice; each code must be unique in a version`,
        });
      seen.add(entry.code);
      if (!allowed.includes(entry.canonical)) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "canonical"],
          message: `"${entry.canonical}" is not a canonical value for ${input.kind} (one of ${allowed.join(", ")})`,
        });
      }
      // A ground of the council's own (no law gives it) must name the local policy that does (@csc/rules NOT_CONSIDERED_GROUNDS.other).
      const ground = notConsideredReasonSchema.safeParse(entry.canonical);
      const ownGround = input.kind === "not_considered_reason" && ground.success && groundRequires(ground.data).includes("localGround");
      if (ownGround && !entry.policy) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "policy"],
          message: `must name the local policy that gives this ground (${NOT_CONSIDERED_GROUNDS.other.source})`,
        });
      }
      if (entry.policy && !ownGround) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "policy"],
          message: "only a council's own ground for not considering a complaint (mapped to other) names a local policy",
        });
      }
      if (entry.parentCode) {
        if (input.kind !== "reason_taxonomy") {
          ctx.addIssue({ code: "custom", path: ["entries", i, "parentCode"], message: "only reason taxonomy entries may belong to a category" });
        } else if (!categories.has(entry.parentCode)) {
          ctx.addIssue({
            code: "custom",
            path: ["entries", i, "parentCode"],
            message: `"${entry.parentCode}" is not a category (an entry without a category) of this version`,
          });
        }
      }
    });
  });
export type PublishVocabularyVersionInput = z.infer<typeof publishVocabularyVersionInputSchema>;

export const addTeamInputSchema = z.object({
  code,
  name: text(200),
  /** Service-area codes include the ones the importer makes for areas a council names by canonical value ("canonical:…"). */
  serviceAreaCode: serviceAreaCode,
  validFrom: isoDateSchema,
});
export type AddTeamInput = z.infer<typeof addTeamInputSchema>;

export const renameTeamInputSchema = z.object({
  teamId: z.string().trim().min(1, "must not be empty"),
  name: text(200),
  /** The first day the new name is in force; the old row ends the day before. */
  from: isoDateSchema,
});
export type RenameTeamInput = z.infer<typeof renameTeamInputSchema>;

export const closeTeamInputSchema = z.object({
  teamId: z.string().trim().min(1, "must not be empty"),
  /** The last day the team is in force. */
  lastDay: isoDateSchema,
});
export type CloseTeamInput = z.infer<typeof closeTeamInputSchema>;

const roles = z.array(councilRoleSchema).min(1, "give the user at least one role").max(5);

export const createUserInputSchema = z.object({
  email: z
    .email("must be an email address")
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  displayName: text(200),
  roles,
  /** A local account's first password; leave out for users who sign in through the council's identity provider. */
  initialPassword: z.string().min(12, "must be at least 12 characters").max(200).nullish(),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const setUserRolesInputSchema = z.object({
  userId: z.string().trim().min(1, "must not be empty"),
  roles,
});
export type SetUserRolesInput = z.infer<typeof setUserRolesInputSchema>;

export const disableUserInputSchema = z.object({ userId: z.string().trim().min(1, "must not be empty") });

export const closureDayInputSchema = z.object({ day: isoDateSchema, label: text(120) });
export type ClosureDayInput = z.infer<typeof closureDayInputSchema>;
export const removeClosureDayInputSchema = z.object({ day: isoDateSchema });

const wholeDays = z.number().int("must be a whole number").positive("must be at least 1");
const localTargetInputSchema = z.object({
  clock: z.enum(CLOCK_IDS),
  workingDays: wholeDays.nullish(),
  maxWorkingDays: wholeDays.nullish(),
  months: wholeDays.nullish(),
});

export const setLocalTargetsInputSchema = z
  .object({
    /** The acknowledgement target (local policy: the children's procedure sets no statutory figure). */
    acknowledgementWorkingDays: wholeDays.nullish(),
    targets: z.array(localTargetInputSchema).max(CLOCK_IDS.length),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.targets.forEach((target, i) => {
      if (seen.has(target.clock)) ctx.addIssue({ code: "custom", path: ["targets", i, "clock"], message: `"${target.clock}" is given twice` });
      seen.add(target.clock);
    });
  });
export type SetLocalTargetsInput = z.infer<typeof setLocalTargetsInputSchema>;
