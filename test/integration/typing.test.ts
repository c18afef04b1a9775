// Typing in a ~1 MB Markdown document generated here: single-character edits (60 in the test, 200 in
// the benchmark), then half as many again with the Concept Graph visible. The test asserts that the incremental scan stays correct in the real host
// (equal to a scan from scratch, the typed concepts found). The timings (the editor.edit round trip,
// the extension's scans.get(document) that a provider would run next, the host's event-loop lag) are
// a benchmark, not a test: they are printed only when CONCEPT_LENS_TYPING_FIGURES=1, which
// `npm run bench:typing` (scripts/bench-host.mjs) sets. (The built-in Markdown extension shares this
// extension host; in a CPU profile of this test it took more of it than Concept Lens, mostly
// serialising messages to its language server, so the lag figure is not ours alone.)

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { scanDocument } from '../../src/core/scan/documentScan';
import { DETAILED_LINKS_MAX } from '../../src/extension/features/conceptLinkProvider';
import { activateExtension, closeAllEditors, median, nextEvent, openUntitled, percentile, resetSettings, type ConceptLensApi, waitFor, workspaceKind } from './helpers';

/** Set by scripts/bench-host.mjs: print the timings. */
const FIGURES = process.env.CONCEPT_LENS_TYPING_FIGURES === '1';
/** The benchmark wants many samples; the test, many edits at a bearable cost on a loaded machine. */
const KEYSTROKES = FIGURES ? 200 : 60;
/** Link requests in the benchmark: the first, then enough later ones for a median. */
const LINK_REQUESTS = 6;
const TYPED = 'Entropy meets emergence: 熵增与涌现, then symmetry breaking and a phase transition. ';

