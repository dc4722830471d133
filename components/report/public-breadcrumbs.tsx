import Link from "next/link";

/** Where a public page sits: 首页 › 公开报告 › 县 › … (the last item is the page itself, not a link). */
export function PublicBreadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="位置" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700">
        <li>
          <Link prefetch={false} href="/" className="text-gov-600 underline">
            首页
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.href} className="before:mx-1 before:content-['›']">
            <Link prefetch={false} href={item.href} className="text-gov-600 underline">
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
