import { z } from "@/lib/validation/zod";

const MAX_COMMENT_LENGTH = 2000;

/** A comment's anchor: a cell id, a section id, or empty for the report as a whole. */
const commentTargetSchema = z
  .string()
  .regex(/^(s[1-6]|T[234]\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)?)$/, "批注位置无效")
  .nullable();

export const addCommentSchema = z.object({
  reportId: z.string().min(1).max(64),
  // Absent from the form (a comment on the whole report, a new thread): null.
  target: commentTargetSchema.default(null),
  parentId: z.string().min(1).max(64).nullable().default(null),
  body: z
    .string()
    .trim()
    .min(1, "请填写批注内容")
    .max(MAX_COMMENT_LENGTH, `批注不能超过 ${MAX_COMMENT_LENGTH} 字`),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const commentIdSchema = z.object({
  commentId: z.string({ error: "批注不存在" }).min(1, "批注不存在").max(64, "批注不存在"),
});
