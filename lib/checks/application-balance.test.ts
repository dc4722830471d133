import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { applicationBalanceCheck } from "./application-balance";
import { checkContext, govReport } from "./fixtures/report-builder";

const gov2021 = getFormat("gov-2021");

describe("T3-01 一 + 二 = 三 + 四", () => {
  test("passes when received plus carried in equals handled plus carried out", () => {
    const data = govReport("gov-2021", { "T3.r01.c1": 10, "T3.r02.c1": 2, "T3.r24.c1": 11, "T3.r25.c1": 1 });
    expect(applicationBalanceCheck.run(gov2021, data, checkContext())).toEqual([]);
  });

  test("names the column and shows both sums", () => {
    const data = govReport("gov-2021", { "T3.r01.c1": 10, "T3.r02.c1": 2, "T3.r24.c1": 11 });
    expect(applicationBalanceCheck.run(gov2021, data, checkContext())).toEqual([
      {
        id: "T3-01",
        severity: "error",
        cells: ["T3.r01.c1", "T3.r02.c1", "T3.r24.c1", "T3.r25.c1"],
        reported: 12,
        computed: 11,
        message: "第一项加第二项之和（12）应等于第三项加第四项之和（11）：自然人列",
      },
    ]);
  });

  test("reads blank halves as 0 when the other half of the side is filled", () => {
    const data = govReport("gov-2021", {
      "T3.r01.c4": 3,
      "T3.r02.c4": null,
      "T3.r24.c4": 2,
      "T3.r25.c4": null,
    });
    expect(applicationBalanceCheck.run(gov2021, data, checkContext()).map((f) => f.message)).toEqual([
      "第一项加第二项之和（3）应等于第三项加第四项之和（2）：社会公益组织列",
    ]);
  });

  test("leaves fully blank sides to V-01", () => {
    const data = govReport("gov-2021", { "T3.r01.c2": null, "T3.r02.c2": null, "T3.r24.c2": 5 });
    expect(applicationBalanceCheck.run(gov2021, data, checkContext())).toEqual([]);
  });

  test("applies to gov-2019 too", () => {
    const format = getFormat("gov-2019");
    const data = govReport("gov-2019", { "T3.r01.c7": 1 });
    expect(
      applicationBalanceCheck.run(format, data, checkContext({ year: 2020 })).map((f) => f.cells[0]),
    ).toEqual(["T3.r01.c7"]);
  });
});
