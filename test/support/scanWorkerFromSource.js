// The scan worker (src/cli/scanWorker.ts) run from source in a worker thread of a test: the build
// bundles it as dist/scanWorker.js.
require('tsx/cjs');
require('../../src/cli/scanWorker.ts');
