// The lint service on the in-memory host: findings on open and after edits, only the edited blocks
// checked again, the setting that turns it off, and the newest lint winning.

import * as assert from 'node:assert/strict';
import { ConceptLinter } from '../../../src/core/lint/conceptLinter';
import type { Lexicon } from '../../../src/core/lint/lexicon';
import { ConceptLint } from '../../../src/services/conceptLint';
import type { ILintDiagnostics, ILintEngine, LintReport } from '../../../src/services/host/lintHost';
import { DEFAULT_WINDOW, MemoryLog, nextEvent } from '../../support/memoryHost';
import { makeServices, type Services } from '../../support/services';
import { testLexicon } from '../../support/lexicon';

class MemoryLintDiagnostics implements ILintDiagnostics {
  readonly current = new Map<string, LintReport>();
  set(report: LintReport): void {
    this.current.set(report.uri, report);
  }
  delete(uri: string): void {
    this.current.delete(uri);
  }
  clear(): void {
    this.current.clear();
  }
}

/** The real linter over a lexicon that counts the English words it is asked about. */
function countingEngine(): { engine: ILintEngine; asked: string[] } {
  const asked: string[] = [];
  const base = testLexicon();
  const lexicon: Lexicon = { hasEnglish: (w) => (asked.push(w), base.hasEnglish(w)), hasChinese: (w) => base.hasChinese(w), maxChineseLength: base.maxChineseLength };
  return { engine: { linterFor: async (pack) => new ConceptLinter(pack, lexicon) }, asked };
}

