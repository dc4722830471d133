import type { ReactNode } from "react";

export function PageHeading({ caption, title, children }: { caption?: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      {caption ? <p className="text-slate-600">{caption}</p> : null}
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}
