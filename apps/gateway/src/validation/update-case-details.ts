import { channelSchema, complainantRelationshipSchema, isoDateSchema } from "@csc/rules";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const personChangeSchema = z.object({
  name: text(200).nullish(),
  email: z.email("must be an email address").max(320).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +()-]{6,20}$/, "must be a telephone number")
    .nullish(),
  address: text(500).nullish(),
  dateOfBirth: isoDateSchema.nullish(),
});

export const updateCaseDetailsInputSchema = z.object({
  caseId: z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters"),
  version: z.number().int().min(0, "must be 0 or more"),
  channel: channelSchema.nullish(),
  localChannel: text(120).nullish(),
  complainantRelationship: complainantRelationshipSchema.nullish(),
  localComplainantType: text(120).nullish(),
  summary: text(10_000).nullish(),
  outcomeSought: text(5_000).nullish(),
  complainant: personChangeSchema.nullish(),
  child: personChangeSchema.nullish(),
});
