import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_REGISTRY } from "./registry";

const ROOT = join(import.meta.dirname, "..", "..");

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverActionFiles(path);
    return /\.tsx?$/.test(name) && readFileSync(path, "utf8").startsWith('"use server"') ? [path] : [];
  });
}

describe("the action registry", () => {
  it("names each action once", () => {
    const names = ACTION_REGISTRY.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("declares where every non-self action acts", () => {
    for (const a of ACTION_REGISTRY) if (a.need !== "self") expect(a.place, a.name).toBeTypeOf("function");
  });

  it("is what the server actions run: every exported action goes through performAction", () => {
    const files = serverActionFiles(join(ROOT, "app"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const exported = source.match(/^export async function \w+[^]*?^}/gm) ?? [];
      expect(exported.length, file).toBeGreaterThan(0);
      for (const fn of exported) expect(fn, file).toMatch(/performAction\(|reviewStep\(/);
      expect(source, file).not.toMatch(/WorkflowError|P2002|\.safeParse\(/);
    }
  });
});
