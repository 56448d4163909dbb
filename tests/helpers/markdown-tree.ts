// Markdown read back as a tree (CommonMark, through mdast-util-from-markdown), to check what a
// text renders as.
import type { Nodes } from 'mdast';

/** Every node of a Markdown tree, the root first. */
export function nodesOf(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? tree.children.flatMap((child) => nodesOf(child as Nodes)) : [])];
}
