import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="rounded border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">页面不存在</h1>
      <p className="mt-2 text-slate-700">您访问的页面不存在或尚未公开。</p>
      <p className="mt-4">
        <Link prefetch={false} href="/" className="text-gov-600 underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
