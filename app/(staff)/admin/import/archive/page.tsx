import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/admin/select-field";
import { ArchiveImport } from "@/components/import/archive/archive-import";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { loadArchiveTargets } from "@/lib/import/archive/import-archive";
import { ARCHIVE_LIMITS } from "@/lib/import/archive/archive-limits";

export const metadata: Metadata = { title: "批量导入历史报告" };

export default async function ArchiveImportPage({
  searchParams,
}: {
  searchParams: Promise<{ county?: string }>;
}) {
  const admin = await requireUser({ roles: ["admin"] });
  const counties = (await db.county.findMany({ orderBy: { code: "asc" } })).filter((county) =>
    canAdministerCounty(admin, county.id),
  );
  const { county: code } = await searchParams;
  const county = counties.find((c) => c.code === code) ?? (counties.length === 1 ? counties[0] : undefined);
  const targets = county ? await loadArchiveTargets(db, county.id) : null;

  return (
    <>
      <PageHeading caption="管理 · 导入历史报告" title="批量导入历史报告">
        <p className="mt-2 max-w-3xl text-slate-700">
          一次导入一个县区多年的已公开报告：选择多个文件，或一个 .zip 压缩包（最多{ARCHIVE_LIMITS.maxFiles}
          个文件）。系统逐个读取，按报告机关名称对应到填报单位，列出每个文件的格式、机关、年度、发现的问题和读不出的内容；
          确认后保存。该单位该年度已有报告的文件会跳过，不会重复保存。单个文件请用
          <Link href="/admin/import" className="text-gov-600 underline">
            导入历史报告
          </Link>
          。
        </p>
      </PageHeading>

      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-5"
      >
        <SelectField
          id="archive-county"
          label="导入到县区"
          name="county"
          defaultValue={county?.code ?? ""}
          placeholder="请选择"
          options={counties.map((c) => ({ value: c.code, label: c.name }))}
        />
        <button type="submit" className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100">
          选择
        </button>
      </form>

      {county && targets ? (
        <ArchiveImport
          key={county.id}
          countyId={county.id}
          countyName={county.name}
          filingUnits={targets.filingUnits}
          existing={[...targets.existing]}
        />
      ) : (
        <p className="text-slate-600">请先选择要导入的县区。</p>
      )}
    </>
  );
}
