import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCouncil } from "../db/client";
import { entryInForce } from "../services/configure-vocabulary";
import { TEST_TODAY, startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let admin: string;

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);

const VERSION_FIELDS = `id version effectiveFrom effectiveTo inForce
  entries { code label canonical parentCode validFrom validTo }
  categories { category { code label canonical } reasons { code label canonical } }`;
const VERSIONS = `query($kind: VocabularyKind!) { vocabularyVersions(kind: $kind) { ${VERSION_FIELDS} } }`;
const IN_FORCE = `query($kind: VocabularyKind!, $on: Date!) { vocabularyInForce(kind: $kind, on: $on) { version entries { code label } } }`;
const PUBLISH = `mutation($input: PublishVocabularyVersionInput!) { publishVocabularyVersion(input: $input) { ${VERSION_FIELDS} } }`;

interface Entry {
  code: string;
  label: string;
  canonical: string;
  parentCode?: string | null;
  validFrom?: string;
  validTo?: string | null;
}
interface Version {
  id: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
  entries: Entry[];
  categories: Array<{ category: Entry; reasons: Entry[] }>;
}

async function versions(kind: string, token = admin): Promise<Version[]> {
  const answer = await h.gql<{ vocabularyVersions: Version[] }>(VERSIONS, { kind }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data?.vocabularyVersions ?? [];
}

/** The current version's entries as input for a new version (what the admin app's "copy" does). */
function copyOf(version: Version): Array<Omit<Entry, "parentCode"> & { parentCode?: string | null }> {
  return version.entries.map(({ code, label, canonical, parentCode }) => ({ code, label, canonical, parentCode }));
}

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
});
afterAll(async () => h?.stop());

describe("reading the council's vocabularies", () => {
  it("gives the reason taxonomy as a tree of categories and reasons with their canonical mapping", async () => {
    const [v1] = await versions("REASON_TAXONOMY");
    expect(v1).toMatchObject({ version: 1, effectiveFrom: "2018-04-01", effectiveTo: null, inForce: true });
    const comms = v1?.categories.find((c) => c.category.code === "COMMS");
    expect(comms?.category).toEqual({ code: "COMMS", label: "Communication", canonical: "communication" });
    expect(comms?.reasons).toEqual([{ code: "COMMS-NORESP", label: "No response to calls or emails", canonical: "communication" }]);
    expect(v1?.categories.map((c) => c.category.code)).toEqual(["COMMS", "STAFF", "DEC", "DELAY", "CONTACT"]);
    expect(v1?.entries.every((e) => e.validFrom === "2018-04-01" && e.validTo === null)).toBe(true);
  });

  it("reads outcome labels, channels and complainant types", async () => {
    expect((await versions("OUTCOME"))[0]?.entries.map((e) => e.label)).toEqual(["Upheld", "Partly upheld", "Not upheld", "Withdrawn"]);
    expect((await versions("CHANNEL"))[0]?.entries.find((e) => e.code === "WEB")?.canonical).toBe("web_form");
    expect((await versions("COMPLAINANT_TYPE"))[0]?.entries.find((e) => e.code === "CYP")?.canonical).toBe("child_or_young_person");
  });
});

