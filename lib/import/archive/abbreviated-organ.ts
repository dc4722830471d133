/**
 * How organ names are shortened: 发改局 for 发展和改革局, 人社局 for
 * 人力资源和社会保障局, 卫健委 for 卫生健康委员会, 市场监管局 for
 * 市场监督管理局. The short form keeps the first character, takes the rest
 * from the full name in order, and keeps the kind of body at the end
 * (委 stands for 委员会, 办 for 办公室).
 */
const BODY = /(局|委员会|委|办公室|办|中心)$/;
const SAME_BODY: Record<string, string> = { 委员会: "委", 办公室: "办" };

function splitBody(name: string): { stem: string; body: string } | null {
  const match = BODY.exec(name);
  if (!match?.[1]) return null;
  return { stem: name.slice(0, match.index), body: SAME_BODY[match[1]] ?? match[1] };
}

function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const char of full) {
    if (char === short[at]) at += 1;
    if (at === short.length) return true;
  }
  return false;
}

/** Does `short` abbreviate `full` (both without any place before them)? The same name is not an abbreviation. */
export function abbreviates(short: string, full: string): boolean {
  const a = splitBody(short);
  const b = splitBody(full);
  if (!a || !b || short === full || a.body !== b.body || a.stem.length < 2 || a.stem.length > b.stem.length)
    return false;
  return a.stem[0] === b.stem[0] && isSubsequence(a.stem, b.stem);
}
