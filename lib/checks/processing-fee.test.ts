import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { checkContext, govReport } from "./fixtures/report-builder";
import { processingFeeCheck } from "./processing-fee";

function withS6(formatId: "gov-2021" | "gov-2019", s6: string) {
  const data = govReport(formatId);
  return { ...data, narratives: { ...data.narratives, s6 } };
}

describe("S-05 s6 states 信息处理费", () => {
  const gov2021 = getFormat("gov-2021");

  test("passes when s6 mentions 信息处理费, even as none collected", () => {
    expect(
      processingFeeCheck.run(gov2021, withS6("gov-2021", "本年度未收取信息处理费。"), checkContext()),
    ).toEqual([]);
  });

  test("flags an s6 that says nothing about it", () => {
    expect(processingFeeCheck.run(gov2021, withS6("gov-2021", "无。"), checkContext())).toEqual([
      {
        id: "S-05",
        severity: "warning",
        cells: ["s6"],
        message:
          "“六、其他需要报告的事项”未说明信息处理费情况。说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，未收取的写明“本年度未收取信息处理费”；可说明人大代表建议和政协提案办理结果等其他需要报告的事项。",
      },
    ]);
  });

  test("gov-2019 (before 信息处理费 existed) accepts any statement on 收费", () => {
    const gov2019 = getFormat("gov-2019");
    const context = checkContext({ year: 2020 });
    expect(
      processingFeeCheck.run(
        gov2019,
        withS6("gov-2019", "全年未出现政府信息公开的收费及减免情况。"),
        context,
      ),
    ).toEqual([]);
    expect(
      processingFeeCheck.run(gov2019, withS6("gov-2019", "无。"), context).map((f) => f.message),
    ).toEqual([
      "“六、其他需要报告的事项”未说明政府信息公开收费情况。说明政府信息公开收费及减免情况（未收费的也应写明），以及其他需要报告的事项。",
    ]);
  });

  test("leaves an empty s6 to S-01", () => {
    expect(processingFeeCheck.run(gov2021, withS6("gov-2021", ""), checkContext())).toEqual([]);
  });
});
