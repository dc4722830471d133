import { describe, expect, it } from "vitest";
import { clientAddress, invalidProxyEntry, trustedProxies } from "./client-address.mjs";

const none = trustedProxies(undefined);
const proxy = trustedProxies("10.0.0.5, 172.16.0.0/12");

describe("client address", () => {
  it("is the TCP peer when no proxy is trusted, whatever the client forwards", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.7");
    expect(clientAddress("2001:db8::1", undefined, none)).toBe("2001:db8::1");
  });

  it("is the TCP peer when the peer is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", proxy)).toBe("203.0.113.7");
  });

  it("walks X-Forwarded-For from the right past trusted proxies", () => {
    expect(clientAddress("10.0.0.5", "198.51.100.9", proxy)).toBe("198.51.100.9");
    // The client forged the left-most entry; the proxies appended the real one.
    expect(clientAddress("10.0.0.5", "1.1.1.1, 198.51.100.9, 172.16.4.4", proxy)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.5", ["1.1.1.1", "198.51.100.9"], proxy)).toBe("198.51.100.9");
  });

  it("falls back to the proxy when the chain is missing or malformed", () => {
    expect(clientAddress("10.0.0.5", undefined, proxy)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "not-an-address", proxy)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "172.16.0.1", proxy)).toBe("172.16.0.1");
  });

  it("names a TRUSTED_PROXY entry that is not an address or range", () => {
    expect(invalidProxyEntry("10.0.0.5, 172.16.0.0/12, ::1, fd00::/8")).toBeUndefined();
    expect(invalidProxyEntry("10.0.0.5, proxy.local")).toBe("proxy.local");
    expect(invalidProxyEntry("10.0.0.0/33")).toBe("10.0.0.0/33");
  });
});
