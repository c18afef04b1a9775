// The web bundle (dist/web/extension.js, package.json "browser"): the extension for the browser's web
// worker extension host (vscode.dev, github.dev). That host evaluates one CommonJS script and gives it a
// `require` that knows only 'vscode'; it has no Node built-ins. checkWebBundle() fails the build when
// anything else is imported or required: a Node built-in (node:fs, child_process, worker_threads…), a
// package the bundle left out, or a module a package's "browser" field turned off.
import { builtinModules } from 'node:module';

export const WEB_BUNDLE = {
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  metafile: true,
};

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * What is wrong with the web bundle, one line each (empty when it is fine). `metafile`: esbuild's, for
 * the bundle alone; `text`: the bundle's code.
 */
export function webBundleProblems(metafile, text) {
  const problems = [];
  for (const [out, info] of Object.entries(metafile.outputs)) {
    if (out.endsWith('.map')) continue;
    for (const i of info.imports) {
      if (i.path !== 'vscode') problems.push(`${out} imports ${i.path}${BUILTINS.has(i.path) ? ' (a Node built-in)' : ''}`);
    }
  }
  for (const input of Object.keys(metafile.inputs)) {
    if (input.startsWith('(disabled):')) problems.push(`a package's "browser" field turned off ${input.slice('(disabled):'.length)}, which the bundle needs`);
  }
  // A require() the bundler did not resolve stays in the code: only require("vscode") may.
  for (const m of text.matchAll(/\brequire\s*\(\s*([^)]{0,80})\)?/g)) {
    if (!/^["']vscode["']$/.test(m[1].trim())) problems.push(`the bundle calls require(${m[1].trim()})`);
  }
  for (const m of text.matchAll(/["']node:([a-z_/]+)["']/g)) problems.push(`the bundle names the Node built-in node:${m[1]}`);
  return problems;
}
