import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: a one-time password is read off a screen and typed by hand.
const LETTERS = "abcdefghjkmnpqrstuvwxyz";
const DIGITS = "23456789";

/** A 12-character one-time password with letters and digits. */
export function generateOneTimePassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = Array.from({ length: 10 }, () => pick(LETTERS + DIGITS));
  chars.push(pick(LETTERS), pick(DIGITS));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
