// The speed targets of issue 7, checked against a run's results, and the markdown report.

const row = (rows, id) => rows?.find((r) => r.id === id && !r.failed);
const server = (results, draft, spelling) => results.server?.find((s) => s.draft === draft && s.spelling === spelling && !s.failed);

/** Each target: what it asks, and how to read the measured figure from a run's results. */
export const TARGETS = [
  {
    id: 'one-file',
    target: 'One file, cold, all rules but spelling: at most 0.2 s',
    measure: (r) => row(r.oneFile, 'presslint')?.medianMs,
    limit: 200,
    unit: 'ms',
  },
  {
    id: 'one-file-spelling',
    target: 'One file, cold, with spelling: at most 0.6 s',
    measure: (r) => row(r.oneFile, 'presslint-spelling')?.medianMs,
    limit: 600,
    unit: 'ms',
  },
  {
    id: 'one-file-vs-cspell',
    target: 'One file with spelling: at least 4x faster than the cspell CLI',
    measure: (r) => ratio(row(r.oneFile, 'cspell'), row(r.oneFile, 'presslint-spelling')),
    atLeast: 4,
    unit: 'x',
  },
  {
    // Issue 19. Judged on the slower side: a French draft that lints faster than the English one
    // meets it. Whole process, cold, so node's start-up is in both medians.
    id: 'one-file-french',
    target: 'One file, cold, no spelling: a French release within 10 % of an English one of the same size',
    measure: (r) => slowerBy(row(r.oneFile, 'presslint-fr'), row(r.oneFile, 'presslint')),
    limit: 10,
    unit: '%',
  },
  {
    id: 'many-files',
    target: '1,000 files, all rules with spelling: at most 8 s',
    measure: (r) => row(r.manyFiles, 'presslint-spelling')?.medianMs,
    limit: 8000,
    unit: 'ms',
  },
  {
    id: 'many-files-vs-textlint',
    target: '1,000 files with spelling: faster than textlint (acronym + terminology)',
    measure: (r) => ratio(row(r.manyFiles, 'textlint'), row(r.manyFiles, 'presslint-spelling')),
    atLeast: 1,
    unit: 'x',
  },
  {
    id: 'server-5k',
    target: 'Server, 5 KB, no spelling: p95 edit-to-diagnostics at most 20 ms',
    measure: (r) => server(r, '5 KB', false)?.settled.p95,
    limit: 20,
    unit: 'ms',
  },
  {
    id: 'server-5k-spelling',
    target: 'Server, 5 KB, with spelling: p95 at most 35 ms',
    measure: (r) => server(r, '5 KB', true)?.settled.p95,
    limit: 35,
    unit: 'ms',
  },
  {
    id: 'server-1m',
    target: 'Server, 1 MB, no spelling: p95 at most 300 ms',
    measure: (r) => server(r, '1 MB', false)?.settled.p95,
    limit: 300,
    unit: 'ms',
  },
  {
    id: 'server-1m-spelling',
    target: 'Server, 1 MB, with spelling: p95 at most 300 ms',
    measure: (r) => server(r, '1 MB', true)?.settled.p95,
    limit: 300,
    unit: 'ms',
  },
  {
    id: 'cli-memory',
    target: 'CLI peak memory (one file and 1,000 files, with spelling): at most 200 MB',
    measure: (r) => maxOf([...(r.oneFile ?? []), ...(r.manyFiles ?? [])].filter((x) => x.id.startsWith('presslint') && !x.failed).map((x) => x.peakRssMB)),
    limit: 200,
    unit: 'MB',
  },
  {
    id: 'server-memory',
    target: 'Server peak memory with the dictionary loaded (5 KB draft): at most 200 MB',
    measure: (r) => server(r, '5 KB', true)?.peakRssMB,
    limit: 200,
    unit: 'MB',
  },
  {
    id: 'growth',
    target: 'Growth, all rules but spelling: time per KB (best run) within 2x from 5 KB to 5 MB',
    measure: (r) => spread(r.growth?.engine?.nospell),
    limit: 2,
    unit: 'x',
  },
  {
    id: 'growth-spelling',
    target: 'Growth, with spelling: time per KB (best run) within 2x from 5 KB to 5 MB',
    measure: (r) => spread(r.growth?.engine?.spell),
    limit: 2,
    unit: 'x',
  },
];

