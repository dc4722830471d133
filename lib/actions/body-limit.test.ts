import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, oversizedActionResponse } from "./body-limit";

const action = (length: number) => new Headers({ "next-action": "abc", "content-length": String(length) });

describe("server-action body limit", () => {
  it("answers a body over the limit with 413 and a Chinese message that states the limit", async () => {
    const response = oversizedActionResponse("POST", action(MAX_ACTION_BODY_BYTES + 1))!;
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("11 MB 上限");
  });

  it("lets bodies within the limit, other requests and undeclared sizes through", () => {
    expect(oversizedActionResponse("POST", action(MAX_ACTION_BODY_BYTES))).toBeNull();
    expect(oversizedActionResponse("GET", action(MAX_ACTION_BODY_BYTES + 1))).toBeNull();
    expect(oversizedActionResponse("POST", new Headers({ "content-length": "999999999" }))).toBeNull();
    expect(oversizedActionResponse("POST", new Headers({ "next-action": "abc" }))).toBeNull();
  });
});
