import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/auth/credential-schemas";
import { generateOneTimePassword } from "./one-time-password";

describe("one-time passwords", () => {
  it("are 12 unambiguous characters with letters and digits, valid as passwords", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateOneTimePassword();
      expect(p).toMatch(/^[a-hj-km-np-z2-9]{12}$/);
      expect(newPasswordSchema.safeParse(p).success).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
