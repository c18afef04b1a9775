// Helpers for the integration tests that run inside a VS Code extension host (code-server here,
// @vscode/test-electron on a desktop). No fixed sleeps: wait on events, or poll a condition with a
// deadline (waitFor).

import * as vscode from 'vscode';
import * as path from 'node:path';
import type { ConceptLensApi } from '../../src/extension/extension';

export type { ConceptLensApi };

export const EXTENSION_ID = 'concept-lens.concept-lens';
export const GUIDE_SCHEME = 'concept-lens-guide';

/**
 * Which fixture workspace is open: workspace-article or workspace-no-article, the copies that
 * scripts/host/fixtureWorkspaces.mjs makes in a throwaway folder (from test/fixtures/workspace/, the
 * article and test/fixtures/workspace-article/).
 */
export type WorkspaceKind = 'article' | 'no-article';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a fixture workspace folder open');
  return folder.uri;
}

export function workspaceKind(): WorkspaceKind {
  const name = path.posix.basename(workspaceFolder().path);
  if (name === 'workspace-article') return 'article';
  if (name === 'workspace-no-article') return 'no-article';
  throw new Error(`unexpected workspace folder ${name}: open workspace-article or workspace-no-article, made by scripts/host/fixtureWorkspaces.mjs`);
}

export function inWorkspace(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...rel.split('/'));
}

/** Activates the extension (a Markdown document should be open) and returns its API. */
export async function activateExtension(): Promise<ConceptLensApi> {
  const ext = vscode.extensions.getExtension<ConceptLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

/** Polls `check` until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The next event (that passes `filter`), or a failure after `timeoutMs`. Subscribe before causing it. */
export function nextEvent<T>(event: vscode.Event<T>, what: string, filter: (e: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!filter(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/**
 * Resolves once `check` holds: now, or after one of the events that may make it hold (checked at each).
 * The timeout is a safety net for a failing run, not a wait.
 */
export async function whenTrue(check: () => boolean | Promise<boolean>, events: vscode.Event<unknown>[], what: string, timeoutMs = 60_000): Promise<void> {
  if (await check()) return;
  await new Promise<void>((resolve, reject) => {
    let checking = false;
    let again = false;
    const done = (e?: Error): void => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      if (e) reject(e);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    // One check at a time; an event during a check asks for one more after it.
    const recheck = async (): Promise<void> => {
      if (checking) return void (again = true);
      checking = true;
      try {
        do {
          again = false;
          if (await check()) return done();
        } while (again);
      } catch (e) {
        done(e instanceof Error ? e : new Error(String(e)));
      } finally {
        checking = false;
      }
    };
    const subs = events.map((ev) => ev(() => void recheck()));
    // An event may have come between the first check and subscribing.
    void recheck();
  });
}

export async function openMarkdown(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace(rel));
  assertLanguage(doc);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

function assertLanguage(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'markdown') throw new Error(`${doc.uri.toString()} opened as ${doc.languageId}, not markdown`);
}

/** Closes every editor without prompting: dirty documents are reverted first. */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isClosed) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(() => vscode.window.activeTextEditor === undefined && vscode.window.tabGroups.all.every((g) => g.tabs.length === 0), 'every editor to close');
}

/** Reverts a file's editor to its saved text (the tests never save fixture files). */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  if (!editor.document.isDirty) return;
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !editor.document.isDirty, `${editor.document.uri.toString()} to be reverted`);
}

// ------------------------------------------------------------------ settings

function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('conceptLens');
}

/**
 * Sets a conceptLens setting in the user settings (never the fixture folder's .vscode/settings.json) and
 * waits until the extension host sees it; `undefined` removes it. The extension reacts to
 * onDidChangeConfiguration in the same dispatch that updates the value, so its handlers have run.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await configuration().update(key, value, vscode.ConfigurationTarget.Global);
  await waitFor(() => JSON.stringify(configuration().inspect(key)?.globalValue) === JSON.stringify(value), `setting conceptLens.${key} = ${JSON.stringify(value)}`);
}

export const SETTING_KEYS = ['enabled', 'explanationLanguage', 'decorations.enabled', 'decorations.style', 'article', 'maxFileSizeKB', 'packs', 'packFolder', 'completion.enabled', 'preview.enabled', 'preview.style', 'export.baseIri'] as const;

/** Removes every conceptLens user setting the tests may have written. */
export async function resetSettings(): Promise<void> {
  for (const key of SETTING_KEYS) if (configuration().inspect(key)?.globalValue !== undefined) await setSetting(key, undefined);
}

// ------------------------------------------------------------------ positions and provider results

/** The offset of the `nth` occurrence of `text` in the document (fails when missing). */
export function offsetOf(doc: vscode.TextDocument, text: string, nth = 0): number {
  const all = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (#${nth}) is not in ${doc.uri.toString()}`);
  }
  return at;
}

/** A position `delta` units into the `nth` occurrence of `text`. */
export function positionOf(doc: vscode.TextDocument, text: string, nth = 0, delta = 0): vscode.Position {
  return doc.positionAt(offsetOf(doc, text, nth) + delta);
}

export function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const start = offsetOf(doc, text, nth);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + text.length));
}

