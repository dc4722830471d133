"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/text-field";
import { authClient } from "@/lib/auth/auth-client";
import { signInSchema, type SignInInput } from "@/lib/auth/credential-schemas";

function messageFor(status: number): string {
  if (status === 429) return "登录尝试过于频繁，请稍后再试";
  if (status === 401 || status === 400 || status === 403) return "用户名或密码错误";
  return "登录失败，请稍后重试";
}

export function SignInForm() {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const { error } = await authClient.signIn.username(values);
    if (error) {
      setServerError(messageFor(error.status));
      return;
    }
    router.replace("/home");
    // The header and every server component must see the new session.
    router.refresh();
  });

  const summary = [
    ...(serverError ? [{ fieldId: "username", message: serverError }] : []),
    ...(errors.username?.message ? [{ fieldId: "username", message: errors.username.message }] : []),
    ...(errors.password?.message ? [{ fieldId: "password", message: errors.password.message }] : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary title="无法登录" items={summary} />
      <TextField
        id="username"
        label="用户名"
        autoComplete="username"
        error={errors.username?.message}
        {...register("username")}
      />
      <TextField
        id="password"
        label="密码"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700 disabled:opacity-60"
      >
        {isSubmitting ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
