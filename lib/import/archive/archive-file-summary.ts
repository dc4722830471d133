import type { FormatId } from "@/lib/format/types";

/** One file of an archive once read: what the progress view shows. Plain data, it crosses the server-action boundary. */
export type ArchiveFileSummary =
  | {
      ok: true;
      formatId: FormatId;
      organ: string | null;
      year: number;
      publishedOn: string | null;
      /** Findings of the checks (without last year's report, as `cli check`). */
      findings: number;
      errors: number;
      /** What could not be read (import issues), in Chinese. */
      issues: string[];
    }
  | { ok: false; message: string };
