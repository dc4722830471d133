/**
 * A zip entry's name as text. Archives made on Chinese Windows store names in
 * GBK without the UTF-8 flag; fflate then decodes them as Latin-1, one
 * character per byte. Those bytes are recovered and read as UTF-8 when valid
 * (some tools omit the flag), else as GB18030 (a superset of GBK).
 */
export function zipEntryName(decoded: string): string {
  let highByte = false;
  const bytes = new Uint8Array(decoded.length);
  for (let i = 0; i < decoded.length; i += 1) {
    const code = decoded.charCodeAt(i);
    // Not a byte: fflate decoded the name as UTF-8 already (the flag was set).
    if (code > 0xff) return decoded;
    highByte ||= code >= 0x80;
    bytes[i] = code;
  }
  if (!highByte) return decoded;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
