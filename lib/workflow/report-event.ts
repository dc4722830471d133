import { TRANSITION_LABELS } from "./transitions";

/**
 * Every action recorded in the audit trail, with the payload it carries.
 * ReportEvent rows are only ever inserted.
 */
export interface ReportEventPayloads {
  create: { formatId: string };
  save: { version: number; errorCount: number; warningCount: number };
  submit: {
    version: number;
    errorCount: number;
    warningCount: number;
    /** The filer's explanation of each warning, keyed by finding key. */
    explanations: Record<string, string>;
    /** The content as submitted: the reviewer sees what changed between submissions. */
    data?: unknown;
  };
  /** The clerk took the submission back before review began; the state is the one it was submitted from. */
  withdraw: Record<string, never>;
  /** A reviewer opened the submission for review: from now on it cannot be withdrawn. */
  open_review: Record<string, never>;
  return: { reason: string };
  approve: Record<string, never>;
  publish: { revision: number };
  start_correction: { reason: string };
  /** A report published before the system, stored from its published text (lib/import). */
  import: { revision: number; sourceNote: string; errorCount: number; warningCount: number };
  comment: { commentId: string; target: string | null };
  resolve_comment: { commentId: string };
  /** 催办 by the county: the deadline and the days left when it was sent. */
  remind: { deadline: string; daysLeft: number };
}

export type ReportAction = keyof ReportEventPayloads;

export const ACTION_LABELS: Record<ReportAction, string> = {
  ...TRANSITION_LABELS,
  create: "创建",
  import: "导入历史报告",
  comment: "批注",
  resolve_comment: "批注已解决",
  remind: "催办",
};
