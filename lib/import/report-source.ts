import type { DateCandidate } from "./publication-date";

/** A report's source once decoded: plain text, or HTML (.docx and .pdf are read into HTML). */
export interface ReportSource {
  kind: "text" | "html";
  content: string;
  /** File name (or a label for pasted text), kept as the publication's source note. */
  name: string;
  /** Dates the file's own metadata gives (a PDF's CreationDate/ModDate): candidates for the publication date. */
  dateCandidates?: DateCandidate[];
  /** Text a PDF prints at one place on every page (a watermark such as 草稿), not read as content. */
  marks?: string[];
}

export type SourceRead = { ok: true; source: ReportSource } | { ok: false; message: string };
