import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireUser } from "@/lib/authz/guards";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  return (
    <div className="mx-auto max-w-md rounded border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">修改密码</h1>
      {user.mustChangePassword ? (
        <p className="mb-4 border-l-4 border-gov-600 bg-gov-50 p-3">
          您正在使用管理员发放的一次性密码，请先设置自己的新密码后再继续使用系统。
        </p>
      ) : null}
      <ChangePasswordForm />
    </div>
  );
}