/** How many times slower `peer` was than `presslint` (median against median). */
function ratio(peer, presslint) {
  if (!peer?.medianMs || !presslint?.medianMs) return undefined;
  return Math.round((peer.medianMs / presslint.medianMs) * 10) / 10;
}

/** How much longer `row` took than `reference`, in per cent of the reference (median against median; negative when faster). */
function slowerBy(row, reference) {
  if (!row?.medianMs || !reference?.medianMs) return undefined;
  return Math.round((row.medianMs / reference.medianMs - 1) * 1000) / 10;
}

function maxOf(values) {
  const known = values.filter((v) => typeof v === 'number');
  return known.length ? Math.max(...known) : undefined;
}

/**
 * Largest time per KB over the smallest, across the growth sizes, from each size's best run:
 * the engine's work is deterministic, so other processes only ever add to it, and the best of
 * many runs is the truest figure for the shape of the curve (medians are in the table).
 */
function spread(timing, key = 'minMsPerKB') {
  const perKB = timing?.sizes?.map((s) => s[key] ?? s.msPerKB).filter((v) => v > 0);
  if (!perKB?.length) return undefined;
  return Math.round((Math.max(...perKB) / Math.min(...perKB)) * 100) / 100;
}

/** Every target with its measured figure and whether it was met (null: not measured). */
export function evaluateTargets(results) {
  return TARGETS.map((t) => {
    const measured = t.measure(results);
    const met = measured === undefined || measured === null ? null : t.atLeast !== undefined ? measured >= t.atLeast : measured <= t.limit;
    return { id: t.id, target: t.target, measured: measured ?? null, unit: t.unit, met };
  });
}

const fmtMs = (ms) => (ms === null || ms === undefined ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtFine = (ms) => (ms === null || ms === undefined ? 'n/a' : ms < 100 ? `${ms.toFixed(1)} ms` : fmtMs(ms));
const fmtMB = (mb) => (mb === null || mb === undefined ? 'n/a' : `${Math.round(mb)} MB`);
const fmtPercent = (value) => `${value > 0 ? '+' : ''}${value} %`;
const fmtValue = (value, unit) => (value === null ? 'not measured' : unit === 'ms' ? fmtMs(value) : unit === 'MB' ? fmtMB(value) : unit === '%' ? fmtPercent(value) : `${value}x`);
const verdict = (met) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

/** The results as the markdown the README shows. */
/**
 * What the README shows of a full run: the targets and the tables of figures 1-3, cut from the
 * full report, with the date and machine. bench/run.mjs writes it between the README's
 * `<!-- bench:start -->` and `<!-- bench:end -->` lines.
 */
export function renderReadmeSummary(r) {
  const full = renderMarkdown(r).split('\n');
  const section = (heading) => {
    const start = full.findIndex((line) => line.startsWith(heading));
    if (start < 0) return [];
    const end = full.findIndex((line, i) => i > start && line.startsWith('## '));
    // The table alone, with a blank line before it (a table cannot follow a paragraph's line).
    return ['', ...full.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith('|')), ''];
  };
  const m = r.machine;
  return [
    `Latest full run: ${r.takenAt.slice(0, 10)}, commit \`${r.commit ?? '?'}\`, ${m.cores} cores, Node ${m.node}.`,
    '',
    '**Targets**',
    ...section('## Targets'),
    `**One 5 KB release, whole process, cold** (median of ${r.options.runs})`,
    ...section('## 1.'),
    `**${r.corpus.many} releases of about 5 KB in one process**`,
    ...section('## 2.'),
    '**The language server, from an edit to its diagnostics** (debounce 0)',
    ...section('## 3.'),
  ].join('\n').trim();
}

