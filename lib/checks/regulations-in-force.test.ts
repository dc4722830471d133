import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, govReport } from "./fixtures/report-builder";
import { regulationsInForceCheck } from "./regulations-in-force";

const gov2021 = getFormat("gov-2021");
const last = govReport("gov-2021", { "T2.normative.inForce": 5 });
const context = checkContext({ year: 2022, lastYear: { formatId: "gov-2021", year: 2021, data: last } });

describe("T2-01 现行有效件数 carries over", () => {
  test("passes when last year + issued − repealed = in force", () => {
    const data = govReport("gov-2021", {
      "T2.normative.issued": 3,
      "T2.normative.repealed": 1,
      "T2.normative.inForce": 7,
    });
    expect(regulationsInForceCheck.run(gov2021, data, context)).toEqual([]);
  });

  test("flags a count that does not carry over", () => {
    const data = govReport("gov-2021", {
      "T2.normative.issued": 3,
      "T2.normative.repealed": 1,
      "T2.normative.inForce": 3,
    });
    expect(regulationsInForceCheck.run(gov2021, data, context)).toEqual([
      {
        id: "T2-01",
        severity: "warning",
        cells: ["T2.normative.inForce", "T2.normative.issued", "T2.normative.repealed"],
        reported: 3,
        computed: 7,
        message:
          "行政规范性文件现行有效件数（3）应等于上年现行有效件数（5）加本年制发件数（3）减本年废止件数（1），即7",
      },
    ]);
  });

  test("checks 规章 as well", () => {
    const data = govReport("gov-2021", { "T2.rules.inForce": 1, "T2.normative.inForce": 5 });
    expect(regulationsInForceCheck.run(gov2021, data, context).map((f) => f.cells[0])).toEqual([
      "T2.rules.inForce",
    ]);
  });

  test("skips without a gov-2021 report for the year before, or with blanks", () => {
    const data = govReport("gov-2021", { "T2.normative.inForce": 9 });
    expect(regulationsInForceCheck.run(gov2021, data, checkContext({ year: 2022 }))).toEqual([]);
    const old = { formatId: "gov-2019" as const, year: 2020, data: govReport("gov-2019") };
    expect(regulationsInForceCheck.run(gov2021, data, checkContext({ year: 2021, lastYear: old }))).toEqual(
      [],
    );
    const blank = govReport("gov-2021", { "T2.normative.inForce": 9, "T2.normative.issued": null });
    expect(regulationsInForceCheck.run(gov2021, blank, context)).toEqual([]);
  });
});
