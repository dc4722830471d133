/**
 * Sign-in throttling per account and per client address, counted in the
 * database so that every app server sees the same counts.
 *
 * - Per account: a few attempts per long window, whatever address they come
 *   from, so nobody can try one account's password thousands of times.
 * - Per client address: more attempts per short window, so one address
 *   cannot try many accounts; but an office behind one NAT shares an address,
 *   so a successful sign-in gives its attempt back: only failures use it up.
 *
 * An attempt is taken before the password is checked (an atomic conditional
 * increment), so parallel requests cannot all slip past the limit.
 */
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";

interface ThrottleRule {
  max: number;
  windowSeconds: number;
}

export interface LoginThrottleRules {
  account: ThrottleRule;
  address: ThrottleRule;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SignInAttempt {
  username: string;
  /** null when no address is known: only the account is counted then. */
  address: string | null;
}

export function accountKey(username: string): string {
  return `account:${username.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}

/** Takes one attempt from `key`'s allowance, or refuses when it is used up. */
export async function takeAttempt(
  db: Db,
  key: string,
  rule: ThrottleRule,
  now = new Date(),
): Promise<ThrottleDecision> {
  const resetAt = new Date(now.getTime() + rule.windowSeconds * 1000);
  for (let round = 0; round < 3; round++) {
    const counted = await db.loginThrottle.updateMany({
      where: { key, resetAt: { gt: now }, count: { lt: rule.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { allowed: true };
    const restarted = await db.loginThrottle.updateMany({
      where: { key, resetAt: { lte: now } },
      data: { count: 1, resetAt },
    });
    if (restarted.count === 1) return { allowed: true };
    const row = await db.loginThrottle.findUnique({ where: { key } });
    if (row) {
      // Counted by someone else between the two updates: decide again.
      if (row.resetAt <= now || row.count < rule.max) continue;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)),
      };
    }
    try {
      await db.loginThrottle.create({ data: { key, count: 1, resetAt } });
      await db.loginThrottle.deleteMany({ where: { resetAt: { lt: now } } });
      return { allowed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`login throttle: could not count an attempt for ${key}`);
}

/** Returns an attempt that turned out not to be a failure. */
async function giveBackAttempt(db: Db, key: string): Promise<void> {
  await db.loginThrottle.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Admits a sign-in attempt when neither its account nor its address has used
 * up its allowance. A refusal by the address does not cost the account.
 */
export async function admitSignIn(
  db: Db,
  attempt: SignInAttempt,
  rules: LoginThrottleRules,
  now = new Date(),
): Promise<ThrottleDecision> {
  const account = await takeAttempt(db, accountKey(attempt.username), rules.account, now);
  if (!account.allowed || attempt.address === null) return account;
  const address = await takeAttempt(db, addressKey(attempt.address), rules.address, now);
  if (!address.allowed) await giveBackAttempt(db, accountKey(attempt.username));
  return address;
}

/**
 * After the password check: a success clears the account's count (earlier
 * failures were its owner's typing) and gives the address its attempt back;
 * a failure keeps both.
 */
export async function settleSignIn(db: Db, attempt: SignInAttempt, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await db.loginThrottle.deleteMany({ where: { key: accountKey(attempt.username) } });
  if (attempt.address !== null) await giveBackAttempt(db, addressKey(attempt.address));
}
