// Localized labels the pure core needs (relation names, counts), built from vscode.l10n.

import * as vscode from 'vscode';
import type { RelationKind } from '../../core/pack/conceptPack';
import type { HoverLabels } from '../../core/features/hoverContent';

export function relationLabel(kind: RelationKind, direction: 'out' | 'in'): string {
  switch (kind) {
    case 'prerequisite-of':
      return direction === 'out' ? vscode.l10n.t('Prerequisite of') : vscode.l10n.t('Builds on');
    case 'leads-to':
      return direction === 'out' ? vscode.l10n.t('Leads to') : vscode.l10n.t('Follows from');
    case 'part-of':
      return direction === 'out' ? vscode.l10n.t('Part of') : vscode.l10n.t('Has parts');
    case 'example-of':
      return direction === 'out' ? vscode.l10n.t('Example of') : vscode.l10n.t('Examples');
    case 'contrasts-with':
      return vscode.l10n.t('Contrasts with');
    case 'related-to':
      return vscode.l10n.t('Related to');
  }
}

export function hoverLabels(): HoverLabels {
  return {
    relation: relationLabel,
    occurrences: (n) => (n === 1 ? vscode.l10n.t('1 occurrence in this document') : vscode.l10n.t('{0} occurrences in this document', n)),
    section: vscode.l10n.t('Section'),
    findAll: vscode.l10n.t('Find all occurrences'),
    goToSection: vscode.l10n.t('Go to section'),
    showInGraph: vscode.l10n.t('Show in graph'),
  };
}
