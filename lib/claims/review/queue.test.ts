import { describe, expect, it } from "vitest";
import { parseReviewReason } from "./queue";

describe("parseReviewReason", () => {
  it.each([
    [null, []],
    ["needs_information: CLM-4 (1)", [{ outcome: "needs_information", ruleIds: ["CLM-4"], lineNos: [1] }]],
    [
      "needs_information: CLM-1, BEN-4 (1); needs_review: CLM-3 (2); needs_information: CLM-4 (3)",
      [
        { outcome: "needs_information", ruleIds: ["CLM-1", "BEN-4", "CLM-4"], lineNos: [1, 3] },
        { outcome: "needs_review", ruleIds: ["CLM-3"], lineNos: [2] },
      ],
    ],
    ["automatic adjudication failed: CLM-5", [{ outcome: "automatic adjudication failed", ruleIds: ["CLM-5"], lineNos: [] }]],
  ])("%s", (text, expected) => expect(parseReviewReason(text)).toEqual(expected));
});
