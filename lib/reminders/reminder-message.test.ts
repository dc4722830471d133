import { describe, expect, it } from "vitest";
import { isRemindable, reminderMessage } from "./reminder-message";

const base = { filingUnitName: "屯里镇", year: 2026, deadline: "2027-01-31" };

describe("reminderMessage", () => {
  it("says what is missing, the deadline and the days left", () => {
    expect(reminderMessage({ ...base, status: "not_started", today: "2027-01-21" })).toEqual({
      daysLeft: 10,
      text: "催办：屯里镇2026年度报告尚未开始填报，公开截止日期 2027-01-31（还有 10 天），请尽快填报并提交审核",
    });
    expect(reminderMessage({ ...base, status: "returned", today: "2027-01-31" }).text).toContain(
      "已被退回，尚未重新提交，公开截止日期 2027-01-31（今天截止）",
    );
  });

  it("counts overdue days as negative days left", () => {
    const m = reminderMessage({ ...base, status: "draft", today: "2027-02-03" });
    expect(m.daysLeft).toBe(-3);
    expect(m.text).toContain("尚未提交，公开截止日期 2027-01-31（已逾期 3 天）");
  });
});

describe("isRemindable", () => {
  it("reminds filing units that have not started, not submitted or were returned", () => {
    expect(["not_started", "draft", "returned"].every((s) => isRemindable(s as never))).toBe(true);
    expect(["submitted", "approved", "published", "correcting"].some((s) => isRemindable(s as never))).toBe(
      false,
    );
  });
});
