"use server";
import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { markAllRead } from "@/lib/notifications/notify";

export async function markAllReadAction(): Promise<void> {
  const user = await actionUser();
  await markAllRead(db, user.id, new Date());
  revalidatePath("/", "layout");
}
