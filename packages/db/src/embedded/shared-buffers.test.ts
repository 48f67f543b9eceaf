import { describe, expect, it } from "vitest";
import { sharedBuffersFor } from "./shared-buffers";

const GB = 1024 * 1024 * 1024;

describe("sharedBuffersFor", () => {
  it("takes a quarter of the machine's memory, between 128 MB and 8 GB", () => {
    expect(sharedBuffersFor(24 * GB)).toBe("6144MB");
    expect(sharedBuffersFor(2 * GB)).toBe("512MB");
    expect(sharedBuffersFor(256 * 1024 * 1024)).toBe("128MB");
    expect(sharedBuffersFor(128 * GB)).toBe("8192MB");
  });
});
