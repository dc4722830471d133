import {
  reinstateFilingUnitAction,
  renameFilingUnitAction,
  retireFilingUnitAction,
} from "@/app/(staff)/admin/actions";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/text-field";
import { ColumnHeadings } from "@/components/ui/column-headings";
import { kindLabel } from "@/lib/places/filing-unit-kinds";
import { groupByKind } from "@/lib/places/filing-unit-groups";
import { stateLabel } from "@/lib/places/filing-unit-state";

interface Unit {
  id: string;
  kind: string;
  code: string;
  name: string;
  organName: string;
  retiredAt: Date | null;
  version: number;
}

function UnitVersion({ unit }: { unit: Unit }) {
  return (
    <>
      <input type="hidden" name="filingUnitId" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
    </>
  );
}

/** Rename (name and organ name; the code stays) and retire or reinstate one unit. */
function UnitActions({ unit }: { unit: Unit }) {
  return (
    <div className="space-y-2">
      <details>
        <summary className="cursor-pointer text-sm text-gov-700 underline">改名 {unit.name}</summary>
        <ActionForm
          action={renameFilingUnitAction}
          submitLabel={`保存 ${unit.name} 的新名称`}
          className="space-y-2"
        >
          <UnitVersion unit={unit} />
          <TextField
            id={`rename-name-${unit.id}`}
            name="name"
            label={`${unit.name} 的新名称`}
            defaultValue={unit.name}
          />
          <TextField
            id={`rename-organ-${unit.id}`}
            name="organName"
            label={`${unit.name} 的新机关全称`}
            defaultValue={unit.organName}
            hint="单位代码不变；已公开的报告仍署原机关名称"
          />
        </ActionForm>
      </details>
      {unit.retiredAt ? (
        <ActionForm action={reinstateFilingUnitAction} submitLabel={`恢复 ${unit.name}`} compact>
          <UnitVersion unit={unit} />
        </ActionForm>
      ) : (
        <ActionForm action={retireFilingUnitAction} submitLabel={`停用 ${unit.name}`} compact>
          <UnitVersion unit={unit} />
        </ActionForm>
      )}
    </div>
  );
}

/** One county's filing units, grouped by kind, with their state and the admin's controls. */
export function FilingUnitTable({ county }: { county: { id: string; name: string; filingUnits: Unit[] } }) {
  const groups = groupByKind(county.filingUnits);
  if (groups.length === 0) return <p className="mt-2 text-slate-600">{county.name}还没有填报单位。</p>;
  return groups.map(({ kind, units }) => (
    <table
      key={kind}
      className="mt-3 w-full border-collapse text-left"
      data-testid={`units-${county.id}-${kind}`}
    >
      <caption className="p-2 text-left font-semibold">
        {county.name} · {kindLabel(kind)}（{units.length}）
      </caption>
      <ColumnHeadings labels={["单位", "代码", "机关全称", "状态", "操作"]} />
      <tbody>
        {units.map((u) => (
          <tr key={u.id} className="border-b border-slate-200 align-top" data-unit={u.code}>
            <th scope="row" className="p-2 font-normal">
              {u.name}
            </th>
            <td className="p-2">{u.code}</td>
            <td className="p-2">{u.organName}</td>
            <td className={`p-2 ${u.retiredAt ? "text-slate-600" : ""}`}>{stateLabel(u)}</td>
            <td className="p-2">
              <UnitActions unit={u} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ));
}
