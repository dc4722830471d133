import { STATUS_LABELS, type ReportStatus } from "@/lib/workflow/status";

/**
 * The words printed on every page of a report that the public cannot yet
 * see, so a printed copy is never mistaken for the published one. A
 * published report needs none; a draft reads 草稿 as an office would say it.
 */
export function previewMark(status: ReportStatus): string | undefined {
  if (status === "published") return undefined;
  const state = status === "draft" ? "草稿" : STATUS_LABELS[status];
  return `${state}（未公开）`;
}
