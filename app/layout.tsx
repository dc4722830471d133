import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, SYSTEM_NAME } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/authz/current-user";
import { db } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/notify";

export const metadata: Metadata = {
  title: { default: SYSTEM_NAME, template: `%s · ${SYSTEM_NAME}` },
  description: "乡镇政府信息公开工作年度报告的填报、审核与公开",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(db, user.id) : 0;
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader user={user} unread={unread} />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
