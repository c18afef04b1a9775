// Link reference definitions (`[label]: destination "title"`), which may spread over three lines, and
// GFM footnote definitions (`[^label]:`). Each regex is anchored and made of runs that cannot overlap,
// so none backtracks across a run.

/** What the line after a definition may hold. */
export const enum DefinitionMode {
  /** No definition is waiting for a line. */
  None = 0,
  /** The previous line is a label alone (`[a]:`): its destination must follow. */
  LabelAlone = 1,
  /** A definition without a title: its title may follow on the next line. */
  TitleMayFollow = 2,
}

const REF_LABEL = '\\[(?!\\^)(?:[^\\]\\\\[]|\\\\.){1,999}\\]:';
const REF_DEST = '(?:<(?:[^<>\\n\\\\]|\\\\.)*>|[^\\s<]\\S*)';
const REF_TITLE = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|\\((?:[^()\\\\]|\\\\.)*\\))`;
/** A whole reference definition on one line; group 1 is set when it has a title. */
export const REFDEF = new RegExp(`^${REF_LABEL}[ \\t]*${REF_DEST}(?:([ \\t]+${REF_TITLE}))?[ \\t]*$`);
/** A label alone: the destination follows on the next line. */
export const REFDEF_LABEL = new RegExp(`^${REF_LABEL}[ \\t]*$`);
/** The next line of a definition whose label stands alone; group 1 is set when it has a title. */
export const REFDEF_DEST_LINE = new RegExp(`^${REF_DEST}(?:([ \\t]+${REF_TITLE}))?[ \\t]*$`);
/** A title on the line after a definition. */
export const REFDEF_TITLE_LINE = new RegExp(`^${REF_TITLE}[ \\t]*$`);
/** A GFM footnote definition: `[^label]:`. */
export const FOOTNOTE_DEF = /^\[\^[^\]\s[]{1,999}\]:/;
