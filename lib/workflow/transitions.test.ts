import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allows } from "@/lib/authz/place";
import { ACTION_REGISTRY } from "@/lib/actions/registry";
import { ACTION_LABELS } from "./report-event";
import { REPORT_STATUSES, type ReportStatus } from "./status";
import { blockedSteps, stepButtons } from "./step-buttons";
import { transitionRefusal } from "./transition-refusal";
import {
  BULK_PUBLISHABLE,
  INITIAL_STATUS,
  isEditable,
  ruleOf,
  TRANSITION_IDS,
  TRANSITIONS,
  type TransitionId,
} from "./transitions";

const ROOT = join(import.meta.dirname, "..", "..");

/** Where a step can lead from `status`, resolving the table's symbolic targets. */
function targets(id: TransitionId, status: ReportStatus): ReportStatus[] {
  const to = ruleOf(id).to;
  if (to === "same") return [status];
  if (to === "submitted-from") return [...TRANSITIONS.submit.from];
  return [to];
}

function reachableFrom(start: ReportStatus): Set<ReportStatus> {
  const seen = new Set<ReportStatus>([start]);
  const queue = [start];
  while (queue.length) {
    const status = queue.shift()!;
    for (const id of TRANSITION_IDS)
      if (ruleOf(id).from.includes(status))
        for (const next of targets(id, status))
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
  }
  return seen;
}

