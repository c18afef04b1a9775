// The esbuild options every Node bundle of ours shares (the extension, the CLI, the benchmark, the
// integration tests): CommonJS for Node 20, with source maps, taking packages' ES module builds.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
};