export function renderMarkdown(r) {
  const m = r.machine;
  const lines = [];
  lines.push('# presslint benchmark results', '');
  lines.push(
    `Taken ${r.takenAt.slice(0, 16).replace('T', ' ')} UTC at commit \`${r.commit ?? '?'}\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.distribution ?? m.os}, Node ${m.node}; load average at start ${m.loadAverageAtStart.join(' / ')} (other work shared the machine: compare the ratios, measured in the same run, more than the absolute times). \`npm run bench\` took ${r.durationS} s${r.sectionSeconds ? ` (${Object.entries(r.sectionSeconds).map(([k, v]) => `${k} ${Math.round(v)} s`).join(', ')})` : ''}. How to read this: [bench/README.md](README.md).`,
    '',
  );
  lines.push('## Targets', '', '| target | measured | |', '| --- | --- | --- |');
  for (const t of r.targets) lines.push(`| ${t.target} | ${fmtValue(t.measured, t.unit)} | ${verdict(t.met)} |`);
  lines.push('');

  if (r.oneFile) {
    lines.push(`## 1. One 5 KB release, whole process, cold (median of ${r.options.runs})`, '');
    lines.push(...commandTable(r.oneFile));
  }
  if (r.manyFiles) {
    lines.push(`## 2. ${r.corpus.many} releases (about 5 KB each) in one process`, '');
    lines.push(...commandTable(r.manyFiles));
  }
  if (r.server) {
    lines.push('## 3. Language server: edit to diagnostics', '');
    lines.push('| draft | spelling | edits | p50 | p95 | first publish p50 / p95 | open to diagnostics (first / complete) | peak memory |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of r.server) {
      if (s.failed) lines.push(`| ${s.draft} | ${s.spelling ? 'yes' : 'no'} | failed: ${s.failed.replace(/\|/g, '/').replace(/\n/g, ' ').slice(0, 160)} | | | | | |`);
      else {
        const cut = s.incomplete ? ` (${s.incomplete} cut off at the time limit)` : '';
        lines.push(`| ${s.draft} | ${s.spelling ? 'yes' : 'no'} | ${s.edits}${cut} | ${fmtMs(s.settled.p50)} | ${fmtMs(s.settled.p95)} | ${fmtMs(s.first.p50)} / ${fmtMs(s.first.p95)} | ${fmtMs(s.openToFirstDiagnosticsMs)} / ${fmtMs(s.openToDiagnosticsMs)} | ${fmtMB(s.peakRssMB)} |`);
      }
    }
    lines.push('');
  }
  lines.push(...memoryTable(r));
  if (r.growth) {
    lines.push('## 5. Growth: time per KB, engine in one process (median after a warm-up)', '');
    lines.push('| size | bytes | all rules but spelling: median (best) | per KB | with spelling: median (best) | per KB | CLI, whole process (no spelling / spelling) |', '| --- | --- | --- | --- | --- | --- | --- |');
    const plain = r.growth.engine.nospell?.sizes ?? [];
    const spell = r.growth.engine.spell?.sizes ?? [];
    const labels = [...new Set([...plain, ...spell].map((s) => s.label))];
    for (const label of labels) {
      const a = plain.find((s) => s.label === label);
      const b = spell.find((s) => s.label === label);
      const cli = (spelling) => fmtMs(r.growth.cli.find((c) => c.label === label && c.spelling === spelling)?.ms);
      const time = (x) => (x ? `${fmtFine(x.medianMs)} (${fmtFine(x.minMs)})` : 'n/a');
      const perKB = (x) => (x ? `${x.msPerKB} (${x.minMsPerKB}) ms` : 'n/a');
      lines.push(`| ${label.toUpperCase().replace('K', ' KB').replace('M', ' MB')} | ${(a ?? b).bytes} | ${time(a)} | ${perKB(a)} | ${time(b)} | ${perKB(b)} | ${cli(false)} / ${cli(true)} |`);
    }
    const shape = (timing) => {
      const all = spread(timing);
      const fromFifty = timing?.sizes ? spread({ sizes: timing.sizes.filter((s) => s.label !== '5k') }) : undefined;
      return all === undefined ? 'n/a' : `${all}x from 5 KB, ${fromFifty}x from 50 KB`;
    };
    lines.push('', `Largest over smallest time per KB (best runs): all rules but spelling ${shape(r.growth.engine.nospell)}; with spelling ${shape(r.growth.engine.spell)}.`);
    for (const [variant, timing] of Object.entries(r.growth.engine)) if (timing.failed) lines.push('', `Engine timing (${variant}) failed: ${timing.failed}`);
    lines.push('');
  }
  if (r.profiles?.length) {
    lines.push('## Profiles of the missed targets (node --cpu-prof)', '');
    lines.push('Heaviest functions by self time, then the project functions with the most total time (callees included), mapped to the TypeScript sources.', '');
    for (const p of r.profiles) {
      lines.push(`### ${p.what} (${p.targets.join(', ')})`, '');
      if (p.failed) {
        lines.push(`Profiling failed: ${p.failed}`, '');
        continue;
      }
      lines.push(`${fmtMs(p.sampledMs)} sampled; profiles in \`${p.dir}/\`.`, '');
      lines.push('| self time | share | function | | total time | share | project function |', '| --- | --- | --- | --- | --- | --- | --- |');
      for (let i = 0; i < Math.max(p.self.length, p.ownCode.length); i++) {
        const a = p.self[i];
        const b = p.ownCode[i];
        lines.push(`| ${a ? fmtMs(a.ms) : ''} | ${a ? `${a.share}%` : ''} | ${a ? `\`${a.fn}\`` : ''} | | ${b ? fmtMs(b.ms) : ''} | ${b ? `${b.share}%` : ''} | ${b ? `\`${b.fn}\`` : ''} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

function commandTable(rows) {
  const floor = rows.find((x) => x.id === 'node');
  const lines = [
    `| command | checks | median | ${floor ? 'above node start | ' : ''}presslint faster by | peak memory |`,
    `| --- | --- | --- | ${floor ? '--- | ' : ''}--- | --- |`,
  ];
  for (const x of rows) {
    if (x.failed) {
      lines.push(`| ${x.label} | ${x.checks} | failed: ${x.failed.replace(/\|/g, '/').slice(0, 160)} |${floor ? ' |' : ''} | |`);
      continue;
    }
    const reference = x.compareWith ? rows.find((y) => y.id === x.compareWith && !y.failed) : undefined;
    // presslint against presslint (the French draft against the English one): the time it took
    // next to the reference's, to the per cent, for the 10 % target of issue 19.
    const own = reference && x.id.startsWith('presslint') && reference.id.startsWith('presslint');
    const faster = !reference ? '' : own ? relativeTime(slowerBy(x, reference), reference.label) : `${(x.medianMs / reference.medianMs).toFixed(1)}x (vs ${reference.label})`;
    const above = floor && x !== floor ? fmtMs(x.medianMs - floor.medianMs) : '';
    lines.push(`| ${x.label} | ${x.checks} | ${fmtMs(x.medianMs)} | ${floor ? `${above} | ` : ''}${faster} | ${fmtMB(x.peakRssMB)} |`);
  }
  lines.push('');
  return lines;
}

/** "3.2 % slower than presslint, all rules but spelling", from a difference in per cent. */
function relativeTime(percent, label) {
  if (percent === 0) return `as fast as ${label}`;
  return `${Math.abs(percent)} % ${percent > 0 ? 'slower' : 'faster'} than ${label}`;
}

function memoryTable(r) {
  const entries = [];
  for (const x of r.oneFile ?? []) if (x.id.startsWith('presslint') && !x.failed) entries.push([`CLI, one file: ${x.label.replace(/^presslint,? ?/, '')}`, x.peakRssMB]);
  for (const x of r.manyFiles ?? []) if (x.id.startsWith('presslint') && !x.failed) entries.push([`CLI, ${r.corpus.many} files: ${x.label.replace(/^presslint,? ?/, '')}`, x.peakRssMB]);
  for (const c of r.growth?.cli ?? []) if (c.label === '5m') entries.push([`CLI, one 5 MB draft, ${c.spelling ? 'with' : 'without'} spelling`, c.peakRssMB]);
  for (const s of r.server ?? []) if (!s.failed) entries.push([`server, ${s.draft} draft, ${s.spelling ? 'with spelling (dictionary loaded)' : 'no spelling'}`, s.peakRssMB]);
  if (entries.length === 0) return [];
  const how = r.memoryMeasured ? 'peak resident set size: GNU time for the CLI, VmHWM for the server' : 'GNU time is not installed: CLI memory not measured';
  return ['## 4. Peak memory', '', `(${how})`, '', '| process | peak |', '| --- | --- |', ...entries.map(([what, mb]) => `| ${what} | ${fmtMB(mb)} |`), ''];
}
