// The nodes of the Concepts tree, and how a command reads the concept from one.

import * as vscode from 'vscode';
import type { OutlineConcept, OutlineGroup } from '../../core/features/conceptOutline';
import type { Match } from '../../core/scan/scanner';
import { TREE_SCHEME } from '../../services/schemes';

export type ConceptNode =
  | { kind: 'section'; id: string; group: OutlineGroup }
  | { kind: 'concept'; id: string; concept: OutlineConcept; parent: ConceptNode }
  | { kind: 'occurrence'; id: string; conceptId: string; match: Match; parent: ConceptNode }
  /** Stands for the occurrences after the first MAX_OCCURRENCE_ITEMS of a concept; it runs Find All Occurrences. */
  | { kind: 'more'; id: string; conceptId: string; hidden: number; parent: ConceptNode };

/** The concept id a command argument names when it comes from the Concepts view, else undefined. */
export function conceptIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'object' && arg !== null && 'kind' in arg) {
    const node = arg as ConceptNode;
    if (node.kind === 'concept') return node.concept.id;
    if (node.kind === 'occurrence' || node.kind === 'more') return node.conceptId;
  }
  if (arg instanceof vscode.Uri && arg.scheme === TREE_SCHEME) return arg.path.slice(1);
  return undefined;
}
