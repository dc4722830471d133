import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="rounded border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-seal-700">无权访问此页面</h1>
      <p className="mt-2 text-slate-700">此页面不属于您的填报或审核范围。如需访问，请联系县级管理员。</p>
      <p className="mt-4">
        <Link href="/" className="text-gov-600 underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
