// The part of markdown-it (12 to 14) that the preview plugin uses, declared structurally: the core stays
// free of the package, and the host that renders (VS Code's preview, the CLI, Hexo) passes its own
// instance.

export interface MdToken {
  type: string;
  tag: string;
  nesting: number;
  /** [first line, line after the last], 0-based, on block tokens. */
  map: [number, number] | null;
  content: string;
  markup: string;
  info: string;
  hidden: boolean;
  block: boolean;
  meta: unknown;
  children: MdToken[] | null;
  attrGet(name: string): string | null;
  attrSet(name: string, value: string): void;
}

export interface MdStateCore {
  src: string;
  env: unknown;
  tokens: MdToken[];
}

export interface MdStateBlock {
  src: string;
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  line: number;
  push(type: string, tag: string, nesting: number): MdToken;
}

export type MdRenderRule = (tokens: MdToken[], idx: number, options: unknown, env: unknown, self: MdRenderer) => string;

export interface MdRenderer {
  rules: Record<string, MdRenderRule | undefined>;
  render(tokens: MdToken[], options: unknown, env: unknown): string;
  renderToken(tokens: MdToken[], idx: number, options: unknown): string;
}

export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: MdStateCore) => void): void } };
  block: {
    ruler: {
      before(beforeName: string, name: string, rule: (state: MdStateBlock, startLine: number, endLine: number, silent: boolean) => boolean, options?: { alt?: string[] }): void;
    };
  };
  renderer: MdRenderer;
  utils: { escapeHtml(text: string): string; unescapeAll(text: string): string };
  helpers: {
    parseLinkDestination(str: string, pos: number, max: number): { ok: boolean; pos: number };
    parseLinkTitle(str: string, pos: number, max: number): { ok: boolean; pos: number };
  };
}
