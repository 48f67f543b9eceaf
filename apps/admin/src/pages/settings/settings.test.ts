import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { VocabularyKind } from "../../graphql/generated/graphql";
import type { TeamRow } from "../../graphql/settings-operations";
import { settingsErrors } from "./server-errors";
import { teamLines } from "./TeamsPage";
import { validateVersion } from "./validate-version";
import { VOCABULARY_PAGES } from "./vocabulary-kinds";

const taxonomy = VOCABULARY_PAGES.find((p) => p.kind === VocabularyKind.ReasonTaxonomy);
if (!taxonomy) throw new Error("no taxonomy page");
const row = (code: string, label: string, canonical: string, parentCode = "", policy = "") => ({
  key: code,
  code,
  label,
  canonical,
  parentCode,
  policy,
});

describe("validateVersion", () => {
  it("accepts a good version", () => {
    expect(
      validateVersion(taxonomy, "2027-04-01", [row("COMMS", "Communication", "communication"), row("C1", "No reply", "communication", "COMMS")]),
    ).toEqual([]);
  });

  it("names each field that is wrong and the rule", () => {
    const errors = validateVersion(taxonomy, "", [row("A", "", "communication"), row("A", "Again", ""), row("B", "Reason", "delay", "NOPE")]);
    expect(errors).toEqual([
      { field: "effectiveFrom", message: "Enter the date the version takes effect" },
      { field: "entry-0-label", message: "Enter a label for reason 1" },
      { field: "entry-1-code", message: 'The code "A" is used more than once' },
      { field: "entry-1-canonical", message: "Choose what reason 2 counts as" },
      { field: "entry-2-parentCode", message: "Choose a category that is in this version for reason 3" },
    ]);
  });

  it("asks a council's own ground for not considering a complaint for the local policy that gives it", () => {
    const grounds = VOCABULARY_PAGES.find((p) => p.kind === VocabularyKind.NotConsideredReason);
    if (!grounds) throw new Error("no grounds page");
    expect(validateVersion(grounds, "2027-04-01", [row("COURT", "Court", "court_proceedings"), row("UNR", "Unreasonable conduct", "other")])).toEqual(
      [{ field: "entry-1-policy", message: "Enter the local policy that gives reason 2" }],
    );
    expect(
      validateVersion(grounds, "2027-04-01", [row("UNR", "Unreasonable conduct", "other", "", "Unreasonable Behaviour Policy, para 4")]),
    ).toEqual([]);
  });
});

describe("teamLines", () => {
  const team = (id: string, code: string, name: string, validFrom: string, validTo: string | null, predecessorId: string | null): TeamRow => ({
    id,
    code,
    name,
    validFrom,
    validTo,
    predecessorId,
    serviceAreaCode: "FD",
    serviceArea: "FRONT_DOOR_ASSESSMENT",
  });

  it("groups a renamed team's rows into one line, newest name first", () => {
    const lines = teamLines([
      team("1", "RA", "Referral and Assessment", "2018-04-01", "2023-03-31", null),
      team("2", "CA", "Children's Assessment", "2023-04-01", "2026-08-31", "1"),
      team("3", "CA", "Assessment Service", "2026-09-01", null, "2"),
      team("4", "CPT", "Child Protection Team", "2018-04-01", null, null),
    ]);
    expect(lines.map((l) => [l.latest.name, l.earlier.map((e) => e.name)])).toEqual([
      ["Assessment Service", ["Children's Assessment", "Referral and Assessment"]],
      ["Child Protection Team", []],
    ]);
  });
});

describe("settingsErrors", () => {
  it("puts a bad-input error on the field its path names, without the API's path prefix", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError("input.entries.2.label: must not be empty", {
          extensions: { code: "BAD_USER_INPUT", field: ["input", "entries", 2, "label"] },
        }),
        new GraphQLError(
          "input.targets.0.workingDays: stage1.workingDays: 25 is above the statutory maximum of 20 working days (SI 2006/1738 reg 14)",
          {
            extensions: { code: "BAD_USER_INPUT", field: ["input", "targets", 0, "workingDays"] },
          },
        ),
        new GraphQLError("Your role does not allow Mutation.publishVocabularyVersion", { extensions: { code: "FORBIDDEN" } }),
      ],
    });
    const mapped = settingsErrors(error, (path) => `${String(path[0])}-${String(path[1])}-${String(path[2])}`);
    expect(mapped).toEqual([
      { field: "entries-2-label", message: "Must not be empty" },
      { field: "targets-0-workingDays", message: "25 is above the statutory maximum of 20 working days (SI 2006/1738 reg 14)" },
      { field: "form", message: "Your role does not allow this." },
    ]);
  });
});
