import { DIMENSION_NAMES, FEEDBACK_KINDS, METRIC_NAMES, METRICS } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { graphqlEnumName } from "./enum-values";

/** The analyst's catalogue: every metric and dimension statistics accepts, described, from the rules' catalogue. */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 240_000);
afterAll(async () => h?.stop());

const CATALOGUE = `{
  metrics { name code description unit aggregation bases basisNote }
  dimensions { name description source level multiple values }
}`;

interface Catalogue {
  metrics: Array<{ name: string; code: string; description: string; unit: string; aggregation: string; bases: string[]; basisNote: string }>;
  dimensions: Array<{ name: string; description: string; source: string; level: string; multiple: boolean; values: string[] | null }>;
}

describe("metrics and dimensions", () => {
  it("lists every metric and dimension of the rules' catalogue, described, for an analyst", async () => {
    const answer = await h.gql<Catalogue>(CATALOGUE, {}, await h.signIn("analyst", "demo-north"));
    expect(answer.errors).toBeUndefined();
    const { metrics, dimensions } = answer.data!;
    // Named SCREAMING_SNAKE on the wire (PROCEEDED_TO_STAGE_2), each with the rules' code report layouts use.
    expect(metrics.map((m) => m.name)).toEqual(METRIC_NAMES.map(graphqlEnumName));
    expect(metrics.map((m) => m.code)).toEqual([...METRIC_NAMES]);
    for (const m of metrics) {
      expect(m.description).toBe(METRICS[m.code as keyof typeof METRICS].description);
      expect(m.description.length).toBeGreaterThan(10);
    }
    expect(metrics.find((m) => m.name === "CASES_RECEIVED")).toMatchObject({ code: "cases_received", aggregation: "count", bases: ["RECEIVED"] });
    expect(dimensions.map((d) => d.name)).toEqual([...DIMENSION_NAMES]);
    expect(dimensions.every((d) => d.description.length > 0)).toBe(true);
    expect(dimensions.find((d) => d.name === "kind")).toMatchObject({ source: "canonical", values: [...FEEDBACK_KINDS] });
    expect(dimensions.find((d) => d.name === "gender")?.values).toBeNull();
  });

  it("describes each Metric enum value in the schema, and refuses anyone not signed in", async () => {
    const introspection = await h.gql<{ __type: { enumValues: Array<{ name: string; description: string | null }> } }>(
      `{ __type(name: "Metric") { enumValues { name description } } }`,
    );
    expect(introspection.data!.__type.enumValues.every((v) => (v.description ?? "").length > 0)).toBe(true);
    const anonymous = await h.gql(CATALOGUE, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
