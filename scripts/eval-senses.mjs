#!/usr/bin/env node
// Scores Concept Lens on the ambiguous-word development sets in eval/senses/set-*/ (see eval/senses/README.md).
//
//   node scripts/eval-senses.mjs [--set a|b|all] [--json] [--errors] [--pred FILE] [--gold FILE]
//
// Runs `node bin/concept-lens.js scan eval/senses/set-X/passages --format json` (build first: npm run build),
// or reads the predictions of --pred (a JSON array of {file, concept, start, end}) for a single set. --pred may
// also be a second annotator's gold-format file (.jsonl, one line per passage), and --gold replaces the set's
// gold.jsonl by such a file: together they measure how far two annotators agree (eval/senses/agreement/).
// strict: same passage, concept, start and end. lenient: same passage and concept, overlapping spans, each
// gold mention and each prediction matched at most once (a maximum matching, so the count does not depend
// on the order of the spans). Only the 26 concepts of the core inventory count.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS_DIR = join(ROOT, 'eval', 'senses');

// The inventory of ../shared/eval/concepts-core.tsv; ids outside it (a user's own packs) are not scored.
const CORE = [
  'entropy', 'second-law-of-thermodynamics', 'least-cost-principle', 'refraction', 'time-crystal',
  'symmetry', 'symmetry-breaking', 'heat-death', 'phase-transition', 'big-bang',
  'emergence', 'self-organization', 'critical-point', 'more-is-different',
  'formal-system', 'chaos', 'recursion', 'language', 'consciousness',
  'transformer', 'embedding', 'attention-mechanism', 'large-language-model', 'pretraining', 'agi',
  'information-entropy',
];
const CORE_SET = new Set(CORE);
const LANGS = ['zh', 'en', 'mixed'];

