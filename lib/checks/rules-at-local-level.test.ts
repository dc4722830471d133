import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, govReport } from "./fixtures/report-builder";
import { rulesAtLocalLevelCheck } from "./rules-at-local-level";

const gov2021 = getFormat("gov-2021");

describe("T2-03 规章 below 设区的市 level", () => {
  test("passes zeros and blanks", () => {
    expect(rulesAtLocalLevelCheck.run(gov2021, govReport("gov-2021"), checkContext())).toEqual([]);
    const blank = govReport("gov-2021", { "T2.rules.issued": null });
    expect(rulesAtLocalLevelCheck.run(gov2021, blank, checkContext())).toEqual([]);
  });

  test("flags each non-zero 规章 cell of a filing unit", () => {
    const data = govReport("gov-2021", { "T2.rules.issued": 2, "T2.rules.inForce": 2 });
    expect(rulesAtLocalLevelCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "T2-03",
        severity: "warning",
        cells: ["T2.rules.issued"],
        reported: 2,
        computed: 0,
        message:
          "乡镇人民政府没有规章制定权，“规章·本年制发件数”一般应为0（现为2），请核对是否误将规范性文件填入规章一行",
      },
      {
        id: "T2-03",
        severity: "warning",
        cells: ["T2.rules.inForce"],
        reported: 2,
        computed: 0,
        message:
          "乡镇人民政府没有规章制定权，“规章·现行有效件数”一般应为0（现为2），请核对是否误将规范性文件填入规章一行",
      },
    ]);
  });

  test("applies to every filer below 设区的市 level and to the gov-2019 form", () => {
    const data = govReport("gov-2021", { "T2.rules.issued": 1 });
    expect(
      rulesAtLocalLevelCheck.run(gov2021, data, checkContext({ organLevel: "county" }))[0]?.message,
    ).toMatch(/^县级人民政府没有规章制定权/);
    expect(
      rulesAtLocalLevelCheck.run(gov2021, data, checkContext({ organLevel: "department" }))[0]?.message,
    ).toMatch(/^县级人民政府工作部门没有规章制定权/);
    expect(
      rulesAtLocalLevelCheck.run(gov2021, data, checkContext({ organLevel: "street" }))[0]?.message,
    ).toMatch(/^街道办事处没有规章制定权/);
    const old = govReport("gov-2019", { "T2.rules.made": 1 });
    expect(rulesAtLocalLevelCheck.run(getFormat("gov-2019"), old, checkContext({ year: 2020 }))).toHaveLength(
      1,
    );
  });
});
