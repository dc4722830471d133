import * as account from "@/lib/accounts/account-actions";
import * as admin from "@/lib/admin/admin-actions";
import * as comments from "@/lib/comments/comment-actions";
import * as importing from "@/lib/import/import-actions";
import * as archive from "@/lib/import/archive/archive-actions";
import * as reminders from "@/lib/reminders/remind-actions";
import * as reporting from "@/lib/reporting/reporting-actions";
import * as fill from "@/lib/reports/fill-actions";
import * as bulk from "@/lib/review/bulk-actions";
import * as review from "@/lib/workflow/review-actions";
import type { AnyActionSpec } from "./define-action";

/**
 * Every server action of the app, declared. Tests iterate this list (the
 * authorization matrix, the refusal table), so an action is covered the
 * moment it is registered; app/**\/actions.ts exports only registered ones.
 */
export const ACTION_REGISTRY: readonly AnyActionSpec[] = [
  admin.createCountyAction,
  admin.createFilingUnitAction,
  admin.renameFilingUnitAction,
  admin.retireFilingUnitAction,
  admin.reinstateFilingUnitAction,
  admin.moveClerkAction,
  admin.createUserAction,
  admin.toggleUserDisabledAction,
  admin.resetPasswordAction,
  admin.renameUserAction,
  reporting.openReportingYearAction,
  reporting.updateCountySettingsAction,
  review.returnReportAction,
  review.approveReportAction,
  review.publishReportAction,
  review.startCorrectionAction,
  review.openReviewAction,
  reminders.remindFilingUnitsAction,
  comments.addCommentAction,
  comments.resolveCommentAction,
  fill.saveReportAction,
  fill.submitReportAction,
  fill.withdrawReportAction,
  bulk.bulkPublishAction,
  importing.previewImportAction,
  importing.saveImportAction,
  account.changePasswordAction,
  account.markAllReadAction,
  account.signOutAction,
  archive.readArchiveFileAction,
  archive.saveArchiveFileAction,
];
