import type { Finding } from "@/lib/checks/types";
import { countBySeverity, findingKey } from "@/lib/reports/finding-key";

export interface PublicationPreview {
  title: string;
  /** The revision the public will see: 1 for a first publication, more for a correction. */
  revision: number;
  errors: number;
  warnings: number;
  notices: number;
  /** Warnings the clerk did not explain on submission, as "id message". */
  unexplained: string[];
}

/** What a publication will put before the public, for the reviewer to confirm. */
export function publicationPreview(args: {
  title: string;
  publishedRevisions: number;
  findings: readonly Finding[];
  explanations: Record<string, string>;
}): PublicationPreview {
  return {
    title: args.title,
    revision: args.publishedRevisions + 1,
    ...countBySeverity(args.findings),
    unexplained: args.findings
      .filter((f) => f.severity === "warning" && !args.explanations[findingKey(f)]?.trim())
      .map((f) => `${f.id} ${f.message}`),
  };
}
