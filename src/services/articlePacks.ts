// The pack of the article being edited, which the authoring commands write to: the user pack beside
// the document (`post.md` → `post.conceptpack.json`, or in the folder conceptLens.packFolder names),
// else the user pack whose article title is the document's front-matter title. When there is none,
// where a new one would go.

import { frontMatterTitle, headingKey } from '../core/features/articleMatch';
import type { ConceptPack } from '../core/pack/loadPack';
import type { ISettings } from './host/settings';
import type { IWorkspace } from './host/workspace';
import { pathOf } from './host/uri';
import { isSourceDocument, PACK_FILE_SUFFIX } from './schemes';
import type { UserPack } from './packLayers';

export interface ArticlePack {
  /** The pack file's URI. */
  uri: string;
  /** The pack as loaded, when the file exists and loads. */
  pack: ConceptPack | undefined;
}

/** The document's file name without its extension: `posts/熵.md` → `熵`. */
export function articleName(documentUri: string): string {
  const path = pathOf(documentUri);
  const name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name || 'article';
}

export class ArticlePacks {
  constructor(
    private readonly packs: { readonly userPacks: readonly UserPack[] },
    private readonly workspace: Pick<IWorkspace, 'resolvePath'>,
    private readonly settings: Pick<ISettings, 'resource'>,
  ) {}

  /**
   * Whether the document has a pack, or a place where a new one can go: a document never saved
   * (`untitled:Untitled-1`) has no folder, and its pack would land at the file system's root; a view
   * of a document (the concept guide, a diff's git: side) is not where its pack is written.
   */
  hasPackHome(documentUri: string, text: string): boolean {
    if (!isSourceDocument(documentUri)) return false;
    return this.find(documentUri, text) !== undefined || pathOf(documentUri).includes('/');
  }

  /** Where the document's own pack file is, or would be (see hasPackHome for a document with no folder). */
  packUriFor(documentUri: string): string {
    const file = encodeURIComponent(articleName(documentUri) + PACK_FILE_SUFFIX);
    const folder = this.settings.resource(documentUri).packFolder;
    if (folder) return `${this.workspace.resolvePath(folder, documentUri).replace(/\/$/, '')}/${file}`;
    const hash = documentUri.search(/[?#]/);
    const base = hash < 0 ? documentUri : documentUri.slice(0, hash);
    return `${base.slice(0, base.lastIndexOf('/') + 1)}${file}`;
  }

  /** The pack of a document: beside it, else by its title; else undefined (see packUriFor for a new one). */
  find(documentUri: string, text: string): ArticlePack | undefined {
    const beside = this.packUriFor(documentUri);
    const own = this.packs.userPacks.find((p) => sameUri(p.uri, beside));
    if (own) return own;
    const title = frontMatterTitle(text);
    const key = title && headingKey(title);
    const byTitle = key ? this.packs.userPacks.find((p) => Object.values(p.pack.title).some((t) => t && headingKey(t) === key)) : undefined;
    return byTitle;
  }
}

/** Two URI strings of the same file, one maybe percent-encoded where the other is not. */
function sameUri(a: string, b: string): boolean {
  return a === b || safeDecode(a) === safeDecode(b);
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    // A malformed escape: compare as written.
    return uri;
  }
}
