// Times the engine in one process, on drafts of growing size: the growth curve without the
// cost of starting node. Run by bench/run.mjs as a child:
//   node engine-timing.mjs <engine bundle> <house style file> <dictionary dir> <spelling: 0|1> <budget ms> <warm-up file> <file>...
// and prints one JSON object on stdout.
//
// The engine is first warmed up (compiled, optimised, dictionaries loaded) on a separate draft.
// Each size is then linted repeatedly within the time budget, at least three times unless one run alone
// exceeds the budget (the 5 MB drafts). Spelling starts each run with an empty cache.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, styleFile, dictionaryDir, spellingFlag, budgetText, warmupFile, ...files] = process.argv.slice(2);
const engine = await import(pathToFileURL(bundle).href);
const style = engine.loadStyleFile(styleFile);
const spelling = spellingFlag === '1';
const now = new Date('2026-06-01T12:00:00Z');
const budgetMs = Number(budgetText);
// A cap on the runs of one size, so that the time budget, not the cap, decides how long each
// size is timed: at 200, a 5 KB draft (1-2 ms a run) had a fifth of the budget of the larger
// sizes, and its best run was taken from fewer samples. The profiler asks for even more runs.
const maxRuns = Number(process.env.BENCH_MAX_RUNS ?? 1000);

const lintOnce = async (text) => {
  // A new speller for every run (the dictionary stays loaded: it is shared per process), or
  // the second run of a text would find every word's answer cached and the small sizes,
  // timed many times, would be measured warmer than the 5 MB draft, timed once.
  const speller = spelling ? await engine.createSpeller(style, { dictionaryDir }) : undefined;
  const start = process.hrtime.bigint();
  const result = spelling ? await engine.lintWithSpelling(text, style, speller, { now }) : engine.lint(text, style, { now });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.failures.length) {
    throw new Error(`rules failed: ${result.failures.map((f) => `${f.ruleId}: ${f.error?.stack ?? f.error}`).join('; ')}`);
  }
  return { ms, findings: result.findings };
};

// Until V8 has optimised the rules (about a hundred runs of a 5 KB draft), a small draft's
// time is mostly compilation: warm up for a second so every size is timed in the steady state.
const warmup = readFileSync(warmupFile, 'utf8');
const warmupStart = performance.now();
for (let i = 0; i < 200 && (i < 3 || performance.now() - warmupStart < 1000); i++) await lintOnce(warmup);

const sizes = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  const times = [];
  let findings;
  let spent = 0;
  while (times.length < 3 || (spent < budgetMs && times.length < maxRuns)) {
    const run = await lintOnce(text);
    findings ??= run.findings;
    times.push(run.ms);
    spent += run.ms;
    if (times.length === 1 && run.ms > budgetMs) break;
  }
  const firstMs = times[0];
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor((times.length - 1) / 2)];
  const byRule = {};
  for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const minMs = times[0];
  sizes.push({ file, bytes, firstMs, runs: times.length, medianMs, minMs, msPerKB: medianMs / (bytes / 1024), minMsPerKB: minMs / (bytes / 1024), findings: findings.length, findingsByRule: byRule });
}
process.stdout.write(JSON.stringify({ spelling, sizes }));