describe("publishing a new version", () => {
  it("publishes a version from a date, ends the previous one the day before and audits it", async () => {
    const [current] = await versions("REASON_TAXONOMY");
    if (!current) throw new Error("no reason taxonomy");
    const entries = copyOf(current).map((e) => (e.code === "DELAY" ? { ...e, label: "Delay in responding" } : e));
    entries.push({ code: "DELAY-PLAN", label: "Plan not reviewed on time", canonical: "delay", parentCode: "DELAY" });
    const answer = await h.gql<{ publishVocabularyVersion: Version }>(
      PUBLISH,
      { input: { kind: "REASON_TAXONOMY", effectiveFrom: "2026-07-01", entries } },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    const v2 = answer.data?.publishVocabularyVersion;
    expect(v2).toMatchObject({ version: 2, effectiveFrom: "2026-07-01", effectiveTo: null, inForce: false });
    expect(v2?.categories.find((c) => c.category.code === "DELAY")).toEqual({
      category: { code: "DELAY", label: "Delay in responding", canonical: "delay" },
      reasons: [{ code: "DELAY-PLAN", label: "Plan not reviewed on time", canonical: "delay" }],
    });
    const all = await versions("REASON_TAXONOMY");
    expect(all.map((v) => [v.version, v.effectiveFrom, v.effectiveTo, v.inForce])).toEqual([
      [2, "2026-07-01", null, false],
      [1, "2018-04-01", "2026-06-30", true],
    ]);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: "demo-north", action: "publishVocabularyVersion" } });
    expect(audit?.detail).toEqual({ kind: "reason_taxonomy", version: 2, effectiveFrom: "2026-07-01", entries: 9 });
  });

  it("never rewrites how old cases were counted: a case keeps the entries in force when it was received", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const created = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2026-03-02" }) }, officer);
    const caseId = created.data?.recordFeedback.id as string;
    // Classify the case as an importer does: the channel entry in force on the day it was received.
    const v1Email = await withCouncil(h.db.prisma, "demo-north", (tx) => entryInForce(tx, "demo-north", "channel", "EMAIL", "2026-03-02"));
    expect(v1Email?.label).toBe("Email");
    await h.db.prisma.case.update({
      where: { councilId_id: { councilId: "demo-north", id: caseId } },
      data: { channelEntryId: v1Email?.id ?? null },
    });
    const v1Rows = await h.db.prisma.vocabularyEntry.findMany({
      where: { councilId: "demo-north", version: { kind: "channel" } },
      orderBy: { code: "asc" },
    });

    const [channels] = await versions("CHANNEL");
    if (!channels) throw new Error("no channels");
    const renamed = copyOf(channels).map((e) => (e.code === "EMAIL" ? { ...e, label: "E-mail to the complaints inbox" } : e));
    const published = await h.gql(PUBLISH, { input: { kind: "CHANNEL", effectiveFrom: "2026-08-03", entries: renamed } }, admin);
    expect(published.errors).toBeUndefined();

    const stored = await h.db.prisma.case.findUniqueOrThrow({
      where: { councilId_id: { councilId: "demo-north", id: caseId } },
      select: { channelEntryId: true, channel: true },
    });
    expect(stored).toEqual({ channelEntryId: v1Email?.id, channel: "email" });
    const v1After = await h.db.prisma.vocabularyEntry.findMany({
      where: { councilId: "demo-north", versionId: v1Rows[0]?.versionId },
      orderBy: { code: "asc" },
    });
    expect(v1After).toEqual(v1Rows);
    const onReceipt = await h.gql<{ vocabularyInForce: { version: number; entries: Entry[] } }>(
      IN_FORCE,
      { kind: "CHANNEL", on: "2026-03-02" },
      admin,
    );
    expect(onReceipt.data?.vocabularyInForce.version).toBe(1);
    expect(onReceipt.data?.vocabularyInForce.entries.find((e) => e.code === "EMAIL")?.label).toBe("Email");
    const later = await withCouncil(h.db.prisma, "demo-north", (tx) => entryInForce(tx, "demo-north", "channel", "EMAIL", "2026-08-03"));
    expect(later?.label).toBe("E-mail to the complaints inbox");
    expect(later?.id).not.toBe(v1Email?.id);
  });

  it("refuses a canonical value outside the kind's vocabulary, naming the entry's field", async () => {
    const answer = await h.gql(
      PUBLISH,
      {
        input: { kind: "OUTCOME", effectiveFrom: "2026-09-01", entries: [{ code: "UP", label: "Upheld", canonical: "communication" }] },
      },
      admin,
    );
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toEqual(["input", "entries", 0, "canonical"]);
    expect(answer.errors?.[0]?.message).toContain('"communication" is not a canonical value for outcome');
    expect(await versions("OUTCOME")).toHaveLength(1);
  });

  it("refuses duplicate codes, a reason under an unknown category and a category on a flat vocabulary", async () => {
    const publish = (kind: string, entries: unknown[]) => h.gql(PUBLISH, { input: { kind, effectiveFrom: "2026-09-01", entries } }, admin);
    const twice = await publish("CHANNEL", [
      { code: "A", label: "Phone", canonical: "phone" },
      { code: "A", label: "Email", canonical: "email" },
    ]);
    expect(twice.errors?.[0]?.message).toBe('input.entries.1.code: "A" is used twice; each code must be unique in a version');
    const orphan = await publish("REASON_TAXONOMY", [{ code: "X", label: "Other", canonical: "other", parentCode: "NOPE" }]);
    expect(orphan.errors?.[0]?.extensions?.field).toEqual(["input", "entries", 0, "parentCode"]);
    const flat = await publish("CHANNEL", [
      { code: "P", label: "Phone", canonical: "phone" },
      { code: "Q", label: "Mobile", canonical: "phone", parentCode: "P" },
    ]);
    expect(flat.errors?.[0]?.message).toBe("input.entries.1.parentCode: only reason taxonomy entries may belong to a category");
    const empty = await publish("CHANNEL", []);
    expect(empty.errors?.[0]?.message).toBe("input.entries: a version needs at least one entry");
  });

  it("refuses a date in the past or not after the latest version", async () => {
    const entries = [{ code: "P", label: "Phone", canonical: "phone" }];
    const past = await h.gql(
      PUBLISH,
      { input: { kind: "COMPLAINANT_TYPE", effectiveFrom: "2026-06-29", entries: [{ code: "P", label: "Parent", canonical: "parent" }] } },
      admin,
    );
    expect(past.errors?.[0]?.message).toBe(
      `input.effectiveFrom: must be today (${TEST_TODAY}) or later: cases already received keep the version in force when they were received`,
    );
    const beforeLatest = await h.gql(PUBLISH, { input: { kind: "CHANNEL", effectiveFrom: "2026-08-03", entries } }, admin);
    expect(beforeLatest.errors?.[0]?.message).toBe("input.effectiveFrom: must be after 2026-08-03, when version 2 took effect");
    expect(await versions("CHANNEL")).toHaveLength(2);
  });
});

