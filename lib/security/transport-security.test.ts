import { describe, expect, it } from "vitest";
import {
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
  transportSecurityHeaders,
} from "./transport-security.mjs";

describe("transport security", () => {
  it("sends HSTS only when the public address is https", () => {
    expect(transportSecurityHeaders("https://nianbao.example.gov.cn")).toEqual({
      "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY,
    });
    expect(transportSecurityHeaders("http://localhost:3000")).toEqual({});
  });

  it("reads the scheme, not a substring of the address", () => {
    expect(servedOverHttps("HTTPS://NIANBAO.EXAMPLE")).toBe(true);
    expect(servedOverHttps("http://https.example")).toBe(false);
  });
});
