// esbuild options for the Concept Graph page: media/graph.js (browser code with cytoscape inside; the
// webview loads nothing else) and media/graph.css. scripts/build.mjs builds them for the extension;
// test/webview/graph.test.mjs builds its own copy with the test hook.
//
// CONCEPT_LENS_TEST_HOOKS is a compile-time constant (src/webview/graph/main.ts): when false, esbuild
// drops window.conceptGraph and the module behind it from the bundle.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ testHooks: boolean, outdir?: string }} options  outdir: absolute, or relative to the project
 * @returns {import('esbuild').BuildOptions[]} the script's and the stylesheet's build options
 */
export function graphWebviewBuilds({ testHooks, outdir = 'media' }) {
  return [
    {
      absWorkingDir: root,
      entryPoints: ['src/webview/graph/main.ts'],
      outfile: `${outdir}/graph.js`,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      logLevel: 'warning',
      legalComments: 'none',
      define: { CONCEPT_LENS_TEST_HOOKS: JSON.stringify(testHooks) },
    },
    { absWorkingDir: root, entryPoints: ['src/webview/graph/graph.css'], outfile: `${outdir}/graph.css`, bundle: true, minify: true, logLevel: 'warning' },
  ];
}
