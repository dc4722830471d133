import { describe, expect, it } from "vitest";
import { REPORT_STATUSES } from "@/lib/workflow/status";
import { stateBanner } from "./state-banner";

describe("stateBanner", () => {
  it("says nothing on a draft", () => {
    expect(stateBanner("draft")).toBeNull();
  });

  it("never tells a published or approved report that it is under review", () => {
    for (const status of ["published", "approved"] as const) {
      expect(stateBanner(status)?.text).not.toContain("审核期间");
      expect(stateBanner(status)?.title).not.toContain("提交");
    }
    expect(stateBanner("published")?.title).toBe("报告已公开");
  });

  it("shows the reviewer's reason for the states the reviewer sends back", () => {
    expect(stateBanner("returned")?.reasonLabel).toBe("退回原因");
    expect(stateBanner("correcting")?.reasonLabel).toBe("更正原因");
    expect(stateBanner("submitted")?.reasonLabel).toBeUndefined();
  });

  it("gives every other state its own title", () => {
    const titles = REPORT_STATUSES.filter((s) => s !== "draft").map((s) => stateBanner(s)?.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
