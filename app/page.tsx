import { PageHeading } from "@/components/ui/page-heading";
import { listCountiesWithTownships } from "@/lib/places/find-places";

export default async function PublicHome() {
  const counties = await listCountiesWithTownships();
  return (
    <>
      <PageHeading title="政府信息公开工作年度报告">
        <p className="mt-2 max-w-3xl text-slate-700">
          各乡镇人民政府依照《中华人民共和国政府信息公开条例》每年公开上一年度的政府信息公开工作年度报告。
          本站按国务院办公厅统一格式展示已公开的报告，可打印，可下载数据。
        </p>
      </PageHeading>
      <section aria-labelledby="counties">
        <h2 id="counties" className="text-lg font-semibold">县区与乡镇</h2>
        {counties.length === 0 ? (
          <p className="mt-2">暂无县区。</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {counties.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{c.name}</h3>
                <p className="mt-1 text-sm text-slate-700">{c.townships.map((t) => t.name).join("、")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
