import type { ActionResult } from "@/lib/actions/action-result";
import type { BulkOutcome } from "./bulk-publish";

/** What the bulk confirmation form shows: nothing yet (null), a refusal of the whole request, or one line per report. */
export type BulkState = ActionResult<{ countyCode: string; outcomes: BulkOutcome[] }> | null;
