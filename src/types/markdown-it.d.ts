// The part of markdown-it 12 (the engine of VS Code 1.100's Markdown preview) that the CLI's render and
// the tests use; the package ships no types, and @types/markdown-it would be one more dependency for a
// few members. The preview plugin itself declares what it uses structurally (src/core/preview).
declare module 'markdown-it' {
  namespace markdownIt {
    interface Token {
      type: string;
      tag: string;
      /** [first line, line after the last], 0-based, on block tokens. */
      map: [number, number] | null;
      content: string;
      markup: string;
      children: Token[] | null;
    }
    interface StateInline {
      src: string;
      pos: number;
      push(type: string, tag: string, nesting: number): Token;
    }
    interface MarkdownIt {
      render(src: string, env?: object): string;
      renderer: { render(tokens: Token[], options: object, env: object): string; rules: Record<string, (tokens: Token[], idx: number) => string> };
      inline: { ruler: { after(name: string, rule: string, fn: (state: StateInline, silent: boolean) => boolean): void } };
      options: object;
      parse(src: string, env: object): Token[];
      linkify: { set(options: { fuzzyLink?: boolean; fuzzyEmail?: boolean; fuzzyIP?: boolean }): unknown };
    }
    interface Options {
      html?: boolean;
      linkify?: boolean;
      typographer?: boolean;
    }
  }
  function markdownIt(options?: markdownIt.Options): markdownIt.MarkdownIt;
  export = markdownIt;
}
