// The fixture workspaces of the integration suite, made at run time in a throwaway folder from single
// copies of the files, so that nothing is kept twice in the repository and a test run (or the host
// writing into a workspace) leaves `git status` clean:
//
//   workspace-no-article/  test/fixtures/workspace/ (notes.md, drafts/outline.md)
//   workspace-article/     the same, plus test/fixtures/entropy-and-emergence.md (the article) and
//                          test/fixtures/workspace-article/ (packs/tiny.pack.json, a user pack)
//
// The folder names matter: test/integration/helpers.ts tells the two apart by them, and the settings
// suite reaches workspace-article/packs/ from workspace-no-article through "..".
//
//   import { makeFixtureWorkspaces } from './fixtureWorkspaces.mjs';
//   const ws = makeFixtureWorkspaces();   // { dir, article: '/tmp/…/workspace-article', 'no-article': …, remove() }

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** The article (the one copy in the repository): unit tests read it, workspaces and the demo copy it. */
export const ARTICLE = path.join(FIXTURES, 'entropy-and-emergence.md');

/** Copies the article alone into `dir` (made if missing), overwriting an older copy; returns its path. */
export function copyArticle(dir) {
  const to = path.join(dir, path.basename(ARTICLE));
  cpSync(ARTICLE, to);
  return to;
}

/**
 * Makes both fixture workspaces in a new folder under the OS temp dir (or under `parent`).
 * @returns {{ dir: string, article: string, 'no-article': string, remove: () => void }}
 */
export function makeFixtureWorkspaces(parent = os.tmpdir()) {
  const dir = mkdtempSync(path.join(parent, 'concept-lens-ws-'));
  const article = path.join(dir, 'workspace-article');
  const noArticle = path.join(dir, 'workspace-no-article');
  cpSync(path.join(FIXTURES, 'workspace'), noArticle, { recursive: true });
  cpSync(path.join(FIXTURES, 'workspace'), article, { recursive: true });
  cpSync(path.join(FIXTURES, 'workspace-article'), article, { recursive: true });
  copyArticle(article);
  return { dir, article, 'no-article': noArticle, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
