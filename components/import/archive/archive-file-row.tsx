import type { ArchiveFileSummary } from "@/lib/import/archive/archive-file-summary";
import type { ArchiveTarget, PlanLine } from "@/lib/import/archive/plan-archive";
import { kindLabel } from "@/lib/places/filing-unit-kinds";
import { groupByKind } from "@/lib/places/filing-unit-groups";
import type { ArchiveSave } from "@/lib/import/archive/save-archive-file";

function outcome(line: PlanLine, save: ArchiveSave | undefined): { text: string; tone: string } {
  if (save?.status === "saved") return { text: "已保存", tone: "text-green-800" };
  if (save?.status === "skipped") return { text: save.message, tone: "text-slate-700" };
  if (save?.status === "failed") return { text: `保存失败：${save.message}`, tone: "text-seal-700" };
  if (line.status === "ready")
    return {
      text: line.confirmed ? "待保存" : line.note ? `${line.note}，请核对后勾选确认` : "未确认，不保存",
      tone: "text-slate-700",
    };
  const tone = line.status === "pending" || line.status === "exists" ? "text-slate-700" : "text-seal-700";
  return { text: line.note, tone };
}

function ReadCells({ summary }: { summary: ArchiveFileSummary | null }) {
  if (!summary?.ok) return <td colSpan={5} className="p-2 text-slate-600" />;
  return (
    <>
      <td className="p-2">{summary.formatId}</td>
      <td className="p-2">{summary.organ ?? "（未读出）"}</td>
      <td className="p-2">{summary.year}</td>
      <td className="p-2">
        {summary.findings}项{summary.errors > 0 ? `（错误${summary.errors}）` : ""}
      </td>
      <td className="p-2">
        {summary.issues.length === 0 ? (
          "无"
        ) : (
          <details>
            <summary className="cursor-pointer">{summary.issues.length}处</summary>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {summary.issues.map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </>
  );
}

/** One file's line of the progress view: what was read, its filing unit, its confirmation and what became of it. */
export function ArchiveFileRow(props: {
  line: PlanLine;
  summary: ArchiveFileSummary | null;
  save: ArchiveSave | undefined;
  filingUnits: readonly ArchiveTarget[];
  busy: boolean;
  onFilingUnit: (filingUnitId: string | null) => void;
  onConfirm: (confirmed: boolean) => void;
}) {
  const { line, save } = props;
  const assignable = line.year !== null && !save && !props.busy;
  const result = outcome(line, save);
  return (
    <tr className="border-b border-slate-200 align-top" data-file={line.name}>
      <th scope="row" className="p-2 font-normal break-all">
        {line.name}
      </th>
      <ReadCells summary={props.summary} />
      <td className="p-2">
        <select
          aria-label={`${line.name} 的单位`}
          value={line.filingUnitId ?? ""}
          disabled={!assignable}
          onChange={(e) => props.onFilingUnit(e.target.value === "" ? null : e.target.value)}
          className="rounded border border-slate-500 px-2 py-1"
        >
          <option value="">请选择</option>
          {groupByKind(props.filingUnits.filter((t) => !t.retired)).map(({ kind, units }) => (
            <optgroup key={kind} label={kindLabel(kind)}>
              {units.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </td>
      <td className="p-2 text-center">
        <input
          type="checkbox"
          aria-label={`确认导入 ${line.name}`}
          checked={line.confirmed}
          disabled={!assignable || line.status !== "ready"}
          onChange={(e) => props.onConfirm(e.target.checked)}
        />
      </td>
      <td className={`p-2 ${result.tone}`}>{result.text}</td>
    </tr>
  );
}