describe("the transition table", () => {
  it("reaches every state from the state a report is created in", () => {
    expect([...reachableFrom(INITIAL_STATUS)].sort()).toEqual([...REPORT_STATUSES].sort());
  });

  it("has no dead end: from every state a report can still be published", () => {
    for (const status of REPORT_STATUSES) expect(reachableFrom(status).has("published"), status).toBe(true);
  });

  it("names each step with its own Chinese verb, and the audit trail reads the same verb", () => {
    const labels = TRANSITION_IDS.map((id) => ruleOf(id).label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const id of TRANSITION_IDS) {
      expect(ruleOf(id).label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(ACTION_LABELS[id]).toBe(ruleOf(id).label);
    }
  });

  it("lets the unit's clerk take the filing steps and the county's reviewer the review steps, as the policy says", () => {
    const unit = { filingUnit: { id: "u1", countyId: "c1" } };
    const clerk = { id: "a", role: "clerk" as const, filingUnitId: "u1", countyId: "c1" };
    const reviewer = { id: "b", role: "reviewer" as const, filingUnitId: null, countyId: "c1" };
    for (const id of TRANSITION_IDS) {
      const need = ruleOf(id).need;
      expect(allows(clerk, need, unit), id).toBe(need === "fill");
      expect(allows(reviewer, need, unit), id).toBe(need === "review");
    }
  });

  it("starts each step from states that exist", () => {
    for (const id of TRANSITION_IDS) {
      expect(ruleOf(id).from.length, id).toBeGreaterThan(0);
      for (const status of ruleOf(id).from) expect(REPORT_STATUSES).toContain(status);
    }
  });

  it("lets the filing unit edit exactly where it may submit, and nowhere the county holds the report", () => {
    expect(REPORT_STATUSES.filter(isEditable)).toEqual([...TRANSITIONS.submit.from]);
    for (const id of TRANSITION_IDS.filter((i) => ruleOf(i).need === "review"))
      for (const status of ruleOf(id).from) expect(isEditable(status), `${id} from ${status}`).toBe(false);
  });

  it("undoes a submission only from submitted, and only before review begins", () => {
    for (const id of TRANSITION_IDS) {
      if (ruleOf(id).to === "submitted-from") expect(ruleOf(id).from).toEqual(["submitted"]);
      if (ruleOf(id).untilReviewOpened) expect(ruleOf(id).from).toEqual(TRANSITIONS.open_review.from);
    }
    const fresh = { status: "submitted" as const, reviewOpenedAt: null };
    const opened = { status: "submitted" as const, reviewOpenedAt: new Date() };
    expect(transitionRefusal("withdraw", fresh)).toBeNull();
    expect(transitionRefusal("withdraw", opened)).toMatchObject({ code: "conflict" });
    expect(transitionRefusal("withdraw", opened)?.message).toContain("审核人已开始审核");
    // The county's own steps do not depend on whether the report was opened.
    expect(transitionRefusal("approve", opened)).toBeNull();
  });

  it("selects for bulk publication the states approving or publishing moves on", () => {
    expect(BULK_PUBLISHABLE).toEqual(["submitted", "approved"]);
  });

  it("refuses a step from any other state with the state's name and the step's verb", () => {
    const refusal = transitionRefusal("publish", { status: "draft", reviewOpenedAt: null });
    expect(refusal).toMatchObject({ code: "conflict", detail: { status: "draft" } });
    expect(refusal?.message).toBe("报告当前状态为“填写中”，不能公开");
  });

  it("is what the actions of each step require of their user", () => {
    const needOf = (name: string) => ACTION_REGISTRY.find((a) => a.name === name)!.need;
    const actionOf: Partial<Record<TransitionId, string>> = {
      save: "fill.save",
      submit: "fill.submit",
      withdraw: "fill.withdraw",
      open_review: "review.open",
      approve: "review.approve",
      return: "review.return",
      publish: "review.publish",
      start_correction: "review.startCorrection",
    };
    for (const id of TRANSITION_IDS) expect(needOf(actionOf[id]!), id).toBe(ruleOf(id).need);
    expect(needOf("review.bulkPublish")).toBe(TRANSITIONS.publish.need);
  });
});

describe("buttons", () => {
  const states = REPORT_STATUSES.flatMap((status) => [
    { status, reviewOpenedAt: null },
    { status, reviewOpenedAt: new Date("2027-01-12T02:00:00Z") },
  ]);

  it.each(["fill", "review"] as const)(
    "for %s: every step the table allows now, in its order, under its verb",
    (need) => {
      for (const state of states) {
        const expected = TRANSITION_IDS.filter(
          (id) => ruleOf(id).need === need && ruleOf(id).to !== "same" && !transitionRefusal(id, state),
        );
        const buttons = stepButtons(need, state);
        expect(buttons.map((b) => b.id)).toEqual(expected);
        for (const b of buttons) expect(b.label).toBe(ruleOf(b.id).label);
      }
    },
  );

  it("shows the clerk 提交审核 where editable, 撤回 until the reviewer opens the report, then why not", () => {
    const labels = (status: ReportStatus, opened: boolean) =>
      stepButtons("fill", { status, reviewOpenedAt: opened ? new Date() : null }).map((b) => b.label);
    expect(labels("draft", false)).toEqual(["提交审核"]);
    expect(labels("returned", false)).toEqual(["提交审核"]);
    expect(labels("submitted", false)).toEqual(["撤回"]);
    expect(labels("submitted", true)).toEqual([]);
    expect(labels("published", false)).toEqual([]);
    expect(blockedSteps("fill", { status: "submitted", reviewOpenedAt: new Date() })).toEqual([
      expect.objectContaining({ id: "withdraw", message: expect.stringContaining("审核人已开始审核") }),
    ]);
    expect(blockedSteps("fill", { status: "submitted", reviewOpenedAt: null })).toEqual([]);
  });

  it("shows the reviewer the county's buttons, with reasons and confirmation where the table says", () => {
    const at = (status: ReportStatus, approvalPublishes = false) =>
      stepButtons("review", { status, reviewOpenedAt: null }, { approvalPublishes });
    expect(at("submitted")).toEqual([
      { id: "approve", label: "审核通过", publishes: false },
      { id: "return", label: "退回", reason: "退回原因", publishes: false },
    ]);
    expect(at("submitted", true)[0]).toEqual({ id: "approve", label: "审核通过并公开", publishes: true });
    expect(at("approved")).toEqual([{ id: "publish", label: "公开", publishes: true }]);
    expect(at("published")).toEqual([
      { id: "start_correction", label: "发起更正", reason: "更正原因", publishes: false },
    ]);
    for (const status of ["draft", "returned", "correcting"] as const) expect(at(status)).toEqual([]);
  });
});

describe("no other file decides a step by naming states", () => {
  // The files that show steps, select reports for them or take them. State names in them would be
  // a second copy of the table's rules.
  const FILES = [
    "components/review/review-actions.tsx",
    "components/review/dashboard-table.tsx",
    "components/review/dashboard-bulk-confirm.tsx",
    "components/report-editor/check-and-submit.tsx",
    "components/report-editor/task-list.tsx",
    "components/report-editor/withdraw-panel.tsx",
    "lib/review/build-dashboard.ts",
    "lib/review/load-bulk-selection.ts",
    "lib/review/bulk-publish.ts",
    "lib/reports/save-report.ts",
    "lib/reports/submit-report.ts",
    "lib/reports/withdraw-report.ts",
    "lib/reports/open-report.ts",
    "lib/reports/load-fill-context.ts",
    "lib/reports/load-review-context.ts",
    "lib/workflow/apply-transition.ts",
    "lib/workflow/approve-report.ts",
    "lib/workflow/return-report.ts",
    "lib/workflow/publish-in-tx.ts",
    "lib/workflow/start-correction.ts",
    "lib/workflow/open-review.ts",
    "lib/workflow/state-before-submit.ts",
    "lib/workflow/step-buttons.ts",
    "lib/workflow/transition-refusal.ts",
  ];
  // A state compared, listed or assigned (sort keys and outcome names that share a state's name are not).
  const states = REPORT_STATUSES.join("|");
  const literal = new RegExp(`(?:[=!]==?|includes\\(|\\[|status:)\\s*["'\`](?:${states})["'\`]`);

  it.each(FILES)("%s", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    expect(source.match(literal)?.[0] ?? null).toBeNull();
  });
});
