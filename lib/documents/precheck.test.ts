import { describe, expect, it } from "vitest";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "./limits";
import { megabytes, precheckFiles } from "./precheck";

const MB = 1024 * 1024;

describe("precheckFiles", () => {
  it.each([
    ["a normal file", [1 * MB], 0, [null]],
    ["exactly 20 MB", [MAX_FILE_BYTES], 0, [null]],
    ["one byte over 20 MB", [MAX_FILE_BYTES + 1], 0, ["documents.errors.tooLarge"]],
    ["an empty file", [0], 0, ["documents.errors.empty"]],
    ["three 20 MB files fill 60 MB exactly", [20 * MB, 20 * MB, 20 * MB], 0, [null, null, null]],
    ["the fourth file past 60 MB is refused, the others kept", [20 * MB, 20 * MB, 20 * MB, 1], 0, [null, null, null, "documents.errors.claimTotalTooLarge"]],
    ["what the claim already has counts", [2 * MB], MAX_CLAIM_BYTES - MB, ["documents.errors.claimTotalTooLarge"]],
    ["a refused file does not use up the total", [MAX_FILE_BYTES + 1, 20 * MB], 40 * MB, ["documents.errors.tooLarge", null]],
  ] as const)("%s", (_name, sizes, used, expected) => {
    expect(precheckFiles(sizes.map((size) => ({ size })), used)).toEqual(expected);
  });
});

describe("megabytes", () => {
  it.each([
    [0, 0],
    [1, 0.1],
    [1.25 * MB, 1.3],
    [20 * MB, 20],
  ])("%d bytes → %d MB", (bytes, mb) => {
    expect(megabytes(bytes)).toBe(mb);
  });
});
