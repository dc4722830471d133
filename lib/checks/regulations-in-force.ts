import { formatCells, makeCellId } from "../format/cells";
import { T2_COLUMN_2021, T2_ROW } from "../format/gov-tables";
import { numberReader } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { previousYearReader } from "./last-year";
import type { Check, Finding } from "./types";

// gov-2019's 第二十条第（一）项 counted other things (新制作/新公开/对外公开总数), so only gov-2021 carries over.
const { issued: ISSUED, repealed: REPEALED, inForce: IN_FORCE } = T2_COLUMN_2021;

/** T2-01: 现行有效 carries over: last year's + issued − repealed. */
export const regulationsInForceCheck: Check = {
  id: "T2-01",
  severity: "warning",
  description: "现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数（规章、行政规范性文件）",
  formats: ["gov-2021"],
  run(format, data, context) {
    if (!isGovData(data)) return [];
    const previous = previousYearReader(context, ["gov-2021"]);
    if (!previous) return [];
    const { byId } = formatCells(format);
    const value = numberReader(format, data);
    return [T2_ROW.rules, T2_ROW.normative].flatMap((row): Finding[] => {
      const inForceId = makeCellId("T2", row, IN_FORCE);
      const issuedId = makeCellId("T2", row, ISSUED);
      const repealedId = makeCellId("T2", row, REPEALED);
      const [inForce, issued, repealed] = [value(inForceId), value(issuedId), value(repealedId)];
      const lastInForce = previous.value(inForceId);
      if (inForce === null || issued === null || repealed === null || lastInForce === null) return [];
      const expected = lastInForce + issued - repealed;
      if (inForce === expected) return [];
      return [
        {
          id: "T2-01",
          severity: "warning",
          cells: [inForceId, issuedId, repealedId],
          reported: inForce,
          computed: expected,
          message: `${byId.get(inForceId)?.rowLabel ?? ""}现行有效件数（${inForce}）应等于上年现行有效件数（${lastInForce}）加本年制发件数（${issued}）减本年废止件数（${repealed}），即${expected}`,
        },
      ];
    });
  },
};
