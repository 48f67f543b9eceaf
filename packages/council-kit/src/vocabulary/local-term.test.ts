import { describe, expect, it } from "vitest";
import type { FeedbackKind } from "@csc/rules";
import { localEntrySchema, type LocalTerm } from "./local-vocabulary";

describe("LocalTerm", () => {
  it("types a plugin's entry by its canonical list, and the entry is a valid local entry", () => {
    const kinds: readonly LocalTerm<FeedbackKind>[] = [
      { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
      // @ts-expect-error "grumble" is not a canonical feedback kind (typecheck fails if this stops being an error).
      { code: "GRUMBLE", label: "Grumble", canonical: "grumble" },
    ];
    expect(localEntrySchema.safeParse(kinds[0]).success).toBe(true);
  });
});
