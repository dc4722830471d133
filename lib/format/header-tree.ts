import type { HeaderNode } from "./types";

/** A leaf of a header tree with the labels of every node above it. */
export interface HeaderLeaf {
  key: string;
  label: string;
  /** Labels from the root down to and including this leaf. */
  path: string[];
  aliases: string[];
}

/** Leaves in document order; a leaf without a key is a definition bug, so it throws. */
export function collectLeaves(nodes: readonly HeaderNode[], above: string[] = []): HeaderLeaf[] {
  const leaves: HeaderLeaf[] = [];
  for (const node of nodes) {
    const path = [...above, node.label];
    if (node.children && node.children.length > 0) {
      leaves.push(...collectLeaves(node.children, path));
      continue;
    }
    if (!node.key) throw new Error(`表头叶节点缺少 key：${node.label}`);
    leaves.push({ key: node.key, label: node.label, path, aliases: node.aliases ?? [] });
  }
  return leaves;
}

/** Number of levels of the tree (0 for an empty tree). */
export function treeDepth(nodes: readonly HeaderNode[]): number {
  let depth = 0;
  for (const node of nodes) {
    depth = Math.max(depth, 1 + treeDepth(node.children ?? []));
  }
  return depth;
}

export function countLeaves(node: HeaderNode): number {
  if (!node.children || node.children.length === 0) return 1;
  return node.children.reduce((sum, child) => sum + countLeaves(child), 0);
}

/** The group node reached by following labels from the root, if any. */
export function findNode(nodes: readonly HeaderNode[], labels: readonly string[]): HeaderNode | undefined {
  const [first, ...rest] = labels;
  const node = nodes.find((n) => n.label === first);
  if (!node || rest.length === 0) return node;
  return findNode(node.children ?? [], rest);
}

/**
 * A leaf's label for messages: third-level T3 rows ("1.属于国家秘密") repeat
 * their numbering under every group, so they keep their parent's label.
 */
export function displayLabel(leaf: HeaderLeaf): string {
  return leaf.path.length >= 3 ? leaf.path.slice(-2).join(" ") : leaf.label;
}
