import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { STRICT_TRANSPORT_SECURITY } from "./transport-security.mjs";

afterEach(() => vi.unstubAllEnvs());

function headersFor(url: string) {
  return proxy(new NextRequest(url)).headers;
}

describe("proxy over HTTPS", () => {
  it("sends HSTS on rendered and cached pages when APP_URL is https", () => {
    vi.stubEnv("APP_URL", "https://nianbao.example.gov.cn");
    for (const path of ["/login", "/reports/jixian/tunli/2025", "/reports"]) {
      expect(headersFor(`https://nianbao.example.gov.cn${path}`).get("strict-transport-security")).toBe(
        STRICT_TRANSPORT_SECURITY,
      );
    }
  });

  it("sends no HSTS over plain HTTP", () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(headersFor("http://localhost:3000/login").get("strict-transport-security")).toBeNull();
  });
});
