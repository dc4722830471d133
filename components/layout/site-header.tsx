import Link from "next/link";
import { signOut } from "@/app/actions/sign-out";
import type { CurrentUser } from "@/lib/authz/current-user";
import { ROLE_LABELS } from "@/lib/authz/roles";

export const SYSTEM_NAME = "政府信息公开工作年度报告填报审核系统";

/**
 * Who is signed in, or "not-read" on pages cached for everyone (the public
 * report pages), which must not depend on the request's cookies.
 */
export type HeaderSession = { user: CurrentUser | null; unread: number } | "not-read";

function navFor(user: CurrentUser | null): { href: string; label: string }[] {
  const items = [{ href: "/", label: "公开报告" }];
  if (!user) return items;
  if (user.role === "clerk") items.push({ href: "/fill", label: "填报" });
  if (user.role === "reviewer" || user.role === "admin") items.push({ href: "/review", label: "审核" });
  if (user.role === "admin") items.push({ href: "/admin", label: "管理" });
  return items;
}

function scopeOf(user: CurrentUser): string {
  if (user.filingUnit && user.county) return `${user.county.name} · ${user.filingUnit.name}`;
  if (user.county) return user.county.name;
  return "全部县区";
}

export function SiteHeader({ session }: { session: HeaderSession }) {
  const user = session === "not-read" ? null : session.user;
  const unread = session === "not-read" ? 0 : session.unread;
  return (
    <header className="no-print bg-gov-700 text-white">
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* No prefetch in the header: every target is rendered per request, and a prefetch
            on each page view would cost the server a render and the reader's CPU a parse. */}
        <Link
          prefetch={false}
          href="/"
          className="text-lg font-semibold tracking-wide text-white no-underline"
        >
          {SYSTEM_NAME}
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span data-testid="user-scope">{scopeOf(user)}</span>
            <span aria-label="当前用户">
              {user.name}（{ROLE_LABELS[user.role]}）
            </span>
            <Link
              prefetch={false}
              href="/notifications"
              className="text-white underline underline-offset-2"
              data-testid="notifications-link"
            >
              通知
              {unread > 0 ? (
                <span className="ml-1 rounded-full bg-amber-400 px-2 text-xs font-semibold text-slate-900">
                  {unread}
                </span>
              ) : null}
              {unread > 0 ? <span className="sr-only">（{unread}条未读）</span> : null}
            </Link>
            <Link
              prefetch={false}
              href="/account/password"
              className="text-white underline underline-offset-2"
            >
              修改密码
            </Link>
            <form action={signOut}>
              <button
                type="submit"
                className="rounded border border-white/70 px-2 py-1 text-white hover:bg-white/10"
              >
                退出登录
              </button>
            </form>
          </div>
        ) : session === "not-read" ? (
          // /home sends signed-in staff to their work and everyone else to the login page.
          <Link prefetch={false} href="/home" className="text-sm text-white underline underline-offset-2">
            工作人员入口
          </Link>
        ) : (
          <Link prefetch={false} href="/login" className="text-sm text-white underline underline-offset-2">
            登录
          </Link>
        )}
      </div>
      <nav aria-label="主导航" className="bg-gov-600">
        <ul className="mx-auto flex max-w-7xl gap-1 px-4">
          {navFor(user).map((item) => (
            <li key={item.href}>
              <Link
                prefetch={false}
                href={item.href}
                className="block px-3 py-2 text-sm text-white hover:bg-white/15 focus:bg-white/15"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
