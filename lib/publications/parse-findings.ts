import { z } from "@/lib/validation/zod";
import type { Finding } from "@/lib/checks/types";

const findingSchema = z.object({
  id: z.string(),
  severity: z.enum(["error", "warning", "notice"]),
  cells: z.array(z.string()).catch([]),
  reported: z.union([z.number(), z.string(), z.null()]).optional().catch(undefined),
  computed: z.union([z.number(), z.string(), z.null()]).optional().catch(undefined),
  message: z.string(),
});

/**
 * Publication.findings as stored at publication. Imports may carry older or
 * partial shapes: an entry that is not a finding is dropped rather than
 * failing the public page, and the rest are kept in their stored order.
 */
export function parseFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = findingSchema.safeParse(entry);
    if (!parsed.success) return [];
    const { reported, computed, ...rest } = parsed.data;
    return [{ ...rest, ...(reported !== undefined ? { reported } : {}), ...(computed !== undefined ? { computed } : {}) }];
  });
}
