"use client";
import { useState } from "react";
import { TextField } from "@/components/form/text-field";
import {
  FILING_UNIT_KIND,
  FILING_UNIT_KINDS,
  isFilingUnitKind,
  type FilingUnitKind,
} from "@/lib/places/filing-unit-kinds";

/** The new unit's kind, name and organ name; the organ name's example follows the kind chosen. */
export function FilingUnitKindFields() {
  const [kind, setKind] = useState<FilingUnitKind>("township");
  return (
    <>
      <div>
        <label htmlFor="filing-unit-kind" className="block font-medium">
          单位类别
        </label>
        <select
          id="filing-unit-kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(isFilingUnitKind(e.target.value) ? e.target.value : "township")}
          className="mt-1 block w-full max-w-sm rounded border border-slate-500 px-3 py-2"
        >
          {FILING_UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {FILING_UNIT_KIND[k].label}
            </option>
          ))}
        </select>
      </div>
      <TextField id="filing-unit-name" name="name" label="单位名称" />
      <TextField
        id="filing-unit-code"
        name="code"
        label="单位代码"
        hint="小写字母、数字和连字符，例如 tunli、fgj"
      />
      <TextField
        id="filing-unit-organ"
        name="organName"
        label="机关全称"
        hint={`例如 ${FILING_UNIT_KIND[kind].organExample}`}
      />
    </>
  );
}
