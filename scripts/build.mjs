// Bundles the extension (for the desktop's Node extension host, and for the browser's web worker
// extension host: dist/web/extension.js, checked to hold no Node built-in), the CLI, the markdown-it plugin, the benchmark and the Concept Graph webview (media/graph.js and
// media/graph.css, with cytoscape inside: the webview loads nothing else) with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { NODE_BUNDLE } from './esbuildNode.mjs';
import { WEB_BUNDLE, webBundleProblems } from './webBundle.mjs';
import { graphWebviewBuilds } from './graphWebview.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The graph page exposes window.conceptGraph only when asked (CONCEPT_LENS_TEST_HOOKS=1): the UI test
// of the packaged extension reads it; a release build leaves it out.
const graphTestHooks = process.env.CONCEPT_LENS_TEST_HOOKS === '1';
const common = { ...NODE_BUNDLE, define: { CONCEPT_LENS_VERSION: JSON.stringify(pkg.version) } };

// JSON the extension imports (the compiled built-in pack) becomes a JSON.parse of a string: V8 reads
// that much faster than the same data as an object literal, and it is read on activation.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

// `import * as vscode from 'vscode'` of an external CommonJS module makes esbuild copy every property of
// the API object into a fresh namespace object, once per importing file: in the extension host that was
// most of the bundle's load time. This plugin serves 'vscode' as one ES module that re-exports, once,
// every value the API declares (the top-level exports of @types/vscode, pinned to the engine we
// support), so every file shares it and reads the API directly, destructuring included.
function vscodeApiNames() {
  const dts = readFileSync(new URL('../node_modules/@types/vscode/index.d.ts', import.meta.url), 'utf8');
  return [...new Set([...dts.matchAll(/^\texport (?:namespace|class|enum|const|let|var|function) (\w+)/gm)].map((m) => m[1]))].sort();
}
const vscodeOnce = {
  name: 'vscode-once',
  setup(b) {
    b.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    b.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => {
      const names = vscodeApiNames();
      // Marked pure, so that the bundle keeps only the names it uses.
      const reads = names.map((n) => `export const ${n} = /* @__PURE__ */ read(${JSON.stringify(n)});`).join('\n');
      return { contents: `const api = require('vscode');\nfunction read(name) { return api[name]; }\n${reads}\n`, loader: 'js', resolveDir: '.' };
    });
  },
};

/** The extension for the web worker extension host: one script, with the authoring module inside. */
async function buildWeb() {
  const outfile = 'dist/web/extension.js';
  const result = await build({
    ...WEB_BUNDLE,
    define: common.define,
    entryPoints: ['src/extension/webEntry.ts'],
    outfile,
    minify: true,
    plugins: [jsonAsParse, vscodeOnce],
    logOverride: { 'import-is-undefined': 'error' },
    banner: { js: 'var CONCEPT_LENS_LOAD_START = typeof performance === "object" ? performance.now() : undefined;' },
  });
  const problems = webBundleProblems(result.metafile, await readFile(outfile, 'utf8'));
  if (problems.length) throw new Error(`${outfile} must run without Node:\n  ${problems.join('\n  ')}`);
}
// For the scan bundles: the CLI's on-demand require of compromise (English inflections of a user pack's
// aliases) loads dist/inflections.js, the extension's bundle of it, instead of carrying its own copy.
const inflectionsBeside = {
  name: 'inflections-beside',
  setup(b) {
    b.onResolve({ filter: /\/inflect\/compromiseInflections$/ }, () => ({ path: './inflections.js', external: true }));
  },
};

const t0 = Date.now();
await Promise.all([
  buildWeb(),
  // The extension: its load time is part of activation, so it is minified and carries a start mark.
  build({
    ...common,
    entryPoints: ['src/extension/nodeEntry.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: true,
    plugins: [jsonAsParse, vscodeOnce],
    // A name the shim lacks would be undefined at run time: fail the build instead.
    logOverride: { 'import-is-undefined': 'error' },
    banner: { js: 'var CONCEPT_LENS_LOAD_START = typeof performance === "object" ? performance.now() : undefined;' },
  }),
  // compromise, loaded by the extension only when a user pack needs English inflections.
  build({ ...common, entryPoints: ['src/extension/inflectionsEntry.ts'], outfile: 'dist/inflections.js', minify: true }),
  // pinyin-pro and the pack edits, loaded by the extension on the first authoring command.
  build({ ...common, entryPoints: ['src/extension/authoringEntry.ts'], outfile: 'dist/authoring.js', minify: true }),
  // The draft worker (draftPack and compromise), a worker thread started by the Draft Concept Pack command.
  build({ ...common, entryPoints: ['src/extension/draftWorker.ts'], outfile: 'dist/draftWorker.js', minify: true }),
  // The index worker (the scanner and the pack), a worker thread that reads and scans the workspace's Markdown files.
  build({ ...common, entryPoints: ['src/extension/indexWorker.ts'], outfile: 'dist/indexWorker.js', minify: true, plugins: [jsonAsParse] }),
  build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js' }),
  // `concept-lens scan` alone (bin/concept-lens.js runs it for scan: it starts sooner than dist/cli.js),
  // and its worker threads for --jobs N.
  build({ ...common, entryPoints: ['src/cli/scanEntry.ts'], outfile: 'dist/scanCli.js', plugins: [inflectionsBeside] }),
  build({ ...common, entryPoints: ['src/cli/scanWorker.ts'], outfile: 'dist/scanWorker.js', plugins: [inflectionsBeside] }),
  // The preview's markdown-it plugin for other renderers (a site, Hexo): `require()` gives the plugin
  // itself, with compilePacks beside it.
  build({
    ...common,
    entryPoints: ['src/exports/markdownItPlugin.ts'],
    outfile: 'dist/markdownItPlugin.js',
    minify: true,
    plugins: [jsonAsParse],
    footer: { js: 'module.exports = Object.assign(module.exports.default, module.exports);' },
  }),
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' }),
  // The Concept Graph page: browser code, one script and one stylesheet.
  ...graphWebviewBuilds({ testHooks: graphTestHooks }).map((options) => build(options)),
]);
console.log(`built dist/ in ${Date.now() - t0} ms${graphTestHooks ? ' (media/graph.js WITH the test hook: not for release)' : ''}`);
