import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES, checkDocument } from "./check-document";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const CFB = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]);

describe("checkDocument: the type by content, not name", () => {
  it("accepts a PDF and a PNG whatever they are called", async () => {
    expect(await checkDocument("letter.pdf", PDF)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(await checkDocument("photo.pdf", PNG)).toEqual({ ok: true, mediaType: "image/png" });
  });

  it("accepts an .eml by its headers and a .msg by its container, refuses a renamed script", async () => {
    expect(await checkDocument("mail.eml", Buffer.from("From: a@example.test\r\nSubject: Hello\r\n\r\nBody"))).toEqual({
      ok: true,
      mediaType: "message/rfc822",
    });
    expect(await checkDocument("mail.msg", CFB)).toEqual({ ok: true, mediaType: "application/vnd.ms-outlook" });
    const script = await checkDocument("report.pdf", Buffer.from("#!/bin/sh\nrm -rf /\n"));
    expect(script.ok).toBe(false);
    expect(script.ok ? "" : script.message).toMatch(/^file: "report.pdf" is not a PDF, Word, Excel, image or email file by its content/);
  });

  it("refuses an empty file and one over 20 MB", async () => {
    expect(await checkDocument("a.pdf", Buffer.alloc(0))).toEqual({ ok: false, message: "file: the document is empty" });
    expect(await checkDocument("a.pdf", Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]))).toEqual({
      ok: false,
      message: "file: must be 20 MB or smaller",
    });
  });
});
