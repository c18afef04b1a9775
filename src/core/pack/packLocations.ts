// Where a concept is in a pack's JSON text, for problems that are about two packs at once (the same id
// in both) and for "open this concept in its pack".

import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';

/** The offset and length of the `id` value of the concept with this id, if the text has one. */
export function conceptIdNode(text: string, id: string): { offset: number; length: number } | undefined {
  const concepts = findNodeAtLocation(parseTree(text) ?? emptyNode(), ['concepts']);
  for (const c of concepts?.type === 'array' ? (concepts.children ?? []) : []) {
    const idNode = findNodeAtLocation(c, ['id']);
    if (idNode?.type === 'string' && idNode.value === id) return { offset: idNode.offset, length: idNode.length };
  }
  return undefined;
}

function emptyNode(): Node {
  return { type: 'null', offset: 0, length: 0 };
}
