/**
 * Every registered server action × every kind of principal, through the one
 * mutation path against a real database. Who may act comes from the policy
 * (allows: the action's declared need at the place its input aims), never from
 * a table copied here; the needs themselves are pinned below, so changing an
 * action's required scope fails this test until the change is deliberate.
 */
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { ACTION_REGISTRY } from "@/lib/actions/registry";
import { allows } from "@/lib/authz/place";
import { placeOfSample, PRINCIPALS, REFERENCES, SAMPLES, worldPerFile } from "./support/action-samples";

const world = worldPerFile();

describe("the registry", () => {
  it("pins what each action needs of its user", () => {
    expect(Object.fromEntries(ACTION_REGISTRY.map((a) => [a.name, a.need]))).toMatchInlineSnapshot(`
      {
        "account.changePassword": "self",
        "account.signOut": "self",
        "admin.createCounty": "administer",
        "admin.createFilingUnit": "administer",
        "admin.createUser": "administer",
        "admin.resetPassword": "administer",
        "admin.toggleUserDisabled": "administer",
        "comments.add": "read",
        "comments.resolve": "read",
        "fill.save": "fill",
        "fill.submit": "fill",
        "fill.withdraw": "fill",
        "import.preview": "administer",
        "import.readArchiveFile": "administer",
        "import.save": "administer",
        "import.saveArchiveFile": "administer",
        "notifications.markAllRead": "self",
        "reporting.openYear": "administer",
        "reporting.updateCountySettings": "administer",
        "review.approve": "review",
        "review.bulkPublish": "review",
        "review.open": "review",
        "review.publish": "review",
        "review.remind": "review",
        "review.return": "review",
        "review.startCorrection": "review",
      }
    `);
  });

  it("has a sample input and its references for every action", () => {
    for (const action of ACTION_REGISTRY) {
      expect(SAMPLES[action.name], action.name).toBeTypeOf("function");
      expect(REFERENCES[action.name], action.name).toBeInstanceOf(Array);
    }
  });
});

const cases = ACTION_REGISTRY.flatMap((action) => PRINCIPALS.map((who) => [action.name, who] as const));

describe("server actions by role and scope", () => {
  it.each(cases)("%s by %s", async (name, who) => {
    const action = ACTION_REGISTRY.find((a) => a.name === name)!;
    const user = world.w.users[who];
    const sample = SAMPLES[name]!(world.w);
    const allowed = allows(user, action.need, placeOfSample(world.w, sample.place));
    const result = await executeAction(action, { user, db: world.t.db, now: new Date() }, sample.input);
    if (allowed) {
      // Allowed through the policy: the domain may still refuse (wrong state, taken code), never as forbidden.
      if (!result.ok) expect(result.code, result.message).not.toBe("forbidden");
    } else {
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});
