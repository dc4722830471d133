import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SYSTEM_NAME } from "@/components/layout/site-header";

export const metadata: Metadata = {
  title: { default: SYSTEM_NAME, template: `%s · ${SYSTEM_NAME}` },
  description: "县区各单位政府信息公开工作年度报告的填报、审核与公开",
};

/**
 * The document shell only. Headers live in the route groups' layouts: the
 * work pages, (staff), read the session; the public pages, (public), do not,
 * so that published reports can be cached as HTML for everyone.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col font-sans">
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
