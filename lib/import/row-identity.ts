import { labelCore, labelKey } from "./label-key";

/**
 * Which row of a table a printed label names. Reports print row labels in
 * many ways: the parent group glued in front (`三、本年度办理结果 （一）予以公开`),
 * `,` for `、`, ASCII brackets, spaces, no numbering (`予以公开`), an OCR slip
 * of one character. The row is recognised by its identity (the definition's
 * label and aliases), from the most literal reading to the loosest; when the
 * loosest reading that matches fits two rows, the label is ambiguous and is
 * reported, never assigned.
 */

/** How literally a cell names a row: lower is stronger. */
export const MATCH = {
  exact: 0,
  /** The label without its note, or with a note that wraps ("（二）部分公开（区分处理的，只"). */
  core: 1,
  /** The numbering left out or different ("予以公开" for "（一）予以公开"). */
  unnumbered: 2,
  /** One character different, as OCR gets it wrong ("4.保护第三方合法杈益"). */
  slip: 3,
} as const;

type RowMatch = { rows: number[]; level: number };

/** Shortest label body (without numbering) that a one-character slip may be accepted on. */
const MIN_SLIP_LENGTH = 5;
const NUMBERING = /^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])/;

/** A label key with list commas unified (`,` `，` `、` are printed for one another). */
function identityKey(text: string): string {
  return labelKey(text)
    .replace(/[,，、]/g, "、")
    .replace(/^(\d{1,2})、/, "$1.");
}

function withoutNumbering(key: string): string {
  return key.replace(NUMBERING, "");
}

function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < MIN_SLIP_LENGTH) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) differences += 1;
    if (differences > 1) return false;
  }
  return differences === 1;
}

interface Identity {
  keys: string[];
  cores: string[];
  bodies: string[];
}

function identityOf(labels: readonly string[]): Identity {
  const keys = [...new Set(labels.map(identityKey))];
  return {
    keys,
    cores: keys.map(labelCore).filter((core, i) => core !== keys[i]),
    bodies: keys.map((key) => withoutNumbering(labelCore(key))),
  };
}

function levelOf(candidate: string, identity: Identity, loose: boolean): number | null {
  if (identity.keys.includes(candidate)) return MATCH.exact;
  for (const core of identity.cores) {
    if (candidate === core || (candidate.startsWith(core) && candidate.charAt(core.length) === "(")) {
      return MATCH.core;
    }
  }
  if (!loose) return null;
  const body = withoutNumbering(labelCore(candidate));
  if (identity.bodies.includes(body)) return MATCH.unnumbered;
  if (identity.bodies.some((own) => oneSlip(own, body))) return MATCH.slip;
  return null;
}

export interface RowIdentities {
  /** The rows a cell names at its strongest reading, or null. Results are cached by key. */
  match(cellKey: string): RowMatch | null;
  /** Rows whose label starts with this text (a label wrapped onto the next line). */
  startsLabel(cellKey: string): number[];
  /** Does the joined text name the row (exactly or by its core)? */
  completes(joinedKey: string, row: number): boolean;
  /** A piece of a group label printed a few characters per line beside its rows ("（三）不", "予公开"). */
  isGroupPart(cellKey: string): boolean;
}

/**
 * Identities of a table's rows. `groups` are the labels of the group nodes
 * above them (glued in front of a row label); `otherLabels` are the table's
 * other labels (column headers such as 其他 or 总计), which a loose reading
 * must never take for a row.
 */
export function rowIdentities(
  rows: readonly (readonly string[])[],
  groups: readonly string[],
  otherLabels: ReadonlySet<string>,
): RowIdentities {
  const identities = rows.map(identityOf);
  const groupKeys = [...new Set(groups.map(identityKey))].sort((a, b) => b.length - a.length);
  const others = new Set([...otherLabels].map(identityKey));
  const cache = new Map<string, RowMatch | null>();

  // "三、本年度办理结果（三）不予公开1.属于国家秘密": every group in front taken off, one by one.
  const candidates = (key: string): string[] => {
    const out = [key];
    for (const group of groupKeys) {
      if (key.length > group.length && key.startsWith(group))
        out.push(...candidates(key.slice(group.length)));
    }
    return out;
  };

  const compute = (cellKey: string): RowMatch | null => {
    const key = identityKey(cellKey);
    if (key === "") return null;
    let best: RowMatch | null = null;
    for (const candidate of candidates(key)) {
      const loose = !others.has(candidate) && !groupKeys.includes(candidate);
      identities.forEach((identity, row) => {
        const level = levelOf(candidate, identity, loose);
        if (level === null) return;
        if (!best || level < best.level) best = { rows: [row], level };
        else if (level === best.level && !best.rows.includes(row)) best.rows.push(row);
      });
    }
    return best;
  };

  return {
    match(cellKey) {
      if (!cache.has(cellKey)) cache.set(cellKey, compute(cellKey));
      return cache.get(cellKey) ?? null;
    },
    startsLabel(cellKey) {
      const key = identityKey(cellKey);
      if (key.length < 4) return [];
      return identities.flatMap((identity, row) =>
        identity.keys.some((own) => own.length > key.length && own.startsWith(key)) ? [row] : [],
      );
    },
    isGroupPart(cellKey) {
      const key = identityKey(cellKey);
      return key !== "" && groupKeys.some((group) => group.includes(key));
    },
    completes(joinedKey, row) {
      const identity = identities[row];
      return identity ? levelOf(identityKey(joinedKey), identity, false) !== null : false;
    },
  };
}
