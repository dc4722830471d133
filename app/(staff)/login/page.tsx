import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/authz/current-user";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/home");
  return (
    <div className="mx-auto max-w-md rounded border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">登录</h1>
      <SignInForm />
      <p className="mt-6 text-sm text-slate-600">
        账号由县级管理员创建。忘记密码请联系管理员重置。
      </p>
    </div>
  );
}
