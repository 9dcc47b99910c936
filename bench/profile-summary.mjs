// Summarises a V8 CPU profile (from `node --cpu-prof`): the functions with the most self time
// and the most total time, with their file and line, so a missed target names its cause.
//
//   node bench/profile-summary.mjs <file.cpuprofile> [top=15] [filter]
// `filter` keeps only functions whose file path contains it in the total-time list (e.g. engine).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const sourceMaps = new Map();
/** The bundle's source map (file.map beside it), to name the TypeScript source of a frame. */
function sourceMapOf(path) {
  if (!sourceMaps.has(path)) {
    let map;
    try {
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(path, map);
  }
  return sourceMaps.get(path);
}

/** `file:line` of a call frame, through the bundle's source map when there is one. */
function location(frame) {
  let path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  let line = frame.lineNumber + 1;
  const map = path ? sourceMapOf(path) : undefined;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && entry.originalSource) {
    path = entry.originalSource.replace(/^file:\/\//, '');
    line = entry.originalLine + 1;
  }
  return `${path.replace(/^.*\/(node_modules\/)/, '$1').replace(/^(\.\.\/)+/, '').replace(/^.*\/work\/main\//, '')}:${line}`;
}

/** Self and total time per function over one or more profiles (threads of one run), in ms, largest first. */
export function summariseAll(profiles) {
  const self = new Map();
  const total = new Map();
  let totalMs = 0;
  for (const profile of profiles) {
    const one = summarise(profile);
    totalMs += one.totalMs;
    for (const [k, ms] of one.self) self.set(k, (self.get(k) ?? 0) + ms);
    for (const [k, ms] of one.total) total.set(k, (total.get(k) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, self: sorted(self), total: sorted(total) };
}

/** Self and total time per function of a profile, in ms, largest first. */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Time per sample: the gap to the next one.
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${location(n.callFrame)}`;
  const selfBy = new Map();
  const totalBy = new Map();
  for (const [id, ms] of self) {
    const n = nodes.get(id);
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
    // Total time: count each function once per sample stack (recursion).
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(nodes.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  return { totalMs, self: sorted(selfBy), total: sorted(totalBy) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [file, topText = '15', filter] = process.argv.slice(2);
  const top = Number(topText);
  const { totalMs, self, total } = summarise(JSON.parse(readFileSync(file, 'utf8')));
  const fmt = ([name, ms]) => `${ms.toFixed(1).padStart(9)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`;
  console.log(`profile: ${totalMs.toFixed(0)} ms sampled\n\nself time:`);
  for (const entry of self.slice(0, top)) console.log(fmt(entry));
  console.log(`\ntotal time${filter ? ` (files containing "${filter}")` : ''}:`);
  for (const entry of total.filter(([name]) => !filter || name.includes(filter)).slice(0, top)) console.log(fmt(entry));
}
