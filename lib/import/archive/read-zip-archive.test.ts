import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { ARCHIVE_LIMITS, archiveMessages } from "./archive-limits";
import { readZipArchive } from "./read-zip-archive";

const small = { ...ARCHIVE_LIMITS, maxFiles: 5, maxFileBytes: 1000, maxTotalBytes: 3000 };

function zip(files: Zippable): Uint8Array {
  return zipSync(files);
}

/** Every occurrence of `from` (the same length as `to`) replaced: names and sizes in both headers. */
function patch(bytes: Uint8Array, from: readonly number[], to: readonly number[]): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i + from.length <= out.length; i += 1) {
    if (from.every((b, j) => out[i + j] === b)) out.set(to, i);
  }
  return out;
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

function names(read: ReturnType<typeof readZipArchive>) {
  if (!read.ok) throw new Error(read.message);
  return read.entries.map((e) => [e.name, e.refused ?? new TextDecoder().decode(e.bytes)]);
}

describe("readZipArchive", () => {
  it("reads every file with its path, skipping folders and system files", () => {
    const read = readZipArchive(
      zip({
        "屯里镇2020.txt": strToU8("报告一"),
        "2021/": {},
        "2021/曲峨镇.html": strToU8("<p>报告二</p>"),
        "__MACOSX/2021/._曲峨镇.html": strToU8("x"),
        ".DS_Store": strToU8("x"),
      }),
    );
    expect(names(read)).toEqual([
      ["屯里镇2020.txt", "报告一"],
      ["2021/曲峨镇.html", "<p>报告二</p>"],
    ]);
  });

  it("reads GBK names written on Chinese Windows (no UTF-8 flag)", () => {
    const placeholder = [...strToU8("abcdef.txt")];
    const gbk = [0xcd, 0xcd, 0xc0, 0xef, 0xd5, 0xf2, 0x2e, 0x74, 0x78, 0x74]; // 屯里镇.txt
    const read = readZipArchive(patch(zip({ "abcdef.txt": strToU8("x") }), placeholder, gbk));
    expect(names(read)).toEqual([["屯里镇.txt", "x"]]);
  });

  it("refuses path traversal, absolute paths and nested archives, and reads the rest", () => {
    const read = readZipArchive(
      zip({
        "../../etc/passwd.txt": strToU8("x"),
        "a/../../b.txt": strToU8("x"),
        "inner.zip": zip({ "a.txt": strToU8("x") }),
        "ok.txt": strToU8("ok"),
      }),
    );
    expect(names(read)).toEqual([
      ["../../etc/passwd.txt", archiveMessages.unsafeName],
      ["a/../../b.txt", archiveMessages.unsafeName],
      ["inner.zip", archiveMessages.nested],
      ["ok.txt", "ok"],
    ]);
  });

  it("refuses more files than the cap before inflating anything, in Chinese", () => {
    const files: Zippable = {};
    for (let i = 0; i < 1000; i += 1) files[`${i}.txt`] = strToU8("x");
    const read = readZipArchive(zip(files));
    expect(read).toEqual({ ok: false, message: archiveMessages.tooManyFiles(1000, ARCHIVE_LIMITS.maxFiles) });
    expect(readZipArchive(zip(files), small)).toEqual({
      ok: false,
      message: archiveMessages.tooManyFiles(1000, 5),
    });
  });

  it("refuses one file declared over the per-file cap and reads the others", () => {
    const read = readZipArchive(zip({ "big.txt": new Uint8Array(1001), "ok.txt": strToU8("ok") }), small);
    expect(names(read)).toEqual([
      ["big.txt", expect.stringContaining("无法导入") as unknown as string],
      ["ok.txt", "ok"],
    ]);
  });

  it("refuses an archive whose declared total passes the cap (a zip bomb), before inflating", () => {
    const files: Zippable = {};
    for (let i = 0; i < 4; i += 1) files[`${i}.txt`] = new Uint8Array(900);
    expect(readZipArchive(zip(files), small)).toEqual({
      ok: false,
      message: archiveMessages.totalTooLarge(small.maxTotalBytes),
    });
  });

  it("stops inflating a file that outgrows its declared size (a bomb with lying headers)", () => {
    // 900 zeros declared as 10 bytes in both headers.
    const honest = zip({ "zero.txt": new Uint8Array(900) });
    const lying = patch(honest, [...u32(900)], [...u32(10)]);
    expect(readZipArchive(lying, small)).toEqual({
      ok: false,
      message: archiveMessages.inflatesPastDeclared,
    });
  });

  it("reads a real bomb's headers only: 20 MB of zeros is refused without inflating", () => {
    const bomb = zip({ "bomb.txt": new Uint8Array(20 * 1024 * 1024) });
    const read = readZipArchive(bomb);
    expect(names(read)).toEqual([["bomb.txt", expect.stringContaining("MB") as unknown as string]]);
  });

  it("says in Chinese when the bytes are not a zip or the zip is cut short", () => {
    expect(readZipArchive(strToU8("not a zip at all, just text"))).toEqual({
      ok: false,
      message: archiveMessages.notZip,
    });
    const whole = zip({ "a.txt": new Uint8Array(5000).fill(65) });
    expect(readZipArchive(whole.subarray(0, whole.length - 40))).toEqual({
      ok: false,
      message: archiveMessages.notZip,
    });
  });

  it("refuses an archive file larger than its cap without reading it", () => {
    const read = readZipArchive(zip({ "a.txt": strToU8("x") }), { ...small, maxArchiveBytes: 10 });
    expect(read).toEqual({ ok: false, message: archiveMessages.archiveTooLarge(10) });
  });
});
