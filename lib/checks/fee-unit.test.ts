import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { feeUnitCheck, YUAN_SUSPECT_THRESHOLD_WAN } from "./fee-unit";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

describe("T2-05 fee amount typed in 元", () => {
  test("passes plausible 万元 amounts and blanks", () => {
    expect(
      feeUnitCheck.run(gov2021, govReport("gov-2021", { "T2.fees.amount": 12.5 }), checkContext()),
    ).toEqual([]);
    expect(
      feeUnitCheck.run(gov2021, govReport("gov-2021", { "T2.fees.amount": null }), checkContext()),
    ).toEqual([]);
  });

  test("flags a township amount at or above the threshold", () => {
    expect(YUAN_SUSPECT_THRESHOLD_WAN.township).toBe(1000);
    const data = govReport("gov-2021", { "T2.fees.amount": 25000 });
    expect(feeUnitCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "T2-05",
        severity: "warning",
        cells: ["T2.fees.amount"],
        reported: 25000,
        computed: 2.5,
        message:
          "“行政事业性收费·本年收费金额（单位：万元）”为25000万元，乡镇一般不会达到1000万元，请确认是否按“元”填写（25000元合2.5万元）",
      },
    ]);
    const atThreshold = govReport("gov-2021", { "T2.fees.amount": 1000 });
    expect(feeUnitCheck.run(gov2021, atThreshold, checkContext())).toHaveLength(1);
    const below = govReport("gov-2021", { "T2.fees.amount": 999.9999 });
    expect(feeUnitCheck.run(gov2021, below, checkContext())).toEqual([]);
  });

  test("has no threshold for counties and departments", () => {
    const data = govReport("gov-2021", { "T2.fees.amount": 25000 });
    expect(feeUnitCheck.run(gov2021, data, checkContext({ organLevel: "county" }))).toEqual([]);
    expect(feeUnitCheck.run(gov2021, data, checkContext({ organLevel: "department" }))).toEqual([]);
  });
});
