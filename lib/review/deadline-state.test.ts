import { describe, expect, it } from "vitest";
import { deadlineState, deadlineStateLabel, deadlineUrgency, isLate } from "./deadline-state";

const deadline = "2026-01-31";

describe("deadline state", () => {
  it("counts days left and days overdue while unpublished", () => {
    expect(deadlineState({ deadline, today: "2026-01-25", published: false, publishedAt: null })).toEqual({
      kind: "remaining",
      days: 6,
    });
    expect(deadlineState({ deadline, today: "2026-01-31", published: false, publishedAt: null })).toEqual({
      kind: "remaining",
      days: 0,
    });
    expect(deadlineState({ deadline, today: "2026-02-03", published: false, publishedAt: null })).toEqual({
      kind: "overdue",
      days: 3,
    });
  });

  it("judges a publication by its Beijing date", () => {
    // 23:30 UTC on 31 January is 07:30 on 1 February in Beijing: late.
    const late = deadlineState({
      deadline,
      today: "2026-03-01",
      published: true,
      publishedAt: new Date("2026-01-31T23:30:00Z"),
    });
    expect(late).toEqual({ kind: "late", publishedOn: "2026-02-01", days: 1 });
    const onTime = deadlineState({
      deadline,
      today: "2026-03-01",
      published: true,
      publishedAt: new Date("2026-01-31T15:00:00Z"),
    });
    expect(onTime).toEqual({ kind: "on_time", publishedOn: "2026-01-31" });
  });

  it("a report published with no known date is 日期不详: not late, not overdue", () => {
    const unknown = deadlineState({ deadline, today: "2030-01-01", published: true, publishedAt: null });
    expect(unknown).toEqual({ kind: "date_unknown" });
    expect(deadlineStateLabel(unknown)).toBe("日期不详");
    expect(isLate(unknown)).toBe(false);
  });

  it("labels the four states as the dashboard prints them", () => {
    expect(deadlineStateLabel({ kind: "remaining", days: 6 })).toBe("剩余6天");
    expect(deadlineStateLabel({ kind: "overdue", days: 3 })).toBe("已逾期3天");
    expect(deadlineStateLabel({ kind: "on_time", publishedOn: "2026-01-20" })).toBe("按时公开");
    expect(deadlineStateLabel({ kind: "late", publishedOn: "2026-02-02", days: 2 })).toBe("逾期公开");
  });

  it("treats overdue and late publication as late, and sorts the most urgent first", () => {
    expect(isLate({ kind: "overdue", days: 1 })).toBe(true);
    expect(isLate({ kind: "late", publishedOn: "x", days: 1 })).toBe(true);
    expect(isLate({ kind: "remaining", days: 0 })).toBe(false);
    const order = [
      { kind: "on_time", publishedOn: "x" },
      { kind: "remaining", days: 10 },
      { kind: "overdue", days: 2 },
      { kind: "late", publishedOn: "x", days: 1 },
      { kind: "overdue", days: 9 },
      { kind: "remaining", days: 1 },
    ] as const;
    const sorted = [...order].sort((a, b) => deadlineUrgency(a) - deadlineUrgency(b)).map(deadlineStateLabel);
    expect(sorted).toEqual(["已逾期9天", "已逾期2天", "剩余1天", "剩余10天", "逾期公开", "按时公开"]);
  });
});
