// The one entry of the exports: a format's text from the concepts and their occurrences.

import { exportCsv } from './exportCsv';
import { exportJson } from './exportJson';
import { exportMarkdown } from './exportMarkdown';
import type { ExportFormat, ExportInput } from './exportModel';
import { exportSkos } from './exportSkos';

export interface ExportOptions {
  /** The base IRI of the SKOS scheme (default: one made from the pack's id). */
  base?: string;
}

export function exportConcepts(input: ExportInput, format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'md':
      return exportMarkdown(input);
    case 'csv':
      return exportCsv(input);
    case 'json':
      return exportJson(input);
    case 'skos':
      return exportSkos(input, options.base);
  }
}
