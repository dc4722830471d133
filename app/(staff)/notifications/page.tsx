import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { listNotifications } from "@/lib/notifications/notify";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const items = await listNotifications(db, user.id);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeading title="通知">
        <p className="mt-1 text-slate-700">未读 {unread} 条</p>
      </PageHeading>
      {unread > 0 ? (
        <form action={markAllReadAction} className="mb-4">
          <button type="submit" className="rounded border border-gov-600 px-3 py-1 text-gov-700 hover:bg-gov-50">全部标为已读</button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>暂无通知。</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {items.map((n) => (
            <li key={n.id} className={`p-3 ${n.readAt ? "" : "border-l-4 border-gov-600"}`}>
              <Link href={n.link} className="text-gov-700 underline">{n.message}</Link>
              <p className="text-xs text-slate-600">
                {n.createdAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" })}
                {n.readAt ? "" : " · 未读"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
