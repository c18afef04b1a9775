// The preview plugin for anyone who renders Markdown with markdown-it (a static site, Hexo through
// hexo-renderer-markdown-it, a script): built as dist/markdownItPlugin.js, with the built-in pack in it.
//
//   const md = require('markdown-it')();
//   md.use(require('concept-lens/dist/markdownItPlugin.js'), { packs: ['entropy.conceptpack.json'] });
//
// User packs get the built-in English inflections only (compromise, which derives the rest, stays out
// of this bundle): an alias whose plural the table lacks is matched as written.

import { conceptLensPlugin, type MarkdownItLike, type PreviewStyle } from '../core/preview/conceptLensPlugin';
import { readerLanguage, type LanguageSetting } from '../core/features/language';
import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import { loadBuiltinPack } from '../core/pack/builtinPack';
import { compileLayered, layerPacks, readUserPack } from '../core/pack/packPipeline';
import { formatProblem, isPackError, type ConceptPack } from '../core/pack/loadPack';
import type { CompiledPack } from '../core/scan/compiledPack';

export interface ConceptLensOptions {
  /** Concept packs: objects, JSON text, or (in Node) paths of pack files. Later packs win. */
  packs?: readonly (string | object)[];
  /** Use the built-in pack for "熵与涌现：大模型的智能之谜" (default true). */
  builtin?: boolean;
  /** The tooltips' language: auto (each document's script; the default), zh or en. */
  language?: LanguageSetting;
  /** underline (default) or none. */
  style?: PreviewStyle;
  /** Give headings the ids VS Code's preview gives them, which the annotations link to (default true). */
  headingIds?: boolean;
  /** Leave out a leading YAML front matter block (default false: Hexo strips it before rendering). */
  frontMatter?: boolean;
}

/** A pack's text: JSON text as it is, an object as JSON, else a file path read with Node's fs. */
function packText(pack: string | object): string {
  if (typeof pack !== 'string') return JSON.stringify(pack);
  if (pack.trimStart().startsWith('{')) return pack;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node only, and only for a path
  return (require('node:fs') as typeof import('node:fs')).readFileSync(pack, 'utf8');
}

/** The compiled packs; a pack with errors throws, naming them (a site build should stop, not mislead). */
export function compilePacks(options: Pick<ConceptLensOptions, 'packs' | 'builtin'>): CompiledPack {
  const builtin = options.builtin ?? true;
  const given = options.packs ?? [];
  if (given.length === 0) {
    if (!builtin) throw new Error('concept-lens: no packs (builtin is false and packs is empty)');
    return loadBuiltinCompiledPack();
  }
  const user: ConceptPack[] = given.map((p, i) => {
    const { pack, problems, failure } = readUserPack(packText(p));
    const errors = problems.filter(isPackError);
    if (failure !== undefined || !pack || errors.length > 0) {
      const name = typeof p === 'string' && !p.trimStart().startsWith('{') ? p : `packs[${i}]`;
      const why = failure ?? (errors.length > 0 ? errors.map((e) => formatProblem(e, name)).join('\n') : `${name} has no valid concept`);
      throw new Error(`concept-lens: ${why}`);
    }
    return pack;
  });
  return compileLayered(layerPacks(builtin ? [loadBuiltinPack(), ...user] : user)!.pack);
}

/** The plugin: `md.use(conceptLens, options)`. */
export default function conceptLens(md: unknown, options: ConceptLensOptions = {}): void {
  const cp = compilePacks(options);
  const setting = options.language ?? 'auto';
  conceptLensPlugin(md as MarkdownItLike, {
    pack: () => cp,
    language: (src) => readerLanguage(setting, src, 'en'),
    style: () => options.style ?? 'underline',
    headingIds: options.headingIds ?? true,
    frontMatter: options.frontMatter ?? false,
  });
}
