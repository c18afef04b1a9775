// Command ids, in one place: package.json contributes the same ids.

export const COMMANDS = {
  goToConcept: 'conceptLens.goToConcept',
  findAllOccurrences: 'conceptLens.findAllOccurrences',
  goToSection: 'conceptLens.goToSection',
  nextOccurrence: 'conceptLens.nextOccurrence',
  previousOccurrence: 'conceptLens.previousOccurrence',
  toggleAnnotations: 'conceptLens.toggleAnnotations',
  openConceptGuide: 'conceptLens.openConceptGuide',
  rescan: 'conceptLens.rescan',
  cancelIndexing: 'conceptLens.cancelIndexing',
  showGraph: 'conceptLens.showGraph',
  openGraphInEditor: 'conceptLens.openGraphInEditor',
  exportGraph: 'conceptLens.exportGraph',
  exportConcepts: 'conceptLens.exportConcepts',
  showInGraph: 'conceptLens.showInGraph',
  addConceptFromSelection: 'conceptLens.addConceptFromSelection',
  draftConceptPack: 'conceptLens.draftConceptPack',
  addSelectionAsAlias: 'conceptLens.addSelectionAsAlias',
  openConceptInPack: 'conceptLens.openConceptInPack',
  copyConceptToArticlePack: 'conceptLens.copyConceptToArticlePack',
  fixAllMisspellings: 'conceptLens.fixAllMisspellings',
  chooseReading: 'conceptLens.chooseReading',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** A `command:` URI with JSON arguments, for links in hovers. */
export function commandUri(id: CommandId, args: unknown[]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}
