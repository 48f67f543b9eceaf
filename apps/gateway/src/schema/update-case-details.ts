import { builder } from "../builder";
import { updateCaseDetails } from "../services/update-case-details";
import type { UpdateCaseDetailsInput as UpdateInput } from "../services/update-case-details";
import { z } from "zod";
import { caseMutation } from "./case-mutation";
import { ChannelEnum, ComplainantRelationshipEnum } from "./enums";
import { emailRule, idRule, phoneRule, textRule } from "./input-rules";

const PersonChangeInput = builder.inputType("PersonChangeInput", {
  description: "Changes to a person's details (personal data): a field left out is unchanged, null clears it",
  fields: (t) => ({
    name: t.string({ required: false, description: "Their name", validate: textRule(200) }),
    email: t.string({ required: false, description: "Their email address", validate: emailRule }),
    phone: t.string({ required: false, description: "Their telephone number", validate: phoneRule }),
    address: t.string({ required: false, description: "Their postal address", validate: textRule(500) }),
    dateOfBirth: t.field({ type: "Date", required: false, description: "Their date of birth (for the child)" }),
  }),
});

const UpdateCaseDetailsInput = builder.inputType("UpdateCaseDetailsInput", {
  description:
    "A change to what was recorded at intake, at the version you read (CONFLICT if someone changed the case since). A field left out is unchanged",
  fields: (t) => ({
    caseId: t.id({ description: "The case", validate: idRule }),
    version: t.int({ description: "The case version you read (optimistic locking)", validate: z.number().int().min(0, "must be 0 or more") }),
    channel: t.field({ type: ChannelEnum, required: false, description: "How it was made (canonical); taken from localChannel when that is given" }),
    localChannel: t.string({
      required: false,
      description: "The council's own channel code, classified by its vocabulary in force on the date received",
      validate: textRule(120),
    }),
    complainantRelationship: t.field({
      type: ComplainantRelationshipEnum,
      required: false,
      description: "Who made it (canonical); taken from localComplainantType when given",
    }),
    localComplainantType: t.string({
      required: false,
      description: "The council's own complainant type code, classified by its vocabulary in force on the date received",
      validate: textRule(120),
    }),
    summary: t.string({
      required: false,
      description: "What the feedback says (personal data; earlier wording is kept)",
      validate: textRule(10_000),
    }),
    outcomeSought: t.string({ required: false, description: "What the complainant wants to happen (personal data)", validate: textRule(5_000) }),
    complainant: t.field({ type: PersonChangeInput, required: false, description: "The complainant's name and contact details" }),
    child: t.field({ type: PersonChangeInput, required: false, description: "The child's name and date of birth" }),
  }),
});

caseMutation("updateCaseDetails", {
  description:
    "Change what was recorded at intake (channel, who made it, summary, outcome sought, the complainant's and child's details). The audit trail records the before and after of each changed code and the names of changed personal fields (never their words)",
  input: UpdateCaseDetailsInput,
  run: (context, input) => updateCaseDetails(context, { ...(input as unknown as UpdateInput), caseId: String(input.caseId) }),
});
