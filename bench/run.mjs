// `npm run bench`: times presslint against the tools people would use instead, on the same
// generated drafts in the same run, and checks the speed targets of issue 7 (and of issue 19:
// a French release against an English one of the same size).
//
//   node bench/run.mjs [--runs 7] [--only one,many,server,growth] [--edits 60] [--no-save] [--no-profile]
//
// Writes bench/results.json and bench/results.md (unless --no-save) and prints the tables.
// For every missed target it then runs the process concerned once more under `node --cpu-prof`
// (unless --no-profile) and reports the functions that took the time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, release, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROWTH_SIZES, writeCorpus } from './generate.mjs';
import { canMeasureMemory, round1, runOnce, timeCommands } from './lib/measure.mjs';
import { summariseAll } from './profile-summary.mjs';
import { serverSession } from './lib/lsp.mjs';
import { evaluateTargets, renderMarkdown, renderReadmeSummary } from './lib/report.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const out = join(bench, 'out');
const node = process.execPath;

const options = parseArgs(process.argv.slice(2));
const log = (message) => process.stderr.write(`${message}\n`);
const began = Date.now();

ensurePeers();
ensureBuild();
log('Generating drafts (seeded) ...');
const corpus = writeCorpus(out);
const results = {
  takenAt: new Date().toISOString(),
  machine: machine(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  options,
  corpus,
  presslintHelp: runOnce({ command: node, args: [join(root, 'bin', 'presslint.js'), '--help'], cwd: root }).stdout.slice(0, 4000),
  memoryMeasured: canMeasureMemory,
};

const presslint = (...args) => ({ command: node, args: [join(root, 'bin', 'presslint.js'), ...args], cwd: root });
const peer = (script, ...args) => ({ command: node, args: [join(bench, 'node_modules', ...script.split('/')), ...args], cwd: bench });
const textlint = (...files) => peer('textlint/bin/textlint.js', '--config', join(bench, 'peers', 'textlintrc.json'), ...files);
const draft = (variant, name) => join(out, variant, name);

if (options.only.has('one')) {
  log(`\n(1) One file, whole process, cold: ${options.runs} runs each, interleaved`);
  results.oneFile = timeCommands(
    [
      { id: 'node', label: '`node -e 0`', checks: 'nothing: the floor', command: node, args: ['-e', '0'], cwd: root, okExitCodes: [0] },
      { id: 'presslint', label: 'presslint, all rules but spelling', checks: 'all rules but spelling', ...presslint('--no-spelling', draft('spell', 'one.txt')) },
      { id: 'presslint-json', label: 'presslint --format json, no spelling', checks: 'all rules but spelling', ...presslint('--no-spelling', '--format', 'json', draft('spell', 'one.txt')) },
      { id: 'presslint-md', label: 'presslint, Markdown draft, no spelling', checks: 'all rules but spelling', ...presslint('--no-spelling', draft('spell', 'one.md')) },
      { id: 'presslint-spelling', label: 'presslint, all rules with spelling', checks: 'all rules and spelling (en-GB)', ...presslint(draft('spell', 'one.txt')) },
      // Issue 19: a French release of the same size (one.fr.txt, French by its file name), against
      // the English rows above (French against English, in per cent); the target is in lib/report.mjs.
      { id: 'presslint-fr', label: 'presslint, French draft, no spelling', checks: 'all rules but spelling, French house form', compareWith: 'presslint', ...presslint('--no-spelling', draft('spell', 'one.fr.txt')) },
      { id: 'presslint-fr-spelling', label: 'presslint, French draft, with spelling', checks: 'all rules and spelling, as presslint does it in French', compareWith: 'presslint-spelling', ...presslint(draft('spell', 'one.fr.txt')) },
      { id: 'textlint', label: 'textlint 15 (unexpanded-acronym, terminology)', checks: 'acronyms, terms', compareWith: 'presslint', ...textlint(draft('spell', 'one.txt')) },
      { id: 'markdownlint', label: 'markdownlint-cli2 (Markdown draft)', checks: 'Markdown structure', compareWith: 'presslint-md', ...peer('markdownlint-cli2/markdownlint-cli2-bin.mjs', draft('spell', 'one.md')) },
      { id: 'cspell', label: 'cspell 9 CLI, en-GB', checks: 'spelling only', compareWith: 'presslint-spelling', ...peer('cspell/bin.mjs', 'lint', '--config', join(bench, 'peers', 'cspell.json'), '--no-progress', draft('spell', 'one.txt')) },
    ],
    options.runs,
    log,
  );
  print(results.oneFile);
  checkpoint('one');
}

if (options.only.has('many')) {
  log(`\n(2) ${corpus.many} files in one process`);
  // textlint on 1,000 files takes tens of seconds here: one timed run keeps the whole bench
  // within minutes; presslint gets three.
  results.manyFiles = timeCommands(
    [
      { id: 'presslint-spelling', label: 'presslint, all rules with spelling', checks: 'all rules and spelling', warmup: false, runs: 3, ...presslint(draft('spell', 'many')) },
      { id: 'presslint', label: 'presslint, all rules but spelling', checks: 'all rules but spelling', warmup: false, runs: 3, ...presslint('--no-spelling', draft('spell', 'many')) },
      { id: 'textlint', label: 'textlint 15 (unexpanded-acronym, terminology)', checks: 'acronyms, terms', compareWith: 'presslint-spelling', warmup: false, runs: 1, ...textlint(`${draft('spell', 'many')}/*.txt`) },
    ],
    3,
    log,
  );
  print(results.manyFiles);
  checkpoint('many');
}

if (options.only.has('server')) {
  log('\n(3) Server: edit to diagnostics');
  const serverPath = join(root, 'dist', 'server.mjs');
  results.server = [];
  for (const [name, label, edits, settleMs] of [
    ['server-5k.txt', '5 KB', options.edits, 150],
    ['server-1m.txt', '1 MB', Math.max(10, Math.round(options.edits / 3)), 600],
  ]) {
    for (const variant of ['nospell', 'spell']) {
      log(`  ${label}, ${variant === 'spell' ? 'with' : 'without'} spelling`);
      try {
        const session = await serverSession({
          serverPath,
          file: draft(variant, name),
          edits,
          settleMs,
          // The server publishes the structural rules at once and again when spelling is done.
          publishesPerVersion: variant === 'spell' ? 2 : 1,
          budgetMs: 20000,
          // No typing pause: the debounce is what an editor adds, not the work done.
          initializationOptions: { debounceMs: 0 },
          settings: { presslint: { run: 'onType' } },
          log,
        });
        results.server.push({ draft: label, spelling: variant === 'spell', ...session, file: relative(root, session.file) });
      } catch (error) {
        log(`  ! ${error.message}`);
        results.server.push({ draft: label, spelling: variant === 'spell', failed: error.message.slice(0, 600) });
      }
    }
  }
  for (const s of results.server) log(`  ${s.draft} spelling=${s.spelling}: ${s.failed ?? `first p50 ${s.first.p50} p95 ${s.first.p95}; settled p50 ${s.settled.p50} p95 ${s.settled.p95} ms; ${s.peakRssMB} MB`}`);
  checkpoint('server');
}

if (options.only.has('growth')) {
  log('\n(5) Growth: time per KB at each size');
  const bundle = await engineBundle();
  const files = GROWTH_SIZES.map(([label]) => draft('spell', `size-${label}.txt`));
  results.growth = { engine: {}, cli: [] };
  for (const spelling of [false, true]) {
    const variant = spelling ? 'spell' : 'nospell';
    const run = spawnSync(
      node,
      [join(bench, 'lib', 'engine-timing.mjs'), bundle, join(out, variant, '.presslint.yaml'), join(root, 'dist', 'dicts'), spelling ? '1' : '0', '1500', draft('spell', 'server-5k.txt'), ...files],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180000 },
    );
    if (run.status !== 0) {
      const why = run.error?.code === 'ETIMEDOUT' ? 'timed out after 180 s' : run.stderr.trim().split('\n').slice(-4).join(' | ');
      log(`  ! engine timing (spelling ${spelling}) failed: ${why}`);
      results.growth.engine[variant] = { failed: why };
      continue;
    }
    const timing = JSON.parse(run.stdout);
    timing.sizes = timing.sizes.map((s, i) => ({ ...s, label: GROWTH_SIZES[i][0], file: relative(root, s.file), medianMs: round2(s.medianMs), minMs: round2(s.minMs), firstMs: round1(s.firstMs), msPerKB: round3(s.msPerKB), minMsPerKB: round3(s.minMsPerKB) }));
    results.growth.engine[variant] = timing;
    for (const s of timing.sizes) log(`  engine, spelling ${spelling}: ${s.label} median ${s.medianMs} ms, best ${s.minMs} ms (${s.msPerKB} / ${s.minMsPerKB} ms/KB, ${s.runs} runs, ${s.findings} findings)`);
  }
  // The same sizes through the CLI, once each: what a user waits for, start-up included.
  // Spelling a 5 MB draft through the CLI takes most of a minute here: left out.
  for (const [label] of GROWTH_SIZES) {
    for (const variant of label === '5m' ? ['nospell'] : ['nospell', 'spell']) {
      const run = runOnce(presslint(...(variant === 'spell' ? [] : ['--no-spelling']), draft('spell', `size-${label}.txt`)));
      results.growth.cli.push({ label, spelling: variant === 'spell', ms: round1(run.ms), peakRssMB: run.rssMB === null ? null : round1(run.rssMB), exitCode: run.exitCode });
      log(`  CLI ${label} spelling=${variant === 'spell'}: ${round1(run.ms)} ms, ${run.rssMB === null ? '?' : round1(run.rssMB)} MB, exit ${run.exitCode}`);
    }
  }
  checkpoint('growth');
}