function usage(message) {
  if (message) process.stderr.write(message + '\n');
  process.stderr.write('usage: node scripts/eval-senses.mjs [--set a|b|all] [--json] [--errors] [--pred FILE] [--gold FILE]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { set: 'all', json: false, errors: false, pred: undefined, gold: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--errors') opts.errors = true;
    else if (a === '--set' || a === '--pred' || a === '--gold') {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      opts[a.slice(2)] = v;
    } else if (a.startsWith('--set=')) opts.set = a.slice(6);
    else if (a.startsWith('--pred=')) opts.pred = a.slice(7);
    else if (a.startsWith('--gold=')) opts.gold = a.slice(7);
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument: ${a}`);
  }
  if (!/^[a-z0-9]+$/.test(opts.set)) usage(`bad --set: ${opts.set}`);
  return opts;
}

function presentSets() {
  if (!existsSync(SETS_DIR)) return [];
  return readdirSync(SETS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^set-[a-z0-9]+$/.test(d.name) && existsSync(join(SETS_DIR, d.name, 'gold.jsonl')))
    .map((d) => d.name.slice(4))
    .sort();
}

// Gold line n belongs to the passage file named in sources.json (`file`), else to the file whose number is n
// (a01.md, 07.md): the other set may be named either way.
function loadSet(name, goldFile) {
  const dir = join(SETS_DIR, 'set-' + name);
  const passagesDir = join(dir, 'passages');
  const files = readdirSync(passagesDir).filter((f) => /\.(md|markdown)$/.test(f));
  const byNumber = new Map();
  for (const f of files) {
    const digits = f.match(/(\d+)/);
    if (digits) byNumber.set(Number(digits[1]), f);
  }
  const sourcesPath = join(dir, 'sources.json');
  const sources = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8')) : [];
  const fileOf = new Map(sources.filter((s) => s.file).map((s) => [s.n, s.file]));
  const passages = [];
  const lines = readGoldLines(goldFile ?? join(dir, 'gold.jsonl'));
  for (const g of lines) {
    const file = fileOf.get(g.n) ?? byNumber.get(g.n);
    if (!file) throw new Error(`set-${name}: no passage file for gold line n=${g.n}`);
    const text = readFileSync(join(passagesDir, file), 'utf8');
    for (const m of g.mentions) {
      if (text.slice(m.start, m.end) !== m.surface) {
        throw new Error(`set-${name} ${file}: gold span ${m.start}-${m.end} reads ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.surface)}`);
      }
    }
    passages.push({ set: name, file, lang: g.lang, text, gold: g.mentions.filter((m) => CORE_SET.has(m.id)), hard: g.hard ?? [] });
  }
  return { name, dir, passagesDir, passages, fileOf: (n) => fileOf.get(n) ?? byNumber.get(n) };
}

function readGoldLines(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

// Predictions from --pred: the tool's JSON array, or a gold-format .jsonl whose mentions become predictions.
function readPredictions(path, set) {
  if (!path.endsWith('.jsonl')) return JSON.parse(readFileSync(path, 'utf8'));
  return readGoldLines(path).flatMap((g) =>
    g.mentions.map((m) => ({ file: set.fileOf(g.n), concept: m.id, start: m.start, end: m.end })));
}

function runTool(passagesDir) {
  const cli = join(ROOT, 'bin', 'concept-lens.js');
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'scan', passagesDir, '--format', 'json'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    throw new Error(`concept-lens scan failed (is the project built? npm run build):\n${e.stderr || e.message}`);
  }
  return JSON.parse(out);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// Maximum bipartite matching (Kuhn's augmenting paths): the sets per passage and concept are tiny.
function maxMatching(golds, preds, edge) {
  const predOf = new Array(golds.length).fill(-1);
  const goldOf = new Array(preds.length).fill(-1);
  const tryGold = (g, seen) => {
    for (let p = 0; p < preds.length; p++) {
      if (seen[p] || !edge(golds[g], preds[p])) continue;
      seen[p] = true;
      if (goldOf[p] === -1 || tryGold(goldOf[p], seen)) {
        goldOf[p] = g;
        predOf[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < golds.length; g++) tryGold(g, new Array(preds.length).fill(false));
  return { predOf, goldOf };
}

function score(passages, predsByKey) {
  const modes = {};
  for (const mode of ['lenient', 'strict']) {
    const edge = mode === 'strict' ? (g, p) => g.start === p.start && g.end === p.end : overlaps;
    const tally = { overall: newCount(), lang: {}, concept: {}, set: {} };
    const errors = { fp: [], fn: [] };
    let fpOnHard = 0;
    for (const ps of passages) {
      const preds = predsByKey.get(ps.set + '/' + ps.file) ?? [];
      for (const id of new Set([...ps.gold.map((m) => m.id), ...preds.map((p) => p.concept)])) {
        const golds = ps.gold.filter((m) => m.id === id);
        const mine = preds.filter((p) => p.concept === id);
        const { predOf, goldOf } = maxMatching(golds, mine, edge);
        const tp = predOf.filter((p) => p !== -1).length;
        const c = { tp, fp: mine.length - tp, fn: golds.length - tp };
        for (const t of [tally.overall, bucket(tally.lang, ps.lang), bucket(tally.concept, id), bucket(tally.set, ps.set)]) add(t, c);
        golds.forEach((g, i) => { if (predOf[i] === -1) errors.fn.push(errorEntry(ps, id, g)); });
        mine.forEach((p, i) => {
          if (goldOf[i] !== -1) return;
          const hard = ps.hard.find((h) => overlaps(h, p));
          if (hard) fpOnHard++;
          errors.fp.push({ ...errorEntry(ps, id, p), ...(hard ? { hard: hard.why } : {}) });
        });
      }
    }
    modes[mode] = {
      overall: finish(tally.overall),
      byLang: Object.fromEntries(LANGS.filter((l) => tally.lang[l]).map((l) => [l, finish(tally.lang[l])])),
      byConcept: Object.fromEntries(CORE.filter((id) => tally.concept[id]).map((id) => [id, finish(tally.concept[id])])),
      bySet: Object.fromEntries(Object.keys(tally.set).sort().map((s) => [s, finish(tally.set[s])])),
      fpOnHard,
      errors,
    };
  }
  return modes;
}

function newCount() { return { tp: 0, fp: 0, fn: 0 }; }
function bucket(map, key) { return (map[key] ??= newCount()); }
function add(t, c) { t.tp += c.tp; t.fp += c.fp; t.fn += c.fn; }
function finish({ tp, fp, fn }) {
  const p = tp + fp === 0 ? null : tp / (tp + fp);
  const r = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = p === null || r === null || p + r === 0 ? (tp + fp + fn === 0 ? null : 0) : (2 * p * r) / (p + r);
  return { tp, fp, fn, precision: round(p), recall: round(r), f1: round(f1) };
}
function round(x) { return x === null ? null : Math.round(x * 1000) / 1000; }

function errorEntry(ps, concept, span) {
  const ctx = (s) => s.replace(/\r?\n/g, '⏎');
  return {
    set: ps.set, file: ps.file, lang: ps.lang, concept, start: span.start, end: span.end,
    text: ps.text.slice(span.start, span.end),
    context: ctx(ps.text.slice(Math.max(0, span.start - 40), span.start)) + '[' + ctx(ps.text.slice(span.start, span.end)) + ']' + ctx(ps.text.slice(span.end, span.end + 40)),
    ...(span.note ? { note: span.note } : {}),
  };
}

const fmt = (x) => (x === null ? '  -  ' : x.toFixed(3));
function row(label, s) {
  return `  ${label.padEnd(30)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function printReport(sets, result, showErrors) {
  const nPassages = sets.reduce((a, s) => a + s.passages.length, 0);
  const nGold = sets.reduce((a, s) => a + s.passages.reduce((b, p) => b + p.gold.length, 0), 0);
  console.log(`eval/senses: set ${sets.map((s) => s.name).join(', ')} — ${nPassages} passages, ${nGold} gold mentions`);
  for (const mode of ['lenient', 'strict']) {
    const r = result[mode];
    console.log(`\n${mode}`);
    console.log(row('overall', r.overall));
    if (Object.keys(r.bySet).length > 1) for (const [s, v] of Object.entries(r.bySet)) console.log(row('set ' + s, v));
    for (const [l, v] of Object.entries(r.byLang)) console.log(row(l, v));
    console.log('  per concept:');
    for (const [id, v] of Object.entries(r.byConcept)) console.log(row('  ' + id, v));
    console.log(`  false positives on hard look-alikes: ${r.fpOnHard}`);
  }
  if (showErrors) {
    const { fp, fn } = result.lenient.errors;
    console.log(`\nfalse positives (lenient): ${fp.length}`);
    for (const e of fp) console.log(`  ${e.set}/${e.file} ${e.start}-${e.end} ${e.concept} ${JSON.stringify(e.text)}${e.hard ? ' [hard: ' + e.hard + ']' : ''}\n      ${e.context}`);
    console.log(`\nfalse negatives (lenient): ${fn.length}`);
    for (const e of fn) console.log(`  ${e.set}/${e.file} ${e.start}-${e.end} ${e.concept} ${JSON.stringify(e.text)}${e.note ? ' (' + e.note + ')' : ''}\n      ${e.context}`);
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const present = presentSets();
  let names;
  if (opts.set === 'all') names = present;
  else if (present.includes(opts.set)) names = [opts.set];
  else usage(`no set "${opts.set}" in eval/senses (present: ${present.join(', ') || 'none'})`);
  if (names.length === 0) usage('no set in eval/senses');
  if (opts.pred && names.length !== 1) usage('--pred scores one set: give --set too');
  if (opts.gold && names.length !== 1) usage('--gold replaces one set\'s gold: give --set too');

  const sets = names.map((n) => loadSet(n, opts.gold));
  const predsByKey = new Map();
  for (const s of sets) {
    const raw = opts.pred ? readPredictions(opts.pred, s) : runTool(s.passagesDir);
    const known = new Set(s.passages.map((p) => p.file));
    for (const p of raw) {
      const file = basename(String(p.file).replace(/\\/g, '/'));
      if (!known.has(file) || !CORE_SET.has(p.concept)) continue;
      const key = s.name + '/' + file;
      if (!predsByKey.has(key)) predsByKey.set(key, []);
      predsByKey.get(key).push({ concept: p.concept, start: p.start, end: p.end });
    }
  }
  const passages = sets.flatMap((s) => s.passages);
  const result = score(passages, predsByKey);
  if (opts.json) {
    const out = { sets: names, passages: passages.length };
    for (const mode of ['lenient', 'strict']) {
      out[mode] = { ...result[mode] };
      if (!opts.errors) delete out[mode].errors;
    }
    console.log(JSON.stringify(out, null, 1));
  } else {
    printReport(sets, result, opts.errors);
  }
}

main();
