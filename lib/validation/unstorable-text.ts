/**
 * Text neither database stores alike: PostgreSQL refuses NUL in text and in
 * JSON, and lone UTF-16 surrogates cannot be encoded as UTF-8 at all. Found
 * anywhere in an action's input (values and keys, at any depth), the input is
 * refused with the path of the first offending field.
 */

/** Deeper than any form or report document; guards against stack-exhausting input. */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputProblem = { path: string; message: string };

export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "含有空字符（\\u0000），无法保存，请删除后重试";
  if (LONE_SURROGATE.test(text)) return "含有无效的字符编码（不成对的代理字符），无法保存，请删除后重试";
  return null;
}

/** The first unstorable text or over-deep nesting in `value`, or null when all of it can be stored. */
export function findInputProblem(value: unknown, path: string[] = []): InputProblem | null {
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? { path: path.join("."), message } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (path.length >= MAX_INPUT_DEPTH)
    return { path: path.join("."), message: `输入的嵌套层级超过 ${MAX_INPUT_DEPTH} 层，无法处理` };
  if (typeof Blob !== "undefined" && value instanceof Blob) return null;
  for (const [key, child] of Object.entries(value)) {
    const keyMessage = textProblem(key);
    if (keyMessage) return { path: [...path, key].join("."), message: keyMessage };
    const found = findInputProblem(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
