"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePassword } from "@/app/actions/change-password";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/text-field";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/credential-schemas";

export function ChangePasswordForm() {
  const router = useRouter();
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await changePassword(values);
    if (!result.ok) {
      setServerError({ field: Object.keys(result.fieldErrors ?? {})[0], message: result.message });
      return;
    }
    router.replace("/home?passwordChanged=1");
    // The header and every server component must see the new session.
    router.refresh();
  });

  const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;
  const summary = [
    ...(serverError
      ? [{ fieldId: serverError.field ?? "currentPassword", message: serverError.message }]
      : []),
    ...fields.flatMap((f) => (errors[f]?.message ? [{ fieldId: f, message: errors[f]!.message! }] : [])),
  ];
  const errorOf = (f: (typeof fields)[number]) =>
    errors[f]?.message ?? (serverError?.field === f ? serverError.message : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary items={summary} />
      <TextField
        id="currentPassword"
        label="当前密码"
        type="password"
        autoComplete="current-password"
        error={errorOf("currentPassword")}
        {...register("currentPassword")}
      />
      <TextField
        id="newPassword"
        label="新密码"
        hint="至少 8 位，须同时包含字母和数字"
        type="password"
        autoComplete="new-password"
        error={errorOf("newPassword")}
        {...register("newPassword")}
      />
      <TextField
        id="confirmPassword"
        label="确认新密码"
        type="password"
        autoComplete="new-password"
        error={errorOf("confirmPassword")}
        {...register("confirmPassword")}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700 disabled:opacity-60"
      >
        {isSubmitting ? "正在保存…" : "修改密码"}
      </button>
    </form>
  );
}
