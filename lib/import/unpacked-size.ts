import { Unzlib, unzipSync } from "fflate";

/**
 * Total uncompressed size a .docx (a zip) declares for its entries, read
 * from the zip's directory without inflating anything; null when the zip
 * cannot be read. The declared sizes can lie, so the worker's heap limit
 * stays the last guard.
 */
export function zipDeclaredSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

const STREAM = new TextEncoder().encode("stream");
const END_STREAM = new TextEncoder().encode("endstream");

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (
    let i = haystack.indexOf(first ?? 0, from);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first ?? 0, i + 1)
  ) {
    let match = true;
    for (let j = 1; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}

/** Bytes one zlib stream inflates to, counting no further than `limit`. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let total = 0;
  const inflate = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) throw new RangeError("limit");
  });
  try {
    inflate.push(data, true);
  } catch {
    // Over the limit, or not a zlib stream (another filter, or broken): count what came out.
  }
  return total;
}

/**
 * Whether a PDF's compressed streams inflate to more than `limit` bytes in
 * total. Every `stream … endstream` is inflated chunk by chunk and counting
 * stops at the limit, so a PDF bomb is caught in bounded memory before
 * pdf.js parses it.
 */
export function pdfStreamsExceed(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let at = 0;
  for (;;) {
    const start = indexOf(bytes, STREAM, at);
    if (start < 0) return false;
    // "endstream" contains "stream": skip it, it is not a start.
    if (start >= 3 && bytes[start - 3] === 0x65 && bytes[start - 2] === 0x6e && bytes[start - 1] === 0x64) {
      at = start + STREAM.length;
      continue;
    }
    let dataStart = start + STREAM.length;
    if (bytes[dataStart] === 0x0d) dataStart += 1;
    if (bytes[dataStart] === 0x0a) dataStart += 1;
    const end = indexOf(bytes, END_STREAM, dataStart);
    const dataEnd = end < 0 ? bytes.length : end;
    total += inflatedSize(bytes.subarray(dataStart, dataEnd), limit - total + 1);
    if (total > limit) return true;
    if (end < 0) return false;
    at = end + END_STREAM.length;
  }
}