/** About a million UTF-16 units of mixed English/Chinese Markdown (no headings of the article). */
function bigDocument(): string {
  const part = (i: number): string =>
    [
      `## Notes, part ${i}`,
      '',
      `Entropy is a measure of disorder; the second law of thermodynamics says it grows (${i}). 熵增是自然过程的方向，交叉熵却是另一回事。`,
      'When many simple parts interact, emergence happens: 大模型涌现出来的能力。A phase transition is the same story.',
      '',
      '```python',
      'entropy = -sum(p * log(p) for p in probs)',
      '```',
      '',
      '- Is a Transformer enough, or does pre-training matter more? 语言是不是意识出现的前提？',
      '- Plain words with no concept in them at all, just to make the line longer than it needs to be.',
      '',
    ].join('\n');
  const parts: string[] = ['# A long document\n'];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const p = part(i);
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n');
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;

interface Typed {
  editMs: number[];
  scanMs: number[];
  /** Event-loop lag in this extension host while typing (everything that runs in it, not just us). */
  lag: number[];
  end: vscode.Position;
}

/** Types `count` characters at `pos`, one edit each, timing each edit and the scan a provider would ask for next. */
async function typeKeystrokes(api: ConceptLensApi, editor: vscode.TextEditor, pos: vscode.Position, count: number): Promise<Typed> {
  const doc = editor.document;
  const editMs: number[] = [];
  const scanMs: number[] = [];
  const lag: number[] = [];
  let tick = performance.now();
  const monitor = setInterval(() => {
    const now = performance.now();
    lag.push(Math.max(0, now - tick - 10));
    tick = now;
  }, 10);
  const rescanned = nextEvent(api.scans.onDidChange, 'the debounced rescan after typing', (s) => s?.uri.toString() === doc.uri.toString(), 30_000);
  try {
    for (let i = 0; i < count; i++) {
      const ch = TYPED[i % TYPED.length]!;
      const at = pos;
      const t0 = performance.now();
      const ok = await editor.edit((b) => b.insert(at, ch), { undoStopBefore: false, undoStopAfter: false });
      const t1 = performance.now();
      assert.ok(ok, `keystroke ${i} applied`);
      const scan = api.scans.get(doc);
      scanMs.push(performance.now() - t1);
      editMs.push(t1 - t0);
      assert.equal(scan?.version, doc.version);
      pos = pos.translate(0, ch.length);
    }
  } finally {
    clearInterval(monitor);
  }
  await rescanned;
  return { editMs, scanMs, lag, end: pos };
}

describe('typing in a large document', () => {
  let api: ConceptLensApi;
  before(async () => {
    await resetSettings();
    api = await activateExtension();
  });
  after(async () => {
    // The test shows the Concept Graph: back to the Explorer, as the other suites expect.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await closeAllEditors();
  });

  it(`the incremental scan stays correct over ${KEYSTROKES + KEYSTROKES / 2} keystrokes in a ~1 MB document`, async function () {
    // Once is enough (and keeps the two host runs short): in workspace-article only.
    if (workspaceKind() !== 'article') this.skip();
    this.timeout(180_000);
    const text = bigDocument();
    const editor = await openUntitled(text);
    const doc = editor.document;
    assert.equal(doc.getText().length, text.length);

    const first = api.scans.get(doc);
    assert.ok(first && first.matches.length > 10_000, `the document has many occurrences (${first?.matches.length})`);
    // A whole-document scan (what the extension does when it first sees the document, or after Rescan).
    const t = performance.now();
    const full = scanDocument(doc.getText(), api.scans.pack);
    const firstScanMs = performance.now() - t;
    assert.equal(full.matches.length, first.matches.length, 'the extension scanned the whole document');

    // Links: one per occurrence. Past DETAILED_LINKS_MAX they get their target when VS Code resolves them.
    // The first request also finds the article in the workspace (reading files through the window).
    // The later ones are what each request costs; the first of them overlaps what the window still
    // does for the newly opened document (the editor's own link requests, tokenising, painting), and
    // more so the sooner the first request returned, so their median is the figure to compare.
    const linksMs: number[] = [];
    let links: vscode.DocumentLink[] = [];
    for (let i = 0; i < (FIGURES ? LINK_REQUESTS : 1); i++) {
      const tl = performance.now();
      links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 3);
      linksMs.push(performance.now() - tl);
    }
    assert.equal(links.length, first.matches.length, 'one link per occurrence (the document has no heading naming a concept)');
    assert.ok(first.matches.length > DETAILED_LINKS_MAX, 'this document is past the limit for detailed links');
    for (const link of links.slice(0, 3)) assert.match(link.target?.toString() ?? '', /concept-lens-guide:|\.md/, 'a resolved link has its target');

    // Type into the middle of a prose line, one character per edit, as a user would.
    const line = Math.floor(doc.lineCount / 2);
    let lineNo = line;
    while (!doc.lineAt(lineNo).text.startsWith('Entropy is')) lineNo++;
    const pos = doc.lineAt(lineNo).range.end;
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    await waitFor(() => editor.visibleRanges.some((r) => r.start.line <= lineNo && lineNo <= r.end.line), 'the typing position to scroll into view');
    // Typing with the side bar on the Explorer, then again with the Concept Graph visible (it redraws
    // after each pause in typing, on top of the tree and the decorations).
    const plain = await typeKeystrokes(api, editor, pos, KEYSTROKES);
    await api.graph.show();
    assert.ok(api.graph.visible, 'the Concept Graph is visible');
    const withGraph = await typeKeystrokes(api, editor, plain.end, KEYSTROKES / 2);
    await vscode.commands.executeCommand('workbench.view.explorer');

    if (FIGURES) {
      console.log(
        [
          `      [figures] ${(text.length / 1e6).toFixed(2)} M chars, ${doc.lineCount} lines, ${first.matches.length} occurrences; full scan ${ms(firstScanMs)}; vscode.executeLinkProvider ${ms(linksMs[0]!)}, again: median ${ms(median(linksMs.slice(1)))} of ${linksMs.length - 1} (${linksMs.slice(1).map((x) => x.toFixed(0)).join(', ')} ms)`,
          ...[
            ['', plain],
            [' with the Concept Graph visible', withGraph],
          ].flatMap(([label, f]) => {
            const { editMs, scanMs, lag } = f as Typed;
            return [
              `      [figures] ${editMs.length} keystrokes${label}: editor.edit round trip median ${ms(median(editMs))}, p95 ${ms(percentile(editMs, 95))}, max ${ms(Math.max(...editMs))}`,
              `      [figures]   scans.get(document) after each keystroke (the extension's work per keystroke): median ${ms(median(scanMs))}, p95 ${ms(percentile(scanMs, 95))}, max ${ms(Math.max(...scanMs))}`,
              `      [figures]   extension host event-loop lag while typing: p95 ${ms(percentile(lag, 95))}, max ${ms(Math.max(...lag))}`,
            ];
          }),
        ].join('\n'),
      );
    }

    const typedAt = doc.lineAt(lineNo).text.indexOf('Entropy meets');

    // What was typed is in the document, and the incremental scan equals a scan from scratch.
    assert.ok(doc.lineAt(lineNo).text.includes(TYPED.slice(0, 40)));
    const scan = api.scans.get(doc)!;
    const fresh = scanDocument(doc.getText(), api.scans.pack);
    assert.equal(scan.matches.length, fresh.matches.length);
    assert.deepEqual(
      scan.matches.map((m) => [m.start, m.end, m.concept]),
      fresh.matches.map((m) => [m.start, m.end, m.concept]),
    );
    const typedEmergence = doc.offsetAt(new vscode.Position(lineNo, doc.lineAt(lineNo).text.indexOf('emergence', typedAt)));
    assert.ok(scan.matches.some((m) => m.start === typedEmergence && scan.conceptId(m) === 'emergence'), 'the typed "emergence" is found');
    const typedEntropy = doc.offsetAt(new vscode.Position(lineNo, typedAt));
    assert.ok(scan.matches.some((m) => m.start === typedEntropy && scan.conceptId(m) === 'entropy'), 'the typed "Entropy" is found');
  });
});
