import type { ReportStatus } from "@/lib/workflow/status";

export interface StateBanner {
  /** "alert": the clerk has work to do because of the reviewer's reason. */
  tone: "alert" | "info";
  title: string;
  text: string;
  /** Label of the reviewer's reason shown under the banner, when the state has one. */
  reasonLabel?: string;
}

/** The workflow action whose reason explains each state the reviewer sends back to the clerk. */
export const REASON_ACTION: Partial<Record<ReportStatus, string>> = {
  returned: "return",
  correcting: "start_correction",
};

/**
 * What the clerk's pages say about the report's state: each state its own
 * words, so a published report never reads as one under review.
 */
export function stateBanner(status: ReportStatus): StateBanner | null {
  switch (status) {
    case "draft":
      return null;
    case "returned":
      return {
        tone: "alert",
        title: "报告已被退回",
        text: "请按退回原因修改后重新提交。",
        reasonLabel: "退回原因",
      };
    case "correcting":
      return {
        tone: "alert",
        title: "报告正在更正",
        text: "公众仍看到已公开的版本；请按更正原因修改后重新提交，审核通过后公开更正后的版本。",
        reasonLabel: "更正原因",
      };
    case "submitted":
      return { tone: "info", title: "报告正在审核", text: "已提交，审核期间不能修改；如被退回，可修改后再次提交。" };
    case "approved":
      return { tone: "info", title: "报告已审核通过", text: "等待公开，不能再修改。" };
    case "published":
      return { tone: "info", title: "报告已公开", text: "如发现错误，请联系县级审核人发起更正。" };
  }
}