results.targets = evaluateTargets(results);
if (options.profile) results.profiles = await profileMissed(results.targets);
checkpoint('profiles');
results.durationS = round1((Date.now() - began) / 1000);
const markdown = renderMarkdown(results);
process.stdout.write(`\n${markdown}\n`);
if (options.save) {
  saveJson(results, true);
  writeFileSync(join(bench, 'results.md'), `${markdown}\n`);
  log(`\nSaved bench/results.json and bench/results.md (${results.durationS} s in all).`);
  if (['one', 'many', 'server', 'growth'].every((part) => options.only.has(part))) updateReadme(renderReadmeSummary(results));
}

// ---------------------------------------------------------------------------------------------

/** Notes how long a section took and saves what is measured so far (a killed run keeps it). */
function checkpoint(section) {
  const now = Date.now();
  results.sectionSeconds ??= {};
  results.sectionSeconds[section] = round1((now - (checkpoint.last ?? began)) / 1000);
  checkpoint.last = now;
  if (options.save) saveJson(results, false);
}

/**
 * Writes results.json. Each command's output is kept out of it (large); the first run's
 * output of each command goes beside the drafts, in bench/out/logs/, for inspection.
 */
function saveJson(results, complete) {
  mkdirSync(join(out, 'logs'), { recursive: true });
  const strip = (rows, figure) =>
    rows?.map(({ output, stderr, ...rest }) => {
      if (output !== undefined) writeFileSync(join(out, 'logs', `${figure}-${rest.id}.txt`), `${output}\n--- stderr ---\n${stderr}`);
      return rest;
    });
  const saved = { ...results, complete, oneFile: strip(results.oneFile, 'one'), manyFiles: strip(results.manyFiles, 'many') };
  writeFileSync(join(bench, 'results.json'), `${JSON.stringify(saved, null, 2)}\n`);
}

