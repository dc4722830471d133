/**
 * Every registered action, sent what an attacker or a broken client would
 * send: a malformed body, oversized fields, unstorable text, ids that name
 * nothing, a caller out of scope. Each gets a coded refusal with a Chinese
 * message (never a thrown error, i.e. a bare 500), on SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { APP_ERROR_CODES } from "@/lib/actions/app-error";
import { executeAction } from "@/lib/actions/define-action";
import { ACTION_REGISTRY } from "@/lib/actions/registry";
import type { CurrentUser } from "@/lib/authz/current-user";
import { allows } from "@/lib/authz/place";
import { placeOfSample, PRINCIPALS, SAMPLES, worldPerFile } from "./support/action-samples";

const world = worldPerFile();

/** Someone the policy lets run this action's sample: refusals below are then about the input alone. */
function insider(name: string): CurrentUser {
  const action = ACTION_REGISTRY.find((a) => a.name === name)!;
  const place = placeOfSample(world.w, SAMPLES[name]!(world.w).place);
  return PRINCIPALS.map((p) => world.w.users[p]).find((u) => allows(u, action.need, place))!;
}

/** Someone of county Y: out of scope for everything in county X. */
function outsider(need: string): CurrentUser {
  if (need === "fill" || need === "read") return world.w.users["clerk of C (other county)"];
  return world.w.users["admin of Y"];
}

const mapStrings = (input: Record<string, unknown>, f: (key: string, value: string) => string) =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === "string" ? f(k, v) : v]));

function expectRefusal(result: ActionResult<unknown>, codes: readonly string[]) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(APP_ERROR_CODES).toContain(result.code);
  expect(codes, result.message).toContain(result.code);
  expect(result.message).toMatch(/[\u4e00-\u9fff]/);
}

const names = ACTION_REGISTRY.map((a) => a.name);
const run = (name: string, user: CurrentUser, input: unknown) =>
  executeAction(
    ACTION_REGISTRY.find((a) => a.name === name)!,
    { user, db: world.t.db, now: new Date() },
    input,
  );

describe.each(names)("%s", (name) => {
  const need = () => ACTION_REGISTRY.find((a) => a.name === name)!.need;

  it.each([null, [], "x", 7, {}, { $proto: { a: 1 } }])("refuses the malformed body %j", async (body) => {
    expectRefusal(await run(name, insider(name), body), ["invalid"]);
  });

  it("refuses every text field a million characters long", async () => {
    const input = mapStrings(SAMPLES[name]!(world.w).input, () => "字".repeat(1_000_000));
    expectRefusal(await run(name, insider(name), input), ["too-large", "invalid"]);
  });

  it("refuses NUL and lone surrogates in every text field", async () => {
    for (const bad of ["\u0000", "\uD83D"]) {
      const input = mapStrings(SAMPLES[name]!(world.w).input, (_, v) => `${v}${bad}`);
      expectRefusal(await run(name, insider(name), input), ["invalid"]);
    }
  });

  it("refuses deep nesting", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 5000; i++) deep = [deep];
    expectRefusal(await run(name, insider(name), { ...SAMPLES[name]!(world.w).input, deep }), ["invalid"]);
  });

  it("refuses ids that name nothing as not found", async () => {
    const sample = SAMPLES[name]!(world.w).input;
    if (!Object.keys(sample).some((k) => /Id$/.test(k))) {
      // Creating a county names nothing that exists; every other action does.
      expect(name).toBe("admin.createCounty");
      return;
    }
    const input = mapStrings(sample, (key, v) => (/Id$/.test(key) ? "no-such-id" : v));
    expectRefusal(await run(name, insider(name), input), ["not-found"]);
  });

  it("refuses a caller out of scope", async () => {
    if (need() === "self") return;
    expectRefusal(await run(name, outsider(need()), SAMPLES[name]!(world.w).input), ["forbidden"]);
  });
});
