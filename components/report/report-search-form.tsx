import { groupByKind, RETIRED_LABEL } from "@/lib/publications/kind-groups";
import { UNIT_PARAM } from "@/lib/urls/public-paths";
import type { PublicPlaceUnit } from "@/lib/publications/public-report-types";

/** Counties with their filing units, for the filter choices. */
export interface PlaceOptions {
  code: string;
  name: string;
  filingUnits: PublicPlaceUnit[];
}

export interface SearchValues {
  q?: string;
  county?: string;
  filingUnit?: string;
  year?: number;
}

const FIELD = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";

/**
 * The search and filter form: a plain GET form, so it works without
 * JavaScript and every result page has a bookmarkable URL.
 */
export function ReportSearchForm({
  places,
  years,
  values,
}: {
  places: readonly PlaceOptions[];
  years: readonly number[];
  values: SearchValues;
}) {
  return (
    <form
      action="/reports"
      method="get"
      role="search"
      aria-label="检索年度报告"
      className="mb-6 grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-5"
    >
      <label className="md:col-span-2">
        关键词
        <input
          type="search"
          name="q"
          defaultValue={values.q ?? ""}
          placeholder="机关名称或报告正文中的词"
          className={FIELD}
        />
      </label>
      <label>
        县区
        <select name="county" defaultValue={values.county ?? ""} className={FIELD}>
          <option value="">全部县区</option>
          {places.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        填报单位
        <select name={UNIT_PARAM} defaultValue={values.filingUnit ?? ""} className={FIELD}>
          <option value="">全部单位</option>
          {/* Options cannot nest: one group per county and kind (吉县 · 乡镇（街道）). */}
          {places.flatMap((c) =>
            groupByKind(c.filingUnits, (u) => u).map((section) => (
              <optgroup key={`${c.code}/${section.group}`} label={`${c.name} · ${section.label}`}>
                {section.items.map((u) => (
                  <option key={`${c.code}/${u.code}`} value={u.code}>
                    {u.retired ? `${u.name}（${RETIRED_LABEL}）` : u.name}
                  </option>
                ))}
              </optgroup>
            )),
          )}
        </select>
      </label>
      <label>
        年度
        <select name="year" defaultValue={values.year ? String(values.year) : ""} className={FIELD}>
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </label>
      <div className="md:col-span-5">
        <button
          type="submit"
          className="rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700"
        >
          检索
        </button>
      </div>
    </form>
  );
}