describe('services: concept lint', () => {
  let s: Services;
  let problems: MemoryLintDiagnostics;
  let lint: ConceptLint;
  let asked: string[];
  beforeEach(() => {
    s = makeServices();
    problems = new MemoryLintDiagnostics();
    const counting = countingEngine();
    asked = counting.asked;
    lint = new ConceptLint(s.scans, s.workspace, s.settings, counting.engine, problems, new MemoryLog());
  });
  afterEach(() => {
    lint.dispose();
    s.dispose();
  });

  const texts = (uri: string): string[] => (problems.current.get(uri)?.diagnostics ?? []).map((d) => d.text);

  it('lints a Markdown document when it opens', async () => {
    const published = nextEvent<void>((l) => ({ dispose: wrap(problems, () => l()) }));
    s.workspace.open('file:///ws/a.md', 'Its entrophy grows.');
    await published;
    assert.deepEqual(texts('file:///ws/a.md'), ['entrophy']);
  });

  it('checks again only the blocks an edit touched', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} has some ordinary words and entrophy.`);
    const doc = s.workspace.open('file:///ws/b.md', paragraphs.join('\n\n'));
    await lint.lintDocument(doc);
    assert.equal(texts(doc.uri).length, 40);
    asked.length = 0;
    s.workspace.edit(doc, doc.getText().indexOf('Paragraph 7') + 'Paragraph 7 has some ordinary words and '.length, 'entrophy'.length, 'emergance');
    const report = await lint.lintDocument(doc);
    assert.equal(report?.diagnostics.length, 40);
    assert.deepEqual(report?.diagnostics.map((d) => d.text).filter((t) => t !== 'entrophy'), ['emergance']);
    // Only paragraph 7's words were looked up again.
    assert.ok(asked.length > 0 && asked.length <= 5, `asked about ${asked.length} words: ${asked.join(' ')}`);
  });

  it('gives the same findings after edits as a fresh lint', async () => {
    const doc = s.workspace.open('file:///ws/c.md', '# Notes\n\nIts entrophy.\n\n对称破却。\n\nTransfomer.');
    await lint.lintDocument(doc);
    s.workspace.edit(doc, 0, 0, 'The emergance.\n\n');
    s.workspace.edit(doc, doc.getText().indexOf('对称破却'), 4, '对称破缺');
    const incremental = (await lint.lintDocument(doc))!.diagnostics.map((d) => [d.start, d.text]);
    const fresh = new ConceptLint(s.scans, s.workspace, s.settings, countingEngine().engine, new MemoryLintDiagnostics(), new MemoryLog());
    const again = (await fresh.lintDocument(doc))!.diagnostics.map((d) => [d.start, d.text]);
    fresh.dispose();
    assert.deepEqual(incremental, again);
    assert.deepEqual(incremental.map((x) => x[1]), ['emergance', 'entrophy', 'Transfomer']);
  });

  it('drops a misspelling fixed in a heading (an edited heading is a new block)', async () => {
    const doc = s.workspace.open('file:///ws/h.md', '# Its entrophy grows\n\nSome text.');
    assert.deepEqual((await lint.lintDocument(doc))!.diagnostics.map((d) => d.text), ['entrophy']);
    s.workspace.edit(doc, doc.getText().indexOf('entrophy'), 8, 'entropy');
    assert.deepEqual((await lint.lintDocument(doc))!.diagnostics, []);
  });

  it('clears the Problems panel when turned off, and lints again when turned on', async () => {
    const doc = s.workspace.open('file:///ws/d.md', 'Its entrophy grows.');
    await lint.lintDocument(doc);
    s.settings.setWindow({ lint: { ...DEFAULT_WINDOW.lint, enabled: false } });
    assert.equal(problems.current.size, 0);
    assert.equal(await lint.lintDocument(doc), undefined);
    s.settings.setWindow({ lint: { ...DEFAULT_WINDOW.lint, enabled: true } });
    await lint.lintDocument(doc);
    assert.deepEqual(texts(doc.uri), ['entrophy']);
  });

  it('publishes again when explanationLanguage changes: the messages are worded in that language', async () => {
    const doc = s.workspace.open('file:///ws/lang.md', 'Its entrophy grows.');
    await lint.lintDocument(doc);
    const republished = nextEvent<void>((l) => ({ dispose: wrap(problems, () => l()) }));
    s.settings.setWindow({ explanationLanguage: 'zh' });
    await republished;
    assert.deepEqual(texts(doc.uri), ['entrophy']);
  });

  it('lints a large document in slices, yielding between them, with the findings of one pass', async () => {
    let yields = 0;
    const sliced = new ConceptLint(s.scans, s.workspace, s.settings, countingEngine().engine, new MemoryLintDiagnostics(), new MemoryLog(), async () => {
      yields++;
    });
    const big = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} speaks of ${i % 100 === 0 ? 'entrophy' : 'entropy'} at some length.`).join('\n\n');
    const doc = s.workspace.open('file:///ws/big.md', big);
    const report = await sliced.lintDocument(doc);
    sliced.dispose();
    assert.ok(yields >= 2, `${yields} yields for ${big.length} units`);
    assert.equal(report?.diagnostics.length, 30);
  });

  it('forgets a closed document', async () => {
    const doc = s.workspace.open('file:///ws/e.md', 'Its entrophy grows.');
    await lint.lintDocument(doc);
    s.workspace.close(doc);
    assert.equal(problems.current.has(doc.uri), false);
    assert.equal(lint.reportFor(doc.uri, doc.version), undefined);
  });

  it('keeps the newest findings when an older lint finishes last', async () => {
    const doc = s.workspace.open('file:///ws/f.md', 'Its entrophy grows.');
    const first = lint.lintDocument(doc);
    s.workspace.edit(doc, 0, 0, 'Transfomer. ');
    const second = lint.lintDocument(doc);
    assert.equal(await first, undefined);
    assert.deepEqual((await second)?.diagnostics.map((d) => d.text), ['Transfomer', 'entrophy']);
  });
});

/** Calls `listener` on the next set() of the diagnostics; returns the undo. */
function wrap(problems: MemoryLintDiagnostics, listener: () => void): () => void {
  const set = problems.set.bind(problems);
  problems.set = (r) => {
    set(r);
    listener();
  };
  return () => (problems.set = set);
}
