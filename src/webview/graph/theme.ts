// Colours from the VS Code theme: the --vscode-* CSS variables the workbench sets on the page, read
// with getComputedStyle. The page re-reads them when the body's theme class changes.

export interface Theme {
  background: string;
  foreground: string;
  muted: string;
  edge: string;
  coOccurrence: string;
  focus: string;
  cursor: string;
  fontFamily: string;
  /** Colours for sections, in the pack's section order (cycled). */
  sections: string[];
  noSection: string;
}

const SECTION_VARS: [string, string][] = [
  ['--vscode-charts-blue', '#3794ff'],
  ['--vscode-charts-orange', '#d18616'],
  ['--vscode-charts-green', '#89d185'],
  ['--vscode-charts-purple', '#b180d7'],
  ['--vscode-charts-red', '#f14c4c'],
  ['--vscode-charts-yellow', '#cca700'],
  ['--vscode-terminal-ansiCyan', '#11a8cd'],
  ['--vscode-terminal-ansiMagenta', '#bc3fbc'],
  ['--vscode-terminal-ansiBrightGreen', '#23d18b'],
  ['--vscode-terminal-ansiBrightBlue', '#3b8eea'],
];

export function readTheme(el: Element = document.body): Theme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  const foreground = v('--vscode-foreground', '#cccccc');
  return {
    background: v('--vscode-sideBar-background', v('--vscode-editor-background', '#1e1e1e')),
    foreground,
    muted: v('--vscode-descriptionForeground', foreground),
    edge: v('--vscode-charts-lines', v('--vscode-descriptionForeground', '#888888')),
    coOccurrence: v('--vscode-charts-foreground', v('--vscode-descriptionForeground', '#888888')),
    focus: v('--vscode-focusBorder', '#007fd4'),
    cursor: v('--vscode-editorCursor-foreground', v('--vscode-focusBorder', '#007fd4')),
    fontFamily: v('--vscode-font-family', 'sans-serif'),
    sections: SECTION_VARS.map(([name, fallback]) => v(name, fallback)),
    noSection: v('--vscode-disabledForeground', v('--vscode-descriptionForeground', '#888888')),
  };
}
