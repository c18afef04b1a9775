// `concept-lens render`: one Markdown file as a standalone HTML page, annotated by the same markdown-it
// plugin as VS Code's preview, with a small stylesheet (light and dark by prefers-color-scheme) and no
// script: the explanations are the occurrences' tooltips.

import markdownIt from 'markdown-it';
import { conceptLensPlugin, type MarkdownItLike } from '../core/preview/conceptLensPlugin';
import { readerLanguage, type LanguageSetting } from '../core/features/language';
import type { CompiledPack } from '../core/scan/compiledPack';
import { escapeHtml } from '../core/features/markdownEscape';

export const PAGE_STYLE = `:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --link: #0969da; --line: #d1d9e0; --code: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --link: #4493f8; --line: #3d444d; --code: #151b23; } }
body { margin: 0; color: var(--fg); background: var(--bg); font: 16px/1.6 -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 48em; margin: 0 auto; padding: 2em 1.5em; }
a { color: var(--link); }
code, pre { background: var(--code); border-radius: 4px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { padding: 0.1em 0.3em; } pre { padding: 1em; overflow: auto; } pre code { padding: 0; }
blockquote { margin: 0; padding: 0 1em; color: var(--muted); border-left: 0.25em solid var(--line); }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: 0.3em 0.8em; }
img { max-width: 100%; }
.concept-lens-term { color: inherit; text-decoration: none; cursor: help; }
a.concept-lens-term { cursor: pointer; }
.concept-lens-term.concept-lens-underline { text-decoration: underline dotted var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.2em; }
a.concept-lens-term:hover { color: var(--link); text-decoration-style: solid; }`;

export interface RenderOptions {
  cp: CompiledPack;
  lang: LanguageSetting;
  /** Let raw HTML of the document through (off: it is shown as text). */
  html: boolean;
  /** The page's title when the document has no heading: its file name. */
  fallbackTitle: string;
}

/** The annotated HTML of a Markdown text (the body only). */
export function renderMarkdown(text: string, options: Omit<RenderOptions, 'fallbackTitle'>): string {
  const md = markdownIt({ html: options.html, linkify: true });
  const lang = readerLanguage(options.lang, text, process.env.LC_ALL || process.env.LANG || 'en');
  conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => options.cp, language: () => lang, headingIds: true, frontMatter: true });
  return md.render(text);
}

/**
 * The inner HTML of the body's first `<h1 …>…</h1>`, found with two searches: with raw HTML on, a body
 * of many `<h1` never closed made a regular expression retry from each of them (quadratic).
 */
export function firstH1(body: string): string | undefined {
  const open = body.indexOf('<h1');
  if (open < 0) return undefined;
  // No later `<h1` can close where the first cannot: its `>` and `</h1>` would come later still.
  const gt = body.indexOf('>', open + 3);
  if (gt < 0) return undefined;
  const close = body.indexOf('</h1>', gt + 1);
  return close < 0 ? undefined : body.slice(gt + 1, close);
}

/** `html` without its tags (`<…>`), in one pass: an unclosed `<` and what follows it are kept. */
export function stripTags(html: string): string {
  let out = '';
  let at = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', at)) {
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    out += html.slice(at, lt);
    at = gt + 1;
  }
  return out + html.slice(at);
}

/** The page: the body, its title (the first heading's text) and the stylesheet. */
export function renderPage(text: string, options: RenderOptions): string {
  const body = renderMarkdown(text, options);
  const heading = firstH1(body);
  const title = heading !== undefined ? stripTags(heading) : escapeHtml(options.fallbackTitle);
  const lang = readerLanguage(options.lang, text, 'en') === 'zh' ? 'zh' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="concept-lens">
<title>${title}</title>
<style>
${PAGE_STYLE}
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
