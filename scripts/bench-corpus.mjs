// `npm run bench:corpus`: builds the benchmark's corpus of real multi-file Markdown in .bench-corpus/
// (ignored by git), from npm packages that ship their documentation as Markdown. Versions are pinned,
// so every clone builds the same corpus. `npm run bench` uses it when it is there.
//
// The sources (about 6.4 MB in about 1,100 files):
//   - aws-cdk-lib: the AWS Cloud Development Kit's documentation, one README per service module
//     (English prose with code samples);
//   - @jzone-mcp/antd-components-mcp: the Ant Design components' documentation and examples, in Chinese;
//   - learnyounode and javascripting: the NodeSchool workshops' lessons, in a dozen languages,
//     Simplified Chinese among them.
// They are smaller than 50 MB, so the corpus is COPIES copies of them in numbered folders
// (corpus/01/…, corpus/02/…): the files are real, the repetition is not.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.bench-corpus');
const PACKAGES = [
  { name: 'aws-cdk-lib', version: '2.276.0' },
  { name: '@jzone-mcp/antd-components-mcp', version: '2.0.22' },
  { name: 'learnyounode', version: '4.2.2' },
  { name: 'javascripting', version: '2.7.4' },
];
const COPIES = 9;
const MB = 1024 * 1024;
/** What the corpus was built from: a change rebuilds it. */
const RECIPE = JSON.stringify({ packages: PACKAGES, copies: COPIES });

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', shell: process.platform === 'win32', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error ?? r.stderr}`);
  return r.stdout;
}

function markdownUnder(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) markdownUnder(p, out);
    else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

/** The package's tarball (npm pack, cached), unpacked; its Markdown files copied to sources/NAME. */
function fetchSource(pkg) {
  const tarballs = join(CACHE, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const tgz = join(tarballs, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
  if (!existsSync(tgz)) {
    console.log(`npm pack ${pkg.name}@${pkg.version}`);
    const out = run('npm', ['pack', `${pkg.name}@${pkg.version}`, '--json', '--pack-destination', tarballs]);
    const written = join(tarballs, JSON.parse(out)[0].filename);
    if (written !== tgz) {
      copyFileSync(written, tgz);
      rmSync(written);
    }
  }
  const tmp = mkdtempSync(join(CACHE, 'unpack-'));
  try {
    run('tar', ['-xzf', tgz, '-C', tmp]);
    const dest = join(CACHE, 'sources', pkg.name.replace('/', '+'));
    rmSync(dest, { recursive: true, force: true });
    const files = markdownUnder(join(tmp, 'package'));
    for (const f of files) {
      const to = join(dest, relative(join(tmp, 'package'), f));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(f, to);
    }
    return dest;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function main() {
  const manifestPath = join(CACHE, 'corpus.json');
  if (existsSync(manifestPath) && JSON.parse(readFileSync(manifestPath, 'utf8')).recipe === RECIPE && !process.argv.includes('--force')) {
    console.log(`.bench-corpus/corpus is built (${manifestPath}); --force rebuilds it`);
    return;
  }
  mkdirSync(CACHE, { recursive: true });
  const sources = PACKAGES.map(fetchSource);
  const files = sources.flatMap((s) => markdownUnder(s).map((f) => ({ from: f, rel: relative(join(CACHE, 'sources'), f) })));
  const corpus = join(CACHE, 'corpus');
  rmSync(corpus, { recursive: true, force: true });
  let bytes = 0;
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const f of files) {
      const to = join(corpus, String(copy).padStart(2, '0'), f.rel);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(f.from, to);
      bytes += statSync(to).size;
    }
  }
  const manifest = { recipe: RECIPE, files: files.length * COPIES, bytes, sourceFiles: files.length, copies: COPIES };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`.bench-corpus/corpus: ${manifest.files} files, ${(bytes / MB).toFixed(1)} MB (${files.length} real files × ${COPIES} copies)`);
}

main();
