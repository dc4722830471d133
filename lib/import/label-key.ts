/**
 * Comparable form of a label as published: full-width and ASCII punctuation
 * unified (NFKC), whitespace dropped, list numbering written one way. Reports
 * are typed by hand in Word and copied through web pages, so "1、", "1．" and
 * "1." or "（一）" and "(一)" must compare equal.
 */
export function labelKey(text: string): string {
  let key = text
    .normalize("NFKC")
    .replace(/^\s*(?:[-*•·>#]\s+|[#>*•·]+)/, "")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/\*+/g, "")
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’']/g, "'");
  key = key.replace(/^(\d{1,2})[、.,](?=\D)/, "$1.");
  key = key.replace(/^([一二三四五六七八九十]{1,3})[、.,](?=\S)/, "$1、");
  key = key.replace(/^\(([一二三四五六七八九十]{1,3})\)[、.,]?/, "($1)");
  return key;
}

/** A label's key without a trailing parenthetical note, e.g. "(二)部分公开" for the 部分公开 row. */
export function labelCore(key: string): string {
  const match = /^(.+?)\((?:[^()]*)\)$/.exec(key);
  return match?.[1] ?? key;
}

/** A test for "this cell names one of these labels", with the labels' keys computed once. */
export function labelMatcher(labels: readonly string[]): (cellKey: string) => boolean {
  const keys = new Set<string>();
  const cores: string[] = [];
  for (const label of labels) {
    const key = labelKey(label);
    keys.add(key);
    const core = labelCore(key);
    if (core !== key) cores.push(core);
  }
  return (cellKey) => {
    if (cellKey === "") return false;
    if (keys.has(cellKey)) return true;
    return cores.some(
      (core) => cellKey === core || (cellKey.startsWith(core) && cellKey.charAt(core.length) === "("),
    );
  };
}
