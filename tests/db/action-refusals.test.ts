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
import {
  placeOfSample,
  PRINCIPALS,
  REFERENCES,
  SAMPLES,
  sampleInput,
  worldPerFile,
} from "./support/action-samples";

const world = worldPerFile();

/** Someone the policy lets run this action's sample: refusals below are then about the input alone. */
function insider(name: string): CurrentUser {
  const action = ACTION_REGISTRY.find((a) => a.name === name)!;
  const place = placeOfSample(world.w, SAMPLES[name]!.place);
  return PRINCIPALS.map((p) => world.w.users[p]).find((u) => allows(u, action.need, place))!;
}

/** Someone of county Y: out of scope for everything in county X. */
function outsider(need: string): CurrentUser {
  if (need === "fill" || need === "read") return world.w.users["clerk of C (other county)"];
  return world.w.users["admin of Y"];
}

/** Every string in `value`, at any depth (report data included), replaced by `f(key, string)`. */
function mapStrings(value: unknown, f: (key: string, value: string) => string, key = ""): unknown {
  if (typeof value === "string") return f(key, value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, key));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f, k)]));
  return value;
}

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

  it.each([null, [], "x", 7, { unexpected: [1] }])("refuses the malformed body %j", async (body) => {
    expectRefusal(await run(name, insider(name), body), ["invalid"]);
  });

  it("refuses every text field a million characters long", async () => {
    const sample = { ...(await sampleInput(world, name)), padding: "" };
    const input = mapStrings(sample, () => "字".repeat(1_000_000));
    expectRefusal(await run(name, insider(name), input), ["too-large", "invalid"]);
  });

  it("refuses NUL and lone surrogates in every text field", async () => {
    for (const bad of ["\u0000", "\uD83D"]) {
      const input = mapStrings({ ...(await sampleInput(world, name)), note: "" }, (_, v) => `${v}${bad}`);
      expectRefusal(await run(name, insider(name), input), ["invalid"]);
    }
  });

  it("refuses deep nesting", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 5000; i++) deep = [deep];
    expectRefusal(await run(name, insider(name), { ...(await sampleInput(world, name)), deep }), ["invalid"]);
  });

  it.skipIf(REFERENCES[name]!.length === 0)("refuses references that name nothing as not found", async () => {
    const sample = await sampleInput(world, name);
    const input = Object.fromEntries(
      Object.entries(sample).map(([k, v]) => [k, REFERENCES[name]!.includes(k) ? "no-such-id" : v]),
    );
    expectRefusal(await run(name, insider(name), input), ["not-found"]);
  });

  it.skipIf(need() === "self")("refuses a caller out of scope", async () => {
    expectRefusal(await run(name, outsider(need()), await sampleInput(world, name)), ["forbidden"]);
  });
});
