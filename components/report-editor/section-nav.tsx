"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { getFormat } from "@/lib/format";
import type { FormatId } from "@/lib/format/types";
import { SectionStatusTag } from "./section-status-tag";
import { useSectionProgress } from "./use-section-progress";

export function SectionNav({ format, basePath }: { format: FormatId; basePath: string }) {
  const pathname = usePathname();
  const progress = useSectionProgress();
  const items = [
    { href: basePath, label: "填报概览", status: null },
    ...getFormat(format).sections.map((s) => ({ href: `${basePath}/${s.id}`, label: s.heading, status: progress[s.id]?.status ?? null })),
    { href: `${basePath}/check`, label: "检查并提交", status: null },
  ];
  return (
    <nav aria-label="报告各部分" className="no-print">
      <ol className="space-y-1">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex items-start justify-between gap-2 rounded px-2 py-1.5 text-sm ${
                  current ? "bg-gov-600 text-white" : "text-gov-700 hover:bg-gov-50"
                }`}
              >
                <span>{item.label}</span>
                {item.status ? <SectionStatusTag status={item.status} /> : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
