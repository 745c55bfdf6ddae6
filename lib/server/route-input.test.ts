import { describe, expect, it } from "vitest";
import { documentDownloadQuerySchema, documentUploadQuerySchema, idParamSchema, parseSearchParams } from "./route-input";

describe("route input schemas", () => {
  it.each([
    [{ id: "01a1fd7b-a6e5-766e-9776-5b9a9c7cfd93" }, true],
    [{ id: "../../etc/passwd" }, false],
    [{ id: "1 OR 1=1" }, false],
    [{}, false],
  ])("id param %j accepted: %s", (params, ok) => {
    expect(idParamSchema.safeParse(params).success).toBe(ok);
  });

  it.each([
    ["?inline=1", { inline: "1" }],
    ["?inline=0&other=x", { inline: "0" }],
    ["", {}],
    ["?inline=yes", null],
  ])("download query %s → %j", (search, expected) => {
    expect(parseSearchParams(documentDownloadQuerySchema, new URL(`http://x/api/documents/1${search}`))).toEqual(expected);
  });

  it.each([
    [{ claimId: undefined, contentLength: "1024" }, { contentLength: 1024 }],
    [{ claimId: "not-a-uuid", contentLength: "1" }, null],
    [{ contentLength: "-5" }, null],
  ])("upload input %j → %j", (input, expected) => {
    const parsed = documentUploadQuerySchema.safeParse(input);
    expect(parsed.success ? parsed.data : null).toEqual(expected);
  });
});
