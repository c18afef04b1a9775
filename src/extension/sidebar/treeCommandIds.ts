// Commands of the Concepts view (package.json contributes the same ids).
export const TREE_COMMANDS = {
  revealOccurrence: 'conceptLens.revealOccurrence',
  copyExplanation: 'conceptLens.copyExplanation',
  filterConcepts: 'conceptLens.filterConcepts',
  clearFilter: 'conceptLens.clearFilter',
  togglePresentOnly: 'conceptLens.togglePresentOnly',
  showAllConcepts: 'conceptLens.showAllConcepts',
  sortConcepts: 'conceptLens.sortConcepts',
  revealInSidebar: 'conceptLens.revealInSidebar',
} as const;

export type TreeCommandId = (typeof TREE_COMMANDS)[keyof typeof TREE_COMMANDS];
