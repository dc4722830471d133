import { describe, expect, it } from "vitest";
import { createCountySchema, createFilingUnitSchema } from "./admin-schemas";

const filingUnit = (code: string) =>
  createFilingUnitSchema.safeParse({ countyId: "c1", code, name: "屯里镇", organName: "吉县屯里镇人民政府" });

describe("place codes", () => {
  it("accept lower-case words, digits and hyphens", () => {
    expect(filingUnit("tunli").success).toBe(true);
    expect(filingUnit("qu-e").success).toBe(true);
    expect(filingUnit("town-2021").success).toBe(true);
    expect(filingUnit("12345").success).toBe(true);
  });

  it("refuse a filing unit code of four digits, which would read as a year in /reports/<county>/<year>", () => {
    const result = filingUnit("2021");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("四位数字");
  });

  it("refuse capitals, spaces and dots with a Chinese message", () => {
    for (const bad of ["Tunli", "tun li", "tunli.json", "-tunli"]) {
      const result = filingUnit(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(createCountySchema.safeParse({ code: "2021", name: "吉县" }).success).toBe(true);
  });
});

describe("county default deadline", () => {
  const county = (defaultDeadline: string) =>
    createCountySchema.safeParse({ code: "jixian", name: "吉县", defaultDeadline });

  it("accepts real month-days, 02-29 included (the last day of February in other years)", () => {
    for (const ok of ["01-31", "03-31", "12-31", "02-28", "02-29"]) expect(county(ok).success, ok).toBe(true);
  });

  it("refuses days no month has", () => {
    for (const bad of ["02-31", "02-30", "04-31", "06-31", "09-31", "11-31", "13-01", "00-10", "1-31"]) {
      const result = county(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
