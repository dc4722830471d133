import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PrintButton } from "@/components/report/print-button";
import { PublishedReportView } from "@/components/report/published-report-view";
import { StatusTag } from "@/components/ui/status-tag";
import { requireUser } from "@/lib/authz/guards";
import { loadReportPreview } from "@/lib/reports/load-report-preview";
import { previewPath } from "@/lib/urls/fill-paths";
import { fillPaths } from "@/lib/urls/fill-paths";
import { reviewPaths } from "@/lib/urls/review-paths";

export const metadata: Metadata = { title: "预览", robots: { index: false } };

const LINK = "rounded border border-gov-600 px-4 py-1.5 text-gov-700 hover:bg-gov-50";

/**
 * /preview/<county>/<filing unit>/<year>: the working copy in the official
 * layout (the public page's renderer), to print for the leader's signature
 * before it is submitted. Marked with its state on screen and on every
 * printed page until published.
 */
export default async function ReportPreviewPage({
  params,
}: {
  params: Promise<{ county: string; filingUnit: string; year: string }>;
}) {
  const user = await requireUser();
  const preview = await loadReportPreview(user, await params, new Date());
  if (preview === "forbidden") forbidden();
  if (!preview) notFound();
  const { document: doc, codes } = preview;
  const back =
    user.role === "clerk"
      ? { href: fillPaths.report(codes.county, codes.filingUnit, codes.year), label: "返回填报" }
      : { href: reviewPaths.report(codes.county, codes.filingUnit, codes.year), label: "返回审核" };
  return (
    <>
      <div className="no-print mx-auto mb-4 flex max-w-4xl flex-wrap items-center gap-3">
        <h1 className="mr-auto text-lg font-semibold">
          预览 <StatusTag status={preview.status} />
        </h1>
        <PrintButton />
        <a href={previewPath(codes, "pdf")} className={LINK}>
          下载PDF
        </a>
        <a href={previewPath(codes, "docx")} className={LINK}>
          下载Word
        </a>
        <Link href={back.href} className={LINK}>
          {back.label}
        </Link>
      </div>
      <PublishedReportView
        organName={doc.organName}
        year={doc.year}
        formatId={doc.formatId}
        data={doc.data}
        signedOn={doc.signedOn}
        mark={doc.mark}
        titleLevel="h2"
      />
    </>
  );
}
