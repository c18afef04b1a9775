// Figures of the workspace index in a real host, for `npm run bench:index` (scripts/bench-index.mjs), which
// opens a generated workspace of real Markdown files. Not part of the test run: skipped unless
// CONCEPT_LENS_INDEX_BENCH is set. While the index is made, it types in the article (one character
// every 50 ms) and asks for a hover every 250 ms, and it samples the extension host's event-loop delay;
// it prints one [index-bench-json] line. The article is reverted, nothing is saved.

import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openMarkdown, percentile, positionOf, revert } from './helpers';

const ARTICLE = 'entropy-and-emergence.md';

/** Starts the V8 profiler in this thread; the function returned stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<object>> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    session.disconnect();
    return profile;
  };
}
const mb = (n: number): number => Math.round((n / 1048576) * 10) / 10;

describe('index benchmark', function () {
  before(function () {
    if (!process.env.CONCEPT_LENS_INDEX_BENCH) this.skip();
  });

  it('measures the index while it is made', async function () {
    this.timeout(900_000);
    const api = await activateExtension();
    // CONCEPT_LENS_INDEX_BENCH_PROFILE=FILE: a CPU profile of the extension host's thread while it indexes.
    const profile = process.env.CONCEPT_LENS_INDEX_BENCH_PROFILE ? await startProfile() : undefined;
    const memBefore = process.memoryUsage();
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const editor = await openMarkdown(ARTICLE);
    const doc = editor.document;
    const hoverAt = positionOf(doc, '涌现', 0, 1);
    /** Types one character every 50 ms and asks for a hover every 250 ms until `done` resolves. */
    const session = async (done: Promise<unknown>): Promise<{ keystrokes: number; hovers: number[]; ours: number[] }> => {
      const hovers: number[] = [];
      /** Our hover provider alone, apart from other extensions' (VS Code's Markdown language features index the workspace too). */
      const ours: number[] = [];
      let keystrokes = 0;
      let stop = false;
      void done.then(() => (stop = true));
      const typing = (async () => {
        while (!stop) {
          await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'), { undoStopBefore: false, undoStopAfter: false });
          keystrokes++;
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const hovering = (async () => {
        while (!stop) {
          const t = performance.now();
          const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, hoverAt);
          hovers.push(performance.now() - t);
          assert.ok(h.length > 0, 'a hover over 涌现');
          const t2 = performance.now();
          assert.ok(await api.conceptHover.provideHover(doc, hoverAt), 'our hover over 涌现');
          ours.push(performance.now() - t2);
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      await done;
      await Promise.all([typing, hovering]);
      return { keystrokes, hovers, ours };
    };
    const { keystrokes, hovers, ours } = await session(api.index.whenComplete());
    lag.disable();
    if (profile) writeFileSync(`${process.env.CONCEPT_LENS_INDEX_BENCH_PROFILE}.${process.env.CONCEPT_LENS_INDEX_BENCH}.cpuprofile`, JSON.stringify(await profile()));
    // The same for 3 s once the index is complete: the lag of this host without indexing, in the same run.
    const after = monitorEventLoopDelay({ resolution: 10 });
    after.enable();
    const idle = await session(new Promise((r) => setTimeout(r, 3000)));
    after.disable();
    const memAfter = process.memoryUsage();
    const build = api.index.lastBuild;
    assert.ok(build, 'the index completed');
    // Saved (as it is a moment after the index completes), so that the warm run reads it back.
    await api.index.flush(true);
    await revert(editor);
    await closeAllEditors();
    const figures = {
      build,
      files: api.index.fileCount,
      keystrokes,
      lagAfterP50: after.percentile(50) / 1e6,
      lagAfterP95: after.percentile(95) / 1e6,
      hoverAfterP50: idle.hovers.length ? percentile(idle.hovers, 50) : null,
      keystrokesAfter: idle.keystrokes,
      lagP50: lag.percentile(50) / 1e6,
      lagP95: lag.percentile(95) / 1e6,
      lagMax: lag.max / 1e6,
      hovers: hovers.length,
      hoverP50: hovers.length ? percentile(hovers, 50) : null,
      hoverMax: hovers.length ? Math.max(...hovers) : null,
      oursP50: ours.length ? percentile(ours, 50) : null,
      oursMax: ours.length ? Math.max(...ours) : null,
      loadAverage: os.loadavg()[0],
      rssBeforeMB: mb(memBefore.rss),
      rssAfterMB: mb(memAfter.rss),
      heapBeforeMB: mb(memBefore.heapUsed),
      heapAfterMB: mb(memAfter.heapUsed),
    };
    console.log(`[index-bench-json] ${JSON.stringify(figures)}`);
  });
});
