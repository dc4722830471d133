import { describe, expect, it } from "vitest";
import { UTF8_BOM, writeCsv } from "./write-csv";

describe("writeCsv", () => {
  it("starts with a byte order mark and ends lines with CRLF", () => {
    const csv = writeCsv(["填报单位", "错误数"], [["屯里镇", 0]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("填报单位,错误数\r\n屯里镇,0\r\n");
  });

  it("quotes separators, quotes and line breaks; leaves blanks empty", () => {
    const csv = writeCsv(
      ["a", "b", "c"],
      [
        ['说"明"', "甲,乙", null],
        ["一\n二", 3, 1.5],
      ],
    );
    expect(csv.slice(1).split("\r\n")).toEqual(["a,b,c", '"说""明""","甲,乙",', '"一\n二",3,1.5', ""]);
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    const csv = writeCsv(["名称"], [["=HYPERLINK(1)"], ["+1"], ["-"], ["@x"], [-5]]);
    expect(csv.slice(1).split("\r\n").slice(1, 6)).toEqual(["'=HYPERLINK(1)", "'+1", "'-", "'@x", "-5"]);
  });
});