/**
 * Profiles the work behind each missed target once (node --cpu-prof; profiles kept in
 * bench/out/profiles/) and returns the heaviest functions of each, mapped to the TypeScript
 * sources through the bundles' source maps.
 */
async function profileMissed(targets) {
  const missed = new Set(targets.filter((t) => t.met === false).map((t) => t.id));
  if (missed.size === 0) return [];
  log('\nProfiling the missed targets ...');
  const jobs = [];
  const job = (ids, what, run) => {
    const hit = ids.filter((id) => missed.has(id));
    if (hit.length) jobs.push({ targets: hit, what, run });
  };
  const cli = (args) => (dir) => runOnce({ ...presslint(...args), args: [`--cpu-prof`, `--cpu-prof-dir=${dir}`, join(root, 'bin', 'presslint.js'), ...args] });
  // A small draft is linted for four seconds, so its fixed cost per document fills the profile.
  const engine = (spelling, label) => (dir) =>
    spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(bench, 'lib', 'engine-timing.mjs'), join(out, 'engine.mjs'), join(out, spelling ? 'spell' : 'nospell', '.presslint.yaml'), join(root, 'dist', 'dicts'), spelling ? '1' : '0', '4000', draft('spell', 'server-5k.txt'), draft('spell', `size-${label}.txt`)], { timeout: 180000, env: { ...process.env, BENCH_MAX_RUNS: '5000' } });
  const session = (name, variant, edits) => (dir) =>
    serverSession({ serverPath: join(root, 'dist', 'server.mjs'), file: draft(variant, name), edits, settleMs: 600, publishesPerVersion: variant === 'spell' ? 2 : 1, budgetMs: 10000, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], initializationOptions: { debounceMs: 0 }, settings: { presslint: { run: 'onType' } } });
  job(['one-file', 'cli-memory'], 'CLI, one file, no spelling', cli(['--no-spelling', draft('spell', 'one.txt')]));
  job(['one-file-spelling', 'one-file-vs-cspell'], 'CLI, one file, with spelling', cli([draft('spell', 'one.txt')]));
  job(['one-file-french'], 'CLI, French draft, no spelling', cli(['--no-spelling', draft('spell', 'one.fr.txt')]));
  job(['many-files', 'many-files-vs-textlint'], `CLI, ${corpus.many} files, with spelling`, cli([draft('spell', 'many')]));
  job(['server-5k'], 'server, 5 KB draft, no spelling, 60 edits', session('server-5k.txt', 'nospell', 60));
  job(['server-5k-spelling', 'server-memory'], 'server, 5 KB draft, with spelling, 60 edits', session('server-5k.txt', 'spell', 60));
  job(['server-1m'], 'server, 1 MB draft, no spelling, 5 edits', session('server-1m.txt', 'nospell', 5));
  job(['server-1m-spelling'], 'server, 1 MB draft, with spelling, 5 edits', session('server-1m.txt', 'spell', 5));
  job(['growth'], 'engine, 5 KB draft, no spelling, linted for 4 s', engine(false, '5k'));
  job(['growth'], 'engine, 5 MB draft, no spelling', engine(false, '5m'));
  // 500 KB: the same hot spots as 5 MB with spelling, in a tenth of the time.
  job(['growth-spelling'], 'engine, 500 KB draft, with spelling', engine(true, '500k'));
  const profiles = [];
  for (const [i, { targets: ids, what, run }] of jobs.entries()) {
    const dir = join(out, 'profiles', String(i + 1).padStart(2, '0'));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      await run(dir);
      const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
      if (files.length === 0) throw new Error('no profile was written');
      const summary = summariseAll(files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
      const top = (list, n) => list.slice(0, n).map(([fn, ms]) => ({ fn, ms: round1(ms), share: round1((ms / summary.totalMs) * 100) }));
      profiles.push({
        targets: ids,
        what,
        dir: relative(root, dir),
        sampledMs: round1(summary.totalMs),
        self: top(summary.self.filter(([fn]) => !fn.startsWith('(idle)') && !fn.startsWith('(root)')), 8),
        ownCode: top(summary.total.filter(([fn]) => fn.includes(' server/src/')), 8),
      });
      log(`  ${what}: ${profiles.at(-1).self.slice(0, 3).map((f) => `${f.fn} ${f.share}%`).join('; ')}`);
    } catch (error) {
      profiles.push({ targets: ids, what, failed: String(error?.message ?? error).slice(0, 300) });
      log(`  ! profiling ${what} failed: ${error?.message ?? error}`);
    }
  }
  return profiles;
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

