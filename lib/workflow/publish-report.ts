import type { Db } from "@/lib/db/client";
import { publishInTx } from "./publish-in-tx";
import type { TransitionActor } from "./require-reason";

/** approved → published: a new immutable publication revision. */
export async function publishReport(db: Db, args: TransitionActor) {
  return db.$transaction((tx) => publishInTx(tx, args));
}
