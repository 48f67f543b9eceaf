import { isoDateSchema } from "@csc/rules";
import { z } from "zod";

/** zod schemas for the details of a compliment and of a member (councillor or MP) enquiry, recorded live. */
const id = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const recordComplimentInputSchema = z.object({
  caseId: id,
  praised: text(200),
  whatFor: text(2000),
  /** The words of the compliment as the council would print them (names removed). */
  quote: text(2000).nullish(),
  publishable: z.boolean(),
});
export type RecordComplimentInput = z.input<typeof recordComplimentInputSchema>;

export const MEMBER_TYPES = ["councillor", "mp"] as const;
export const recordMemberEnquiryInputSchema = z.object({
  caseId: id,
  memberType: z.enum(MEMBER_TYPES),
  repliedOn: isoDateSchema.nullish(),
});
export type RecordMemberEnquiryInput = z.input<typeof recordMemberEnquiryInputSchema>;
