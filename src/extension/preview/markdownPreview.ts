// Concept Lens in VS Code's Markdown preview: the markdown-it plugin (src/core/preview) wired to the live
// packs, settings and article. Nothing runs until the preview first asks for the plugin; after that a
// change of the settings, the packs or the article re-renders open previews (markdown.preview.refresh,
// which also drops the preview's cached tokens).

import * as vscode from 'vscode';
import { conceptLensPlugin, type MarkdownItLike } from '../../core/preview/conceptLensPlugin';
import { exceedsSizeLimit } from '../../core/features/sizeLimit';
import { Disposable } from '../../services/base/disposable';
import type { ISettings } from '../../services/host/settings';
import type { ILog } from '../../services/host/log';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { PreviewSections } from '../../services/preview/previewSections';
import type { PackRegistry } from '../../services/packRegistry';

/** The settings whose change re-renders a preview. */
const PREVIEW_SETTINGS = ['conceptLens.preview', 'conceptLens.enabled', 'conceptLens.explanationLanguage', 'conceptLens.maxFileSizeKB'];

/** The document a render is for: VS Code's preview passes its URI as `env.currentDocument`. */
function documentOf(env: unknown): string | undefined {
  const doc = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  return doc === undefined || doc === null ? undefined : String(doc);
}

export class MarkdownPreview extends Disposable {
  /** Whether the preview has asked for the plugin: before that, nothing needs refreshing. */
  private used = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly packs: Pick<PackRegistry, 'current' | 'forDocument' | 'onDidChange'>,
    private readonly settings: ISettings,
    private readonly language: ReaderLanguage,
    private readonly sections: PreviewSections,
    private readonly log: ILog,
  ) {
    super();
    this.register(settings.onDidChange((e) => PREVIEW_SETTINGS.some((key) => e.affects(key)) && this.refreshSoon()));
    this.register(packs.onDidChange(() => this.refreshSoon()));
    this.register(sections.onDidChange(() => this.refreshSoon()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  /** What activate() returns as `extendMarkdownIt`. */
  extendMarkdownIt<T>(md: T): T {
    this.used = true;
    conceptLensPlugin(md as unknown as MarkdownItLike, {
      pack: (env, src) => {
        const s = this.settings.window();
        if (!s.enabled || !s.previewEnabled || exceedsSizeLimit(src, s.maxFileSizeKB)) return undefined;
        const uri = documentOf(env);
        return uri === undefined ? this.packs.current : this.packs.forDocument(uri);
      },
      language: (src) => this.language.of({ text: src }),
      sectionLink: (concept, env) => {
        const uri = documentOf(env);
        return uri === undefined ? undefined : this.sections.link(concept, uri);
      },
      style: () => this.settings.window().previewStyle,
      onError: (e) => this.log.warn(`the Markdown preview was rendered without concepts: ${e instanceof Error ? e.message : String(e)}`),
    });
    return md;
  }

  private refreshSoon(): void {
    if (!this.used || this.isDisposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void Promise.resolve(vscode.commands.executeCommand('markdown.preview.refresh')).catch((e: unknown) => this.log.warn(`cannot refresh the Markdown preview: ${String(e)}`));
    }, 150);
  }
}
