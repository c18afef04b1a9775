// The services wired as activate() wires them, over the in-memory host (memoryHost.ts).

import { PackRegistry, type InflectionLoader } from '../../src/services/packRegistry';
import { DocumentScans } from '../../src/services/documentScans';
import { ConceptGuides } from '../../src/services/conceptGuides';
import { ArticleSearch } from '../../src/services/articleSearch';
import { SectionTargets } from '../../src/services/navigation';
import { ConceptIndex } from '../../src/services/index/conceptIndex';
import { InProcessIndexWorker } from '../../src/services/index/inProcessIndexWorker';
import { FollowedDocument } from '../../src/services/followedDocument';
import { ReaderLanguage } from '../../src/services/readerLanguage';
import { MemoryDiagnostics, MemoryEditors, MemoryLog, MemoryNotifications, MemorySettings, MemoryWorkspace } from './memoryHost';

export interface Services {
  workspace: MemoryWorkspace;
  settings: MemorySettings;
  notifications: MemoryNotifications;
  diagnostics: MemoryDiagnostics;
  log: MemoryLog;
  editors: MemoryEditors;
  inflectionRequests: string[][];
  packs: PackRegistry;
  scans: DocumentScans;
  language: ReaderLanguage;
  guides: ConceptGuides;
  article: ArticleSearch;
  targets: SectionTargets;
  /** The workspace index, started (a test waits with whenComplete()). */
  occurrences: ConceptIndex;
  followed: FollowedDocument;
  dispose(): void;
}

export interface ServiceOptions {
  /** Prepares the host before the services are made (files, settings, open documents). */
  setup?: (host: { workspace: MemoryWorkspace; settings: MemorySettings; editors: MemoryEditors }) => void;
  uiLanguage?: string;
  loadInflections?: InflectionLoader;
}

export function makeServices(options: ServiceOptions = {}): Services {
  const workspace = new MemoryWorkspace();
  const settings = new MemorySettings();
  const editors = new MemoryEditors();
  options.setup?.({ workspace, settings, editors });
  const notifications = new MemoryNotifications();
  const diagnostics = new MemoryDiagnostics();
  const log = new MemoryLog();
  const inflectionRequests: string[][] = [];
  const loadInflections: InflectionLoader =
    options.loadInflections ??
    (async (aliases) => {
      inflectionRequests.push(aliases);
      return {};
    });
  const packs = new PackRegistry(workspace, settings, diagnostics, notifications, log, loadInflections);
  const scans = new DocumentScans(packs, workspace, settings, notifications);
  const language = new ReaderLanguage(settings, options.uiLanguage ?? 'en');
  const guides = new ConceptGuides(packs, language, () => ({ relation: (k) => k, title: 'Guide', intro: 'Intro', otherConcepts: 'Other' }));
  const occurrences = new ConceptIndex({ workspace, settings, packs, scans, worker: new InProcessIndexWorker(workspace), cache: undefined, notifications, log });
  const article = new ArticleSearch(workspace, settings, packs, scans, occurrences, log);
  const targets = new SectionTargets(packs, article, guides);
  const followed = new FollowedDocument(editors, workspace);
  occurrences.start();
  const dispose = (): void => {
    for (const d of [followed, article, occurrences, guides, scans, packs]) d.dispose();
  };
  return { workspace, settings, notifications, diagnostics, log, editors, inflectionRequests, packs, scans, language, guides, article, targets, occurrences, followed, dispose };
}

/** The article's front matter title, which isArticle() recognises. */
export const ARTICLE_TITLE = '熵与涌现：大模型的智能之谜';

/** A tiny article: its title, two of the pack's section headings, and an occurrence under each. */
export const TINY_ARTICLE = ['---', `title: ${ARTICLE_TITLE}`, '---', '', '# 熵与热力学第二定律', '', '熵', '', '# 神奇的涌现', '', '涌现', ''].join('\n');

/** A user pack with one concept, "gradient descent" (梯度下降). */
export const USER_PACK = JSON.stringify({
  id: 'tiny',
  article: { title: { en: 'Optimisation notes' }, sections: [{ id: 'basics', heading: 'Basics' }] },
  concepts: [{ id: 'gradient-descent', name: { zh: '梯度下降', en: 'gradient descent' }, explanation: { en: 'Steps downhill.' }, section: 'basics' }],
});
