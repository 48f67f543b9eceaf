import { z } from "zod";
import {
  CHANNELS,
  CLOCK_IDS,
  type ClockId,
  COMPLAINANT_RELATIONSHIPS,
  FEEDBACK_KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  NOT_CONSIDERED_GROUNDS,
  REASON_THEMES,
  groundRequires,
  notConsideredReasonSchema,
} from "@csc/rules";
import { councilRoleSchema, type CouncilRole } from "../auth/roles";

/**
 * The council administrator's configuration inputs: their shapes (what the services take) and the rules that make
 * their values good. The GraphQL input types (../schema/configuration-*.ts) name these rules on their fields and
 * types (plugin-validation), so each rule is written once; the first broken rule comes back as BAD_USER_INPUT naming
 * the field. The Pothos input refs are typed by the interfaces here, so a field the service needs cannot go missing.
 */
export const codeRule = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, "must be 1-40 letters, digits, hyphens or underscores, starting with a letter or digit");

export const serviceAreaCodeRule = z
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

export interface VocabularyEntryInput {
  code: string;
  label: string;
  /** Must name a value of the kind's canonical vocabulary (see vocabularyVersionRule). */
  canonical: string;
  /** Reason taxonomy only: the code of the category this reason belongs to. */
  parentCode?: string | null;
  /** A council's own ground for not considering a complaint (not_considered_reason mapped to other): its local policy. */
  policy?: string | null;
}

export interface PublishVocabularyVersionInput {
  kind: VocabularyKind;
  effectiveFrom: string;
  entries: VocabularyEntryInput[];
}

export const canonicalRule = z.string().trim().min(1, "must name a canonical value");
export const vocabularyEntriesRule = z.array(z.unknown()).min(1, "a version needs at least one entry").max(500, "must have at most 500 entries");

/** The rules across a version's entries: unique codes, canonical values of the kind, policies and categories where they belong. */
export const vocabularyVersionRule = z.custom<PublishVocabularyVersionInput>().superRefine((input, ctx) => {
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

export interface AddTeamInput {
  code: string;
  name: string;
  /** Service-area codes include the ones the importer makes for areas a council names by canonical value ("canonical:…"). */
  serviceAreaCode: string;
  validFrom: string;
}

export interface RenameTeamInput {
  teamId: string;
  name: string;
  /** The first day the new name is in force; the old row ends the day before. */
  from: string;
}

export interface CloseTeamInput {
  teamId: string;
  /** The last day the team is in force. */
  lastDay: string;
}

export const recordIdRule = z.string().trim().min(1, "must not be empty");
export const rolesRule = z.array(councilRoleSchema).min(1, "give the user at least one role").max(5);
/** Trimmed and lower-cased, so one address is one account whatever its case. */
export const userEmailRule = z
  .email("must be an email address")
  .max(320)
  .transform((e) => e.trim().toLowerCase());
export const initialPasswordRule = z.string().min(12, "must be at least 12 characters").max(200);

export interface CreateUserInput {
  email: string;
  displayName: string;
  roles: CouncilRole[];
  /** A local account's first password; leave out for users who sign in through the council's identity provider. */
  initialPassword?: string | null;
}

export interface SetUserRolesInput {
  userId: string;
  roles: CouncilRole[];
}

export interface ClosureDayInput {
  day: string;
  label: string;
}

export const wholeDaysRule = z.number().int("must be a whole number").positive("must be at least 1");
export const localTargetsListRule = z.array(z.unknown()).max(CLOCK_IDS.length);

interface LocalTargetInput {
  clock: ClockId;
  workingDays?: number | null;
  maxWorkingDays?: number | null;
  months?: number | null;
}

export interface SetLocalTargetsInput {
  /** The acknowledgement target (local policy: the children's procedure sets no statutory figure). */
  acknowledgementWorkingDays?: number | null;
  targets: LocalTargetInput[];
}

/** Each clock at most once. */
export const localTargetsRule = z.custom<SetLocalTargetsInput>().superRefine((input, ctx) => {
  const seen = new Set<string>();
  input.targets.forEach((target, i) => {
    if (seen.has(target.clock)) ctx.addIssue({ code: "custom", path: ["targets", i, "clock"], message: `"${target.clock}" is given twice` });
    seen.add(target.clock);
  });
});
