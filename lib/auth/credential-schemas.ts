import { z } from "@/lib/validation/zod";

export const signInSchema = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string().min(1, "请输入密码").max(128, "密码过长"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const newPasswordSchema = z
  .string()
  .min(8, "新密码至少 8 位")
  .max(128, "新密码不能超过 128 位")
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), "新密码须同时包含字母和数字");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的新密码不一致",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "新密码不能与当前密码相同",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
