import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { FilingUnitKindFields } from "@/components/admin/filing-unit-kind-fields";
import { FilingUnitTable } from "@/components/admin/filing-unit-table";
import { SelectField } from "@/components/admin/select-field";
import { TextField } from "@/components/form/text-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { canAdministerAll, canAdministerCounty } from "@/lib/authz/policy";
import { ROLE_LABELS, roleSchema } from "@/lib/authz/roles";
import { db } from "@/lib/db/client";
import { unitOptionGroups } from "@/lib/places/filing-unit-groups";
import { isRetired } from "@/lib/places/filing-unit-state";
import {
  createCountyAction,
  createFilingUnitAction,
  createUserAction,
  moveClerkAction,
  renameUserAction,
  resetPasswordAction,
  toggleUserDisabledAction,
} from "./actions";
import { ColumnHeadings } from "@/components/ui/column-headings";

export const metadata: Metadata = { title: "管理" };

const section = "mt-8 rounded border border-slate-200 bg-white p-5";

export default async function AdminHome() {
  const admin = await requireUser({ roles: ["admin"] });
  const counties = (
    await db.county.findMany({
      orderBy: { code: "asc" },
      include: { filingUnits: { orderBy: { code: "asc" } } },
    })
  ).filter((c) => canAdministerCounty(admin, c.id));
  const countyIds = counties.map((c) => c.id);
  const users = await db.user.findMany({
    where: canAdministerAll(admin)
      ? {}
      : { OR: [{ countyId: { in: countyIds } }, { filingUnit: { countyId: { in: countyIds } } }] },
    orderBy: { username: "asc" },
    include: { filingUnit: true, county: true },
  });
  const filingUnitGroups = unitOptionGroups(counties);
  const clerkOptions = users
    .filter((u) => u.role === "clerk")
    .map((u) => ({ value: u.id, label: `${u.username ?? u.name}（${u.name}）` }));
  const countyOptions = counties.map((c) => ({ value: c.id, label: c.name }));

  return (
    <>
      <PageHeading caption="管理" title={admin.county ? `${admin.county.name} · 管理` : "全部县区 · 管理"} />
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/admin/import" className="text-gov-600 underline">
            导入历史报告（网页文字、.html、.docx）
          </Link>
        </li>
        <li>
          <Link href="/admin/reporting-years" className="text-gov-600 underline">
            报告年度与公开设置
          </Link>
        </li>
      </ul>

      <section aria-labelledby="counties-heading" className={section}>
        <h2 id="counties-heading" className="text-lg font-semibold">
          县区与填报单位
        </h2>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">县区</caption>
          <ColumnHeadings labels={["县区", "代码", "公开截止（次年）", "填报单位"]} />
          <tbody>
            {counties.map((c) => {
              const retired = c.filingUnits.filter(isRetired).length;
              return (
                <tr key={c.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {c.name}
                  </th>
                  <td className="p-2">{c.code}</td>
                  <td className="p-2">{c.defaultDeadline}</td>
                  <td className="p-2">
                    在用 {c.filingUnits.length - retired} 个{retired > 0 ? `，已停用 ${retired} 个` : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {counties.map((c) => (
          <FilingUnitTable key={c.id} county={c} />
        ))}
        <div className="mt-6 grid gap-8 md:grid-cols-2">
          {canAdministerAll(admin) ? (
            <ActionForm action={createCountyAction} submitLabel="新建县区" className="space-y-3">
              <h3 className="font-semibold">新建县区</h3>
              <TextField id="county-name" name="name" label="县区名称" />
              <TextField
                id="county-code"
                name="code"
                label="县区代码"
                hint="小写字母、数字和连字符，例如 jixian"
              />
              <TextField
                id="county-deadline"
                name="defaultDeadline"
                label="默认公开截止日期（次年 MM-DD）"
                defaultValue="01-31"
              />
            </ActionForm>
          ) : null}
          <ActionForm action={createFilingUnitAction} submitLabel="新建填报单位" className="space-y-3">
            <h3 className="font-semibold">新建填报单位</h3>
            <SelectField id="filing-unit-county" name="countyId" label="所属县区" options={countyOptions} />
            <FilingUnitKindFields />
          </ActionForm>
        </div>
      </section>

      <section aria-labelledby="users-heading" className={section}>
        <h2 id="users-heading" className="text-lg font-semibold">
          用户
        </h2>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">用户列表</caption>
          <ColumnHeadings labels={["用户名", "姓名", "角色", "范围", "状态", "操作"]} />
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  {u.username}
                </th>
                <td className="p-2">{u.name}</td>
                <td className="p-2">{ROLE_LABELS[roleSchema.parse(u.role)]}</td>
                <td className="p-2">
                  {u.filingUnit
                    ? `${u.filingUnit.name}${isRetired(u.filingUnit) ? "（单位已停用）" : ""}`
                    : (u.county?.name ?? "全部县区")}
                </td>
                <td className="p-2">{u.disabled ? "已停用" : u.mustChangePassword ? "待改密码" : "正常"}</td>
                <td className="space-y-2 p-2">
                  {u.id === admin.id ? (
                    <span className="text-sm text-slate-600">当前账号</span>
                  ) : (
                    <>
                      <ActionForm
                        action={toggleUserDisabledAction}
                        submitLabel={u.disabled ? `启用 ${u.username}` : `停用 ${u.username}`}
                        compact
                      >
                        <input type="hidden" name="userId" value={u.id} />
                      </ActionForm>
                      <ActionForm
                        action={resetPasswordAction}
                        submitLabel={`重置 ${u.username} 的密码`}
                        compact
                      >
                        <input type="hidden" name="userId" value={u.id} />
                      </ActionForm>
                      <details>
                        <summary className="cursor-pointer text-sm text-gov-700 underline">
                          更改 {u.username} 的姓名或用户名
                        </summary>
                        <ActionForm
                          action={renameUserAction}
                          submitLabel={`保存 ${u.username} 的新名称`}
                          className="mt-2 space-y-2"
                        >
                          <input type="hidden" name="userId" value={u.id} />
                          <TextField
                            id={`rename-user-name-${u.id}`}
                            name="name"
                            label="新称谓"
                            hint="姓名或称谓，将显示在今后的操作记录中"
                            defaultValue={u.name}
                          />
                          <TextField
                            id={`rename-user-username-${u.id}`}
                            name="username"
                            label="新登录名"
                            defaultValue={u.displayUsername ?? u.username ?? ""}
                          />
                        </ActionForm>
                      </details>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ActionForm action={createUserAction} submitLabel="创建用户" className="mt-6 space-y-3">
          <h3 className="font-semibold">创建用户</h3>
          <TextField id="user-username" name="username" label="用户名" autoComplete="off" />
          <TextField id="user-name" name="name" label="姓名" autoComplete="off" />
          <SelectField
            id="user-role"
            name="role"
            label="角色"
            options={(["clerk", "reviewer", "admin"] as const).map((r) => ({
              value: r,
              label: ROLE_LABELS[r],
            }))}
          />
          <SelectField
            id="user-filing-unit"
            name="filingUnitId"
            label="所属填报单位（填报人）"
            groups={filingUnitGroups}
            placeholder="—"
          />
          <SelectField
            id="user-county"
            name="countyId"
            label="所属县区（审核人、管理员）"
            options={countyOptions}
            placeholder="—"
          />
        </ActionForm>
        {clerkOptions.length > 0 ? (
          <ActionForm action={moveClerkAction} submitLabel="调整所属单位" className="mt-6 space-y-3">
            <h3 className="font-semibold">调整填报人所属单位</h3>
            <SelectField
              id="move-clerk"
              name="userId"
              label="填报人"
              options={clerkOptions}
              placeholder="请选择"
            />
            <SelectField
              id="move-clerk-unit"
              name="filingUnitId"
              label="调整到填报单位"
              groups={filingUnitGroups}
              placeholder="请选择"
            />
          </ActionForm>
        ) : null}
      </section>
    </>
  );
}
