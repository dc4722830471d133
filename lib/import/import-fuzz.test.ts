import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEMO_SEEDS, readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { readCell } from "@/lib/format/cell-access";
import { formatCells } from "@/lib/format/cells";
import { isGovData, reportDataSchema } from "@/lib/format/report-data";
import { checkImportedReport } from "./check-imported-report";
import { exitCodeOf } from "./exit-code";
import { decodeText } from "./import-file";
import { importHtml } from "./import-html";
import { importText } from "./import-report";
import type { ImportResult } from "./types";

/** mulberry32: a small seeded PRNG, so every run tries the same cases and a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, max: number) => Math.floor(rng() * max);

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = int(rng, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const MUTATIONS: Record<string, (rng: Rng, text: string) => string> = {
  truncated: (rng, text) => text.slice(0, int(rng, text.length)),
  "middle cut": (rng, text) => {
    const from = int(rng, text.length);
    return text.slice(0, from) + text.slice(from + int(rng, 2000));
  },
  "shuffled lines": (rng, text) => shuffle(rng, text.split("\n")).join("\n"),
  "locally swapped lines": (rng, text) => {
    const lines = text.split("\n");
    for (let k = 0; k < 20; k += 1) {
      const i = int(rng, Math.max(1, lines.length - 1));
      [lines[i], lines[i + 1]] = [lines[i + 1] ?? "", lines[i] ?? ""];
    }
    return lines.join("\n");
  },
  "duplicated section": (rng, text) => {
    const lines = text.split("\n");
    const from = int(rng, lines.length);
    const chunk = lines.slice(from, from + 10 + int(rng, 150));
    const at = int(rng, lines.length);
    return [...lines.slice(0, at), ...chunk, ...lines.slice(at)].join("\n");
  },
  "dropped lines": (rng, text) =>
    text
      .split("\n")
      .filter(() => rng() > 0.15)
      .join("\n"),
  "noisy characters": (rng, text) =>
    Array.from(text, (ch) =>
      rng() < 0.02 ? pick(rng, ["\t", "|", " ", "-", "无", "万元", "(", "（", "\n", "7"]) : ch,
    ).join(""),
  "two reports spliced": (rng, text) => {
    const other = readDemoSeed(pick(rng, DEMO_SEEDS).file).split("\n");
    const lines = text.split("\n");
    const at = int(rng, lines.length);
    return [...lines.slice(0, at), ...other.slice(int(rng, other.length))].join("\n");
  },
};

const POOL = Array.from(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心0123456789０１２３，。、：；（）()+-|\t\n\n   ",
);

function randomText(rng: Rng): string {
  return Array.from({ length: int(rng, 4000) }, () => pick(rng, POOL)).join("");
}

function randomBytes(rng: Rng): Uint8Array {
  return Uint8Array.from({ length: int(rng, 4000) }, () => int(rng, 256));
}

/** Input as the importer compares numbers: NFKC digits, thousands commas dropped. */
function numeric(text: string): string {
  return text.normalize("NFKC").replace(/(?<=\d),(?=\d{3})/g, "");
}

/** Every number the import produced; an amount written with a unit is checked by the text it kept. */
function outputNumbers(result: ImportResult): { value: number; text?: string }[] {
  if (!result.ok) return [];
  const numbers: { value: number; text?: string }[] = [{ value: result.year }];
  const data = result.data;
  if (isGovData(data)) {
    for (const cell of formatCells(result.format).all) {
      const value = readCell(data, cell);
      if (typeof value !== "number") continue;
      const text = data.cellText?.[cell.id];
      numbers.push(text === undefined ? { value } : { value, text });
    }
  } else {
    for (const row of data.tables.STAT) if (row.value !== null) numbers.push({ value: row.value });
  }
  return numbers;
}

/**
 * Where output numbers may come from: the input, and for HTML also the text
 * the markup renders to (a broken end tag such as `1</td-\n<td>12` renders,
 * in a browser as in parse5, as "112").
 */
function references(input: string, html: boolean): string[] {
  const refs = [numeric(input)];
  if (html) refs.push(numeric(input.replace(/<[^>]*>/g, "")));
  return refs;
}

function expectSound(result: ImportResult, input: string, html: boolean): void {
  if (!result.ok) {
    expect(result.message).toMatch(/无法/);
    return;
  }
  expect(reportDataSchema(result.format).safeParse(result.data).success).toBe(true);
  expect(() => checkImportedReport(result)).not.toThrow();
  const sources = references(input, html);
  for (const number of outputNumbers(result)) {
    if (number.text !== undefined) expect(input).toContain(number.text);
    else {
      const digits = String(Math.abs(number.value));
      expect(
        sources.some((source) => source.includes(digits)),
        `${digits} is not in the input`,
      ).toBe(true);
    }
  }
}

const SOURCES = [
  ...DEMO_SEEDS.map((seed) => ({ name: seed.file, text: readDemoSeed(seed.file), html: false })),
  {
    name: "report-2021.html",
    text: readFileSync(new URL("./fixtures/report-2021.html", import.meta.url), "utf8"),
    html: true,
  },
];
// FUZZ_ROUNDS / FUZZ_SEED widen or vary a local run; the defaults are what CI runs.
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 0);
/** Generous: the default rounds take about a second, a loaded machine or FUZZ_ROUNDS more. */
const TIMEOUT_MS = 120_000;

describe("fuzzing the importer (seeded, deterministic)", { timeout: TIMEOUT_MS }, () => {
  test.each(Object.keys(MUTATIONS))(
    "%s reports: no crash, no invented number, valid data",
    (mutation) => {
      const mutate = MUTATIONS[mutation];
      if (!mutate) throw new Error(mutation);
      const rng = prng(mutation.length * 7919 + SEED);
      for (const source of SOURCES) {
        for (let round = 0; round < ROUNDS; round += 1) {
          const input = mutate(rng, source.text);
          const result = source.html ? importHtml(input) : importText(input);
          expectSound(result, input, source.html);
        }
      }
    },
    TIMEOUT_MS,
  );

  test("random text is not a report: exit code 2", () => {
    const rng = prng(42);
    for (let i = 0; i < 60; i += 1) {
      const input = randomText(rng);
      const result = importText(input);
      expect(exitCodeOf(result, [])).toBe(2);
      expect(() => importHtml(input)).not.toThrow();
    }
  });

  test("random bytes are not a report: exit code 2", () => {
    const rng = prng(7);
    for (let i = 0; i < 60; i += 1) {
      const text = decodeText(randomBytes(rng));
      expect(exitCodeOf(importText(text), [])).toBe(2);
      expect(exitCodeOf(importHtml(text), [])).toBe(2);
    }
  });

  test("the unmutated sources stay sound under the same invariants", () => {
    for (const source of SOURCES) {
      expectSound(source.html ? importHtml(source.text) : importText(source.text), source.text, source.html);
    }
  });
});
