import { getCurrentUser } from "@/lib/authz/current-user";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/notify";
import { SiteHeader } from "./site-header";

/** The header of the work pages: who is signed in and their unread notifications. Reads the session. */
export async function StaffHeader() {
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(db, user.id) : 0;
  return <SiteHeader session={{ user, unread }} />;
}
