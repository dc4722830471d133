import type { ReactNode } from "react";
import { MainContent } from "@/components/layout/main-content";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/authz/current-user";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/notify";

/**
 * Work pages (filling, review, administration, sign-in): rendered per request
 * for the signed-in user, whose header shows who is signed in and their unread notices.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(db, user.id) : 0;
  return (
    <>
      <SiteHeader session={{ user, unread }} />
      <MainContent>{children}</MainContent>
    </>
  );
}
