import type { BulkOutcome } from "./bulk-publish";

/** What the bulk confirmation form shows after its server action ran. */
export interface BulkState {
  done: boolean;
  /** A refusal of the whole request (signed out, out of scope). */
  error: string | null;
  outcomes: BulkOutcome[];
}

export const BULK_IDLE: BulkState = { done: false, error: null, outcomes: [] };
