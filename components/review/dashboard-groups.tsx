import Link from "next/link";
import { KIND_GROUP, KIND_GROUPS } from "@/lib/places/filing-unit-kinds";
import type { DashboardModel } from "@/lib/review/build-dashboard";
import { dashboardSearch } from "@/lib/review/dashboard-query";
import type { KindScope } from "@/lib/review/kind-scope";

const TABS: { group: KindScope; key: "all" | NonNullable<KindScope>; label: string }[] = [
  { group: null, key: "all", label: "全部" },
  ...KIND_GROUPS.map((group) => ({ group, key: group, label: KIND_GROUP[group].label })),
];

/**
 * 全部 · 乡镇（街道）· 部门 · 本级 as links that keep the other filters: the
 * group is part of the URL like every filter, so this works without script.
 * Each shows how many units the group has and how many of them are published.
 */
export function DashboardGroups({ model, basePath }: { model: DashboardModel; basePath: string }) {
  return (
    <nav aria-label="单位类别">
      <ul className="flex flex-wrap gap-2">
        {TABS.map(({ group, key, label }) => {
          const current = model.query.group === group;
          const tally = model.groups[key];
          return (
            <li key={key}>
              <Link
                href={`${basePath}${dashboardSearch(model.query, { group })}`}
                aria-current={current ? "true" : undefined}
                data-testid={`group-${key}`}
                className={`inline-flex min-h-9 items-baseline gap-1.5 rounded border px-3 py-1.5 ${
                  current
                    ? "border-gov-600 bg-gov-600 text-white"
                    : "border-slate-300 bg-white text-gov-700 hover:bg-gov-50"
                }`}
              >
                <span className="font-medium">{label}</span>
                <span data-testid={`group-count-${key}`}>{tally.total}</span>
                <span className={`text-sm ${current ? "text-white" : "text-slate-700"}`}>
                  · 已公开 {tally.published}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
