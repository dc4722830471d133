import type { ArchiveResultLine } from "./import-archive";

function readPart(line: ArchiveResultLine): string {
  const { summary } = line;
  if (!summary.ok) return summary.message;
  const parts = [
    summary.formatId,
    summary.organ ?? "机关不详",
    `${summary.year}年`,
    `发现${summary.findings}项（错误${summary.errors}项）`,
  ];
  if (summary.issues.length > 0) parts.push(`读不出${summary.issues.length}处`);
  return parts.join(" · ");
}

function outcome(line: ArchiveResultLine, filingUnitName: string | null, dryRun: boolean): string {
  if (line.save?.status === "saved") return `已保存到${filingUnitName ?? ""}`;
  if (line.save) return line.save.message;
  if (line.status === "ready" && line.confirmed) return dryRun ? `将保存到${filingUnitName ?? ""}` : "";
  if (line.status === "ready") return line.note ? `${line.note}，未确认，未保存` : "未确认，未保存";
  // The command line cannot ask: the file is left for the web page or `import --filing unit`.
  if (line.status === "choose") return `${line.note.replace(/，请选择$/, "")}，未导入`;
  return line.note;
}

/** One line of `cli import-dir` output: the file, what was read, and what became of it. */
export function describeArchiveLine(
  line: ArchiveResultLine,
  position: string,
  filingUnitName: string | null,
  dryRun: boolean,
): string {
  return `${position} ${line.name}：${readPart(line)} → ${outcome(line, filingUnitName, dryRun)}`;
}

/** The closing summary line of `cli import-dir`. */
export function summariseArchive(lines: readonly ArchiveResultLine[], dryRun: boolean): string {
  const count = (test: (line: ArchiveResultLine) => boolean) => lines.filter(test).length;
  const saved = dryRun
    ? `将保存${count((l) => l.status === "ready" && l.confirmed)}`
    : `已保存${count((l) => l.save?.status === "saved")}`;
  return [
    `共${lines.length}个文件：${saved}`,
    `已有报告跳过${count((l) => l.status === "exists" || l.status === "duplicate" || l.save?.status === "skipped")}`,
    `无法读取${count((l) => !l.summary.ok)}`,
    `未匹配单位${count((l) => l.status === "choose")}`,
    `保存失败${count((l) => l.save?.status === "failed")}`,
  ].join("，");
}