function round3(value) {
  return Math.round(value * 1000) / 1000;
}

function parseArgs(argv) {
  const parsed = { runs: 7, edits: 60, only: new Set(['one', 'many', 'server', 'growth']), save: true, profile: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') parsed.runs = Number(argv[++i]);
    else if (arg === '--edits') parsed.edits = Number(argv[++i]);
    else if (arg === '--only') parsed.only = new Set(argv[++i].split(','));
    else if (arg === '--no-save') parsed.save = false;
    else if (arg === '--no-profile') parsed.profile = false;
    else {
      log(`Unknown option ${arg}. Usage: node bench/run.mjs [--runs N] [--edits N] [--only one,many,server,growth] [--no-save] [--no-profile]`);
      process.exit(2);
    }
  }
  if (!(parsed.runs >= 1) || !(parsed.edits >= 1)) {
    log('--runs and --edits take a positive number.');
    process.exit(2);
  }
  return { ...parsed, only: parsed.only };
}

/** The peers live in bench/'s own package: installed from its lockfile on first use. */
function ensurePeers() {
  if (existsSync(join(bench, 'node_modules', '.package-lock.json'))) return;
  log('Installing the peers into bench/node_modules (first run only) ...');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
  if (npm.status !== 0) {
    log('npm ci in bench/ failed; the peers are needed for the comparison.');
    process.exit(1);
  }
}

function ensureBuild() {
  if (existsSync(join(root, 'dist', 'cli.cjs')) && existsSync(join(root, 'dist', 'server.mjs'))) return;
  log('Building presslint (dist/ is missing) ...');
  const built = spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

/** Puts a full run's summary into the README, between its bench markers. */
function updateReadme(summary) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) {
    log('README.md has no <!-- bench:start --> / <!-- bench:end --> lines: its tables were not updated.');
    return;
  }
  writeFileSync(readme, `${text.slice(0, start)}<!-- bench:start -->\n${summary}\n${text.slice(end)}`);
  log('Updated the tables in README.md.');
}

/** The engine alone, bundled for timing in one process (the CLI bundle exports nothing). */
async function engineBundle() {
  const { build } = await import('esbuild');
  const outfile = join(out, 'engine.mjs');
  await build({
    entryPoints: [join(root, 'server', 'src', 'engine', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    sourcemap: 'linked',
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
  });
  return outfile;
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: round1(totalmem() / 2 ** 30),
    freeMemoryGB: round1(freemem() / 2 ** 30),
    os: `${type()} ${release()}`,
    distribution: distribution(),
    node: process.version,
    loadAverageAtStart: loadavg().map(round1),
  };
}

function distribution() {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

function git(args) {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

function print(rows) {
  for (const r of rows) log(`  ${r.label}: ${r.failed ? `FAILED ${r.failed}` : `median ${r.medianMs} ms over ${r.runs}, peak ${r.peakRssMB ?? '?'} MB, exit ${r.exitCode}, ${r.outputLines} output lines`}`);
}
