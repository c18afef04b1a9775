// Which documents and files Concept Lens works in: the one place that names URI schemes and Markdown
// globs. Every scheme a Markdown document can have counts (files, unsaved documents, remote and virtual
// workspaces, any file system an extension provides, notebook cells, the concept guide, a diff's other
// side), but for the few that are not documents anyone writes.

import { schemeOf } from './host/uri';

/** The read-only concept guide, generated from the pack (conceptGuides.ts). */
export const GUIDE_SCHEME = 'concept-lens-guide';

/** The Concepts view's tree items carry this scheme in their resourceUri, only to dim absent concepts. */
export const TREE_SCHEME = 'concept-lens-tree';

/** The providers' selector: Markdown of any scheme (see isAnnotated for the few left out). */
export const MARKDOWN_SELECTOR = { language: 'markdown' } as const;

/** The workspace's Markdown files, and the folders never searched for them. */
export const MARKDOWN_GLOB = '**/*.{md,markdown}';
export const MARKDOWN_EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test}/**';

/** Whether a URI names a Markdown file (as MARKDOWN_GLOB does). */
export function isMarkdownUri(uri: string): boolean {
  return /\.(?:md|markdown)$/i.test(uri);
}

/** Concept packs kept beside the articles they are for (`entropy.md` and `entropy.conceptpack.json`). */
export const PACK_FILE_SUFFIX = '.conceptpack.json';
export const PACK_FILE_GLOB = `**/*${PACK_FILE_SUFFIX}`;

/**
 * Editors of text that is not a document, though VS Code may give it the markdown language: code blocks
 * of a chat answer, the comment being written, the accessible view (which shows a hover's Markdown,
 * ours included), an output channel, the source control message. No occurrence is found there.
 */
const NOT_DOCUMENTS: ReadonlySet<string> = new Set(['vscode-chat-code-block', 'vscode-chat-code-compare-block', 'comment', 'accessible-view', 'output', 'vscode-scm']);

/**
 * Views of a document rather than the document: the concept guide, and other versions of a file (a
 * diff's git: side, VS Code's local history). Hovers and links work in them; their occurrences are not
 * the workspace's (Find All Occurrences, counts) and they are not taken for the article.
 */
const VIEWS: ReadonlySet<string> = new Set([GUIDE_SCHEME, 'git', 'vscode-local-history']);

/** Whether concepts are found in a Markdown document of this URI (every scheme but NOT_DOCUMENTS). */
export function isAnnotated(uri: string): boolean {
  return !NOT_DOCUMENTS.has(schemeOf(uri));
}

/** Whether a document is one the user writes, not a view of one: its occurrences count, it can be the article. */
export function isSourceDocument(uri: string): boolean {
  return isAnnotated(uri) && !VIEWS.has(schemeOf(uri));
}

/** A Markdown document of a scheme where concepts are annotated. */
export function isAnnotatedMarkdown(doc: { readonly languageId: string; readonly uri: string }): boolean {
  return doc.languageId === 'markdown' && isAnnotated(doc.uri);
}
