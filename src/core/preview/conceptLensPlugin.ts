// The markdown-it plugin: annotates concept occurrences in rendered Markdown (VS Code's preview, the
// CLI's `render`, any markdown-it user). Parsing only records the source; each render scans it with the
// pack of that moment, so a render of cached tokens (VS Code caches them per document version) follows
// the settings and the packs. Tokens are never changed: annotations are rendered by the `text` rule, so
// heading ids (the preview takes them from the tokens' text) stay as they were.

import type { CompiledPack } from '../scan/compiledPack';
import type { Concept } from '../pack/packTypes';
import type { Lang } from '../pack/conceptPack';
import type { MarkdownItLike, MdStateBlock, MdToken } from './markdownItTypes';
import { annotate, type Piece, type SectionLink } from './annotations';
import { headingIds } from './previewSlugs';

export type { SectionLink } from './annotations';
export type { MarkdownItLike } from './markdownItTypes';

export type PreviewStyle = 'underline' | 'none';

export interface ConceptLensPluginOptions {
  /** The compiled pack for this render (`env` is the renderer's); undefined annotates nothing. */
  pack(env: unknown, src: string): CompiledPack | undefined;
  /** The reader's language for this document; default: English. */
  language?(src: string, env: unknown): Lang;
  /** A concept's section outside this document (the article's), as a link; default: none. */
  sectionLink?(concept: Concept, env: unknown): SectionLink | undefined;
  /** 'underline' (the default) marks occurrences; 'none' leaves only their tooltip and link. */
  style?(env: unknown): PreviewStyle;
  /** Give headings the ids VS Code's preview gives them (a renderer that sets none: the CLI, a site). */
  headingIds?: boolean;
  /** Drop a leading YAML front matter block (VS Code's preview has its own rule for it). */
  frontMatter?: boolean;
  /** Called when a render could not be annotated (it is then rendered without annotations). */
  onError?(error: unknown): void;
}

interface ActiveRender {
  pieces: Map<MdToken, Piece[]>;
  style: PreviewStyle;
}

export const TERM_CLASS = 'concept-lens-term';

export function conceptLensPlugin(md: MarkdownItLike, options: ConceptLensPluginOptions): void {
  const sources = new WeakMap<readonly MdToken[], string>();
  md.core.ruler.push('concept_lens_source', (state) => {
    sources.set(state.tokens, state.src);
  });
  if (options.frontMatter) md.block.ruler.before('table', 'concept_lens_front_matter', frontMatterRule, { alt: [] });
  md.renderer.rules['concept_lens_front_matter'] = () => '';

  let active: ActiveRender | undefined;
  const renderer = md.renderer;
  const render = renderer.render;
  renderer.render = function (tokens, renderOptions, env) {
    const saved = active;
    active = plan(md, options, sources.get(tokens), tokens, env);
    try {
      return render.call(this, tokens, renderOptions, env);
    } finally {
      active = saved;
    }
  };

  const text = renderer.rules['text'];
  renderer.rules['text'] = (tokens, idx, renderOptions, env, self) => {
    const pieces = active?.pieces.get(tokens[idx]!);
    if (!pieces) return text ? text(tokens, idx, renderOptions, env, self) : md.utils.escapeHtml(tokens[idx]!.content);
    return annotatedText(md, tokens[idx]!.content, pieces, active!.style);
  };
}

/** What one render annotates; undefined when nothing (off, no source, or a failure, which is reported). */
function plan(md: MarkdownItLike, options: ConceptLensPluginOptions, src: string | undefined, tokens: MdToken[], env: unknown): ActiveRender | undefined {
  if (src === undefined) return undefined;
  try {
    if (options.headingIds) for (const [i, id] of headingIds(tokens)) tokens[i]!.attrSet('id', id);
    const cp = options.pack(env, src);
    if (!cp) return undefined;
    const lang = options.language?.(src, env) ?? 'en';
    const sectionLink = options.sectionLink;
    const pieces = annotate({ md, src, tokens, cp, lang, sectionLink: sectionLink && ((c) => sectionLink(c, env)) });
    return { pieces, style: options.style?.(env) ?? 'underline' };
  } catch (e) {
    options.onError?.(e);
    return undefined;
  }
}

/** A text token's content with its annotations, everything escaped. */
export function annotatedText(md: MarkdownItLike, content: string, pieces: readonly Piece[], style: PreviewStyle): string {
  const esc = md.utils.escapeHtml;
  const cls = style === 'underline' ? `${TERM_CLASS} concept-lens-underline` : TERM_CLASS;
  let out = '';
  let at = 0;
  for (const p of pieces) {
    if (p.from < at) continue;
    out += esc(content.slice(at, p.from));
    const attrs = `class="${cls}" title="${esc(p.title)}" data-concept="${esc(p.concept.id)}"`;
    const inner = esc(content.slice(p.from, p.to));
    out += p.href === undefined ? `<span ${attrs}>${inner}</span>` : `<a ${attrs} href="${esc(p.href)}">${inner}</a>`;
    at = p.to;
  }
  return out + esc(content.slice(at));
}

/** A YAML front matter block at the very start (`---` … `---` or `...`): one token that renders as nothing. */
function frontMatterRule(state: MdStateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0) return false;
  const line = (n: number): string => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]).trimEnd();
  if (state.tShift[0] !== 0 || line(0) !== '---') return false;
  let close = 1;
  while (close < endLine && line(close) !== '---' && line(close) !== '...') close++;
  if (close >= endLine) return false;
  if (silent) return true;
  const token = state.push('concept_lens_front_matter', '', 0);
  // Not `hidden`: markdown-it would put a line break before the next block for a hidden token.
  token.block = true;
  token.map = [0, close + 1];
  token.content = state.src.slice(state.bMarks[1]!, state.bMarks[close]!);
  state.line = close + 1;
  return true;
}
