import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken, MAX_FORM_AGE_SECONDS, MIN_FILL_SECONDS } from "./form-token";

describe("public form token", () => {
  const opened = Date.UTC(2026, 5, 30, 10, 0, 0);
  it("accepts a form sent after the minimum fill time and before it expires", () => {
    expect(checkFormToken(issueFormToken("demo-north", opened), "demo-north", opened + MIN_FILL_SECONDS * 1000)).toBe("ok");
  });
  it("refuses a form sent too quickly, too late, to another council, or with a changed token", () => {
    const token = issueFormToken("demo-north", opened);
    expect(checkFormToken(token, "demo-north", opened + 500)).toBe("too_quick");
    expect(checkFormToken(token, "demo-north", opened + (MAX_FORM_AGE_SECONDS + 1) * 1000)).toBe("expired");
    expect(checkFormToken(token, "demo-south", opened + 10_000)).toBe("invalid");
    const [body, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ c: "demo-north", t: opened - 60_000 })).toString("base64url");
    expect(checkFormToken(`${forged}.${mac}`, "demo-north", opened + 10_000)).toBe("invalid");
    expect(checkFormToken(`${body}.x${mac}`, "demo-north", opened + 10_000)).toBe("invalid");
    expect(checkFormToken("nonsense", "demo-north", opened)).toBe("invalid");
  });
});
