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
  create: "创建",
  save: "保存",
  submit: "提交审核",
  return: "退回",
  approve: "审核通过",
  publish: "公开",
  start_correction: "发起更正",
  import: "导入历史报告",
  comment: "批注",
  resolve_comment: "批注已解决",
  remind: "催办",
};
