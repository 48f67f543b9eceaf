import { describe, expect, it } from "vitest";
import { defineCouncil } from "@csc/council-kit";
import { exampleCouncilInput } from "@csc/council-kit/testing";
import { createCouncilRegistry, listCouncils, UnknownCouncilError } from "./registry";
import { councilLoaders } from "./councils";

const example = defineCouncil(exampleCouncilInput);

describe("council registry", () => {
  it("lists ids alphabetically and loads each plugin once, lazily", async () => {
    let imports = 0;
    const registry = createCouncilRegistry({
      zedshire: async () => ({ council: { ...example, id: "zedshire" } }),
      exampleshire: async () => {
        imports += 1;
        return { council: example };
      },
    });
    expect(registry.list()).toEqual(["exampleshire", "zedshire"]);
    expect(imports).toBe(0);
    const [a, b] = await Promise.all([registry.load("exampleshire"), registry.load("exampleshire")]);
    expect(a).toBe(example);
    expect(b).toBe(example);
    expect(imports).toBe(1);
    expect(registry.entries().map((e) => e.id)).toEqual(["exampleshire", "zedshire"]);
    expect(registry.has("zedshire")).toBe(true);
  });

  it("rejects an unknown id with an error naming the known councils", async () => {
    const registry = createCouncilRegistry({ exampleshire: async () => ({ council: example }) });
    await expect(registry.load("nowhere")).rejects.toThrow(new UnknownCouncilError("nowhere", ["exampleshire"]));
    await expect(registry.load("nowhere")).rejects.toThrow('Unknown council "nowhere"; known councils: exampleshire');
    await expect(registry.load("toString")).rejects.toBeInstanceOf(UnknownCouncilError);
  });

  it("rejects a plugin registered under another id, and retries after a failed import", async () => {
    let attempts = 0;
    const registry = createCouncilRegistry({
      wrong: async () => ({ council: example }),
      flaky: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("network");
        return { council: { ...example, id: "flaky" } };
      },
    });
    await expect(registry.load("wrong")).rejects.toThrow('registered as "wrong" exports the adapter "exampleshire"');
    await expect(registry.load("flaky")).rejects.toThrow("network");
    await expect(registry.load("flaky")).resolves.toMatchObject({ id: "flaky" });
  });

  it("every registered council loads and is a valid adapter carrying its id", async () => {
    expect(listCouncils()).toEqual(Object.keys(councilLoaders).sort());
    for (const id of listCouncils()) {
      const adapter = await (await councilLoaders[id]!()).council;
      expect(adapter.id).toBe(id);
      expect(Object.isFrozen(adapter)).toBe(true);
    }
  });
});
