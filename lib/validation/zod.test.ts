import { describe, expect, it } from "vitest";
import { z } from "./zod";

describe("zod through lib/validation/zod", () => {
  it("speaks Chinese for its own messages", () => {
    const wrongType = z.object({ name: z.string() }).safeParse(null);
    expect(wrongType.error?.issues[0]?.message).toMatch(/^无效输入/);
    const tooBig = z.string().max(2).safeParse("abcd");
    expect(tooBig.error?.issues[0]?.message).toMatch(/^数值过大/);
    expect(tooBig.error?.issues[0]?.message).not.toMatch(/Too big|Invalid input/);
  });

  it("keeps the messages a schema sets itself", () => {
    expect(z.string().min(1, "请填写").safeParse("").error?.issues[0]?.message).toBe("请填写");
  });
});