describe("two administrators publishing at once", () => {
  it("lets one version through and refuses the other rather than numbering two versions alike", async () => {
    const before = await versions("OUTCOME");
    const entries = [{ code: "UP", label: "Upheld", canonical: "upheld" }];
    const publish = (effectiveFrom: string) => h.gql(PUBLISH, { input: { kind: "OUTCOME", effectiveFrom, entries } }, admin);
    // The same start date: whichever runs second is refused, whether the two meet in the database (CONFLICT) or
    // one finishes first (BAD_USER_INPUT: a version must start after the latest one), so the test does not race.
    const answers = await Promise.all([publish("2026-10-01"), publish("2026-10-01")]);
    const refused = answers.filter((a) => a.errors);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(refused[0]?.errors?.[0]?.extensions?.code);
    const after = await versions("OUTCOME");
    expect(after.map((v) => v.version)).toEqual([2, ...before.map((v) => v.version)]);
  });
});

describe("who may configure vocabularies", () => {
  it("refuses every other role", async () => {
    for (const role of ["officer", "manager", "analyst", "auditor"] as const) {
      const token = await h.signIn(role, "demo-north");
      expect(codes(await h.gql(VERSIONS, { kind: "CHANNEL" }, token))).toEqual(["FORBIDDEN"]);
      const publish = await h.gql(
        PUBLISH,
        { input: { kind: "CHANNEL", effectiveFrom: "2027-01-04", entries: [{ code: "P", label: "Phone", canonical: "phone" }] } },
        token,
      );
      expect(codes(publish)).toEqual(["FORBIDDEN"]);
    }
    expect(await versions("CHANNEL")).toHaveLength(2);
  });

  it("walls councils off: another council's administrator sees only their own versions", async () => {
    const south = await h.signIn("admin", "demo-south");
    const theirs = await versions("REASON_TAXONOMY", south);
    expect(theirs.map((v) => v.version)).toEqual([1]);
    const northIds = new Set((await versions("REASON_TAXONOMY")).map((v) => v.id));
    expect(theirs.some((v) => northIds.has(v.id))).toBe(false);
  });
});