function markdownOf(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : c.value;
}

/** The Markdown of our hovers at a position ('' when there is none); other providers' hovers are left out. */
export async function conceptHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
  return hovers
    .map((h) => h.contents.map(markdownOf).join('\n'))
    .filter((md) => md.includes('command:conceptLens.findAllOccurrences'))
    .join('\n---\n');
}

/**
 * Our links: the ones whose target carries a `#Lline,col` fragment (the Markdown extension's own links do
 * not). Asked only while the provider's registration is settled: a request under way while the provider
 * is registered afresh (after a pack change) may answer nothing, so such an answer is asked again.
 */
export async function conceptLinks(doc: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
  const { registration } = (await activateExtension()).links;
  let links: vscode.DocumentLink[];
  for (;;) {
    if (registration.pending) await nextEvent(registration.onDidRegister, 'the link provider to be registered afresh');
    const generation = registration.generation;
    links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri)) ?? [];
    if (!registration.pending && registration.generation === generation) break;
  }
  return links.filter((l) => l.target && /^L\d+,\d+$/.test(l.target.fragment)).sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** A link target's line (0-based) from its `#Lline,col` fragment. */
export function targetLine(target: vscode.Uri): number {
  const m = /^L(\d+),(\d+)$/.exec(target.fragment);
  if (!m) throw new Error(`no #L fragment in ${target.toString()}`);
  return Number(m[1]) - 1;
}

export function sameResource(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.with({ fragment: '' }).toString() === b.with({ fragment: '' }).toString();
}

/** Definition results as plain locations (a provider may answer with Location or LocationLink). */
export async function definitions(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
  const result = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos)) ?? [];
  return result.map((r) => ('targetUri' in r ? new vscode.Location(r.targetUri, r.targetSelectionRange ?? r.targetRange) : r));
}

/** The text of one line of any document (a file, or the virtual concept guide). */
export async function lineText(uri: vscode.Uri, line: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
  return doc.lineAt(line).text;
}

/**
 * Runs a command that shows a quick pick and answers the pick: 'accept' takes the first (active) item,
 * 'cancel' closes it. The quick pick is not observable through the API, so the answer is repeated until
 * the command settles, with a deadline.
 */
export async function runWithQuickPick<T>(command: string, answer: 'accept' | 'cancel', ...args: unknown[]): Promise<T> {
  let settled = false;
  const run = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => {
    settled = true;
  });
  await waitFor(
    async () => {
      if (settled) return true;
      await vscode.commands.executeCommand(answer === 'accept' ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
      return settled;
    },
    `${command} to settle after the quick pick was answered (${answer})`,
  );
  return run;
}

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

// ------------------------------------------------------------------ expected targets

/** The concept guide's language, as the extension picks it with explanationLanguage "auto". */
export function guideLanguage(): 'zh' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function guideUri(lang: 'zh' | 'en' = guideLanguage()): vscode.Uri {
  return vscode.Uri.from({ scheme: GUIDE_SCHEME, path: `/${lang}/entropy-and-emergence.md` });
}

/** The 0-based line of the first heading of `uri` whose text (emphasis markers left out) contains `heading`. */
export async function headingLine(uri: vscode.Uri, heading: string): Promise<number> {
  const doc = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (/^#{1,6}\s/.test(text) && text.replace(/\*/g, '').includes(heading)) return i;
  }
  throw new Error(`no heading "${heading}" in ${uri.toString()}`);
}

/**
 * Where a concept whose home section has the heading `heading` links from a document that has no
 * heading naming it: the article in workspace-article, the concept guide in workspace-no-article.
 */
export async function expectedSectionTarget(heading: string): Promise<{ uri: vscode.Uri; line: number }> {
  const uri = workspaceKind() === 'article' ? inWorkspace('entropy-and-emergence.md') : guideUri();
  return { uri, line: await headingLine(uri, heading) };
}

/** Undoes escapeMarkdown, so pack text can be looked for in a hover. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&$:])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The section title a hover names ("Section: title · N occurrences"). */
export function hoverSectionTitle(md: string): string {
  const m = /^Section: (.+?) · /m.exec(md);
  if (!m) throw new Error(`no section in the hover:\n${md}`);
  return unescapeMarkdown(m[1]!);
}

/**
 * Runs the hover's "Go to section" command link as VS Code would (command id and JSON arguments from
 * the link) and returns where the active editor went.
 */
export async function followHoverGoToSection(md: string): Promise<{ uri: vscode.Uri; line: number }> {
  const args = hoverCommandArgs(md, 'conceptLens.goToSection');
  await vscode.commands.executeCommand('conceptLens.goToSection', ...args);
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('Go to section left no active editor');
  return { uri: editor.document.uri, line: editor.selection.active.line };
}

/** The arguments of a command link `[..](command:id?args)` in a hover. */
export function hoverCommandArgs(md: string, id: string): unknown[] {
  const m = new RegExp(`\\(command:${id.replace(/\./g, '\\.')}\\?([^)\\s]+)[)\\s]`).exec(md);
  if (!m) throw new Error(`no command link ${id} in the hover:\n${md}`);
  return JSON.parse(decodeURIComponent(m[1]!)) as unknown[];
}
