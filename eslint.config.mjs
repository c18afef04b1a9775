// Lint rules. The one that matters most: the core (src/core) stays pure. It imports no `vscode` and no
// Node built-ins, so the extension, the CLI, a web extension and the unit tests share it unchanged.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'media/**/*.js', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // A file's name says what it holds, and it holds one thing: no source file past 400 lines.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // Functions of the core do one thing each. A hot loop that the benchmark shows must stay whole may
    // say so with an eslint-disable comment that gives the figure (none needs one today).
    files: ['src/core/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is pure: only adapters (src/extension) may import vscode.' }, ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins (it also runs in a web extension).' }))],
          patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on its adapters.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'],
    },
  },
  {
    // The services decide things (which scans, which article, which packs) behind small host
    // interfaces (src/services/host): no vscode, so that plain mocha tests them on an in-memory workspace.
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/services is host-free: talk to VS Code through the interfaces in src/services/host.' }, ...nodeBuiltins.map((name) => ({ name, message: 'src/services is host-free: no Node built-ins (it also runs in a web extension).' }))],
          patterns: [{ group: ['**/extension/**', '**/cli/**', '**/webview/**'], message: 'src/services must not depend on its adapters.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'],
    },
  },
  {
    // The adapters run in the desktop's Node extension host and in the browser's web worker host: they
    // read files with vscode.workspace.fs. Only the Node platform (src/extension/platform/node*.ts) and
    // the Node worker's entry may use Node.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/platform/node*.ts', 'src/extension/draftWorker.ts', 'src/extension/indexWorker*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'src/extension also runs in the web worker extension host: Node goes behind src/extension/platform/.' })),
          patterns: [{ group: ['**/cli/**'], message: 'the extension must not depend on the CLI.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'],
    },
  },
  {
    // The webview is browser code and the shared protocol is used by both sides: no vscode, no Node.
    files: ['src/webview/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'webview code runs in the browser: talk to the host through src/shared/graphProtocol.ts.' }, ...nodeBuiltins.map((name) => ({ name, message: 'webview code runs in the browser: no Node built-ins.' }))],
          patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'webview code must not depend on the extension host.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
