import { currentFormat } from "@/lib/format";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-7xl px-4 py-6 text-sm text-slate-600">
        <p>依据《中华人民共和国政府信息公开条例》第四十九条、第五十条编制和公布政府信息公开工作年度报告。</p>
        <p className="mt-1">年度报告格式：{currentFormat().issuedBy}。</p>
      </div>
    </footer>
  );
}
