// Drives the language server over stdio JSON-RPC, as an editor would, and times
// edit-to-diagnostics: from sending a didChange to the publishDiagnostics for that version.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile, round1 } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The protocol client is a devDependency of the root package (CommonJS).
const require = createRequire(join(root, 'package.json'));

/** Peak resident memory of a live process (Linux), in MB; null elsewhere. */
function peakRssMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? round1(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * One server session on one draft: start the server, open the draft, then make `edits`
 * single-character edits (typing a word, then deleting it, in the middle of the text; fewer
 * edits if they take longer than `budgetMs` in all), each sent only after the previous one's
 * diagnostics arrived. Returns the open-to-diagnostics time,
 * the first and the settled edit-to-diagnostics latencies (ms) and the server's peak memory.
 *
 * A server may publish twice for one version (fast rules at once, spelling when ready): the
 * "first" latency is the first publish for the version, the "settled" one the
 * `publishesPerVersion`-th publish (without a count: the last before `settleMs` of quiet).
 */
export async function serverSession({ serverPath, file, edits, settleMs, publishesPerVersion, budgetMs = Infinity, nodeArgs = [], settings = {}, initializationOptions = {}, timeoutMs = 60000, log = () => {} }) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { cwd: dirname(file), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const folderUri = pathToFileURL(dirname(file)).href;

  // Every publish for our document, with its arrival time.
  const publishes = [];
  let onPublish = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    const entry = { at: performance.now(), version: params.version, count: params.diagnostics.length, diagnostics: params.diagnostics };
    publishes.push(entry);
    if (process.env.BENCH_LSP_DEBUG) process.stderr.write(`publish v${params.version} ${params.diagnostics.length} diagnostics (${Object.entries(countBy(params.diagnostics)).map(([k, v]) => `${k} ${v}`).join(', ')}) at ${Math.round(entry.at)}\n`);
    onPublish(entry);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section ? settings[item.section] ?? null : settings)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/workspaceFolders', () => [{ uri: folderUri, name: 'bench' }]);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('telemetry/event', () => {});
  connection.listen();

  /**
   * Resolves with [first, last] publish for `version` (or, without versions, after `since`):
   * `last` is the `publishesPerVersion`-th publish. Without a count, the last one before
   * `settleMs` of quiet. If the count never comes, whatever came by `limitMs`.
   */
  const waitFor = (version, since, limitMs) =>
    new Promise((resolve, reject) => {
      const matches = (p) => p.at >= since && (p.version === undefined || p.version === null || p.version === version);
      let first;
      let last;
      let count = 0;
      let settleTimer;
      const done = (value) => {
        clearTimeout(settleTimer);
        clearTimeout(timeout);
        onPublish = () => {};
        resolve(value);
      };
      const timeout = setTimeout(() => {
        if (first) done([first, last, true]);
        else {
          onPublish = () => {};
          reject(new Error(`no diagnostics for version ${version} within ${limitMs} ms; server stderr: ${stderr.trim().slice(-500)}`));
        }
      }, limitMs);
      onPublish = (p) => {
        if (!matches(p)) return;
        first ??= p;
        last = p;
        count++;
        if (publishesPerVersion && count >= publishesPerVersion) done([first, last, false]);
        else if (!publishesPerVersion) {
          clearTimeout(settleTimer);
          settleTimer = setTimeout(() => done([first, last, false]), settleMs);
        }
      };
    });

  try {
    const started = performance.now();
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    if (Object.keys(settings).length) await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    const sync = init.capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;

    let text = readFileSync(file, 'utf8');
    let version = 1;
    const openSent = performance.now();
    // Opening is the cold case (a whole draft to spell, nothing cached): it gets longer.
    const opened = waitFor(version, openSent, timeoutMs * 3);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'press-release', version, text } });
    const [openFirst, openLast, openIncomplete] = await opened;
    let incomplete = openIncomplete ? 1 : 0;

    // The cursor: the start of a word on a line in the middle of the draft (a body paragraph).
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length - 1 && lines[line].length < 40) line++;
    const column = lines[line].indexOf(' ', Math.floor(lines[line].length / 2)) + 1;
    let lineStart = 0;
    for (let i = 0; i < line; i++) lineStart += lines[i].length + 1;
    const word = 'inclusive ';

    const first = [];
    const settled = [];
    let typed = 0;
    const editsStarted = performance.now();
    let made = 0;
    // A slow server gets fewer edits (at least five), so the whole bench stays within minutes.
    for (let i = 0; i < edits && (i < 5 || performance.now() - editsStarted < budgetMs); i++) {
      made++;
      // Type the word one letter at a time, then delete it the same way.
      const inserting = Math.floor(i / word.length) % 2 === 0;
      const at = lineStart + column + typed;
      let change;
      if (inserting) {
        const ch = word[typed];
        change = { range: pos(line, column + typed, line, column + typed), text: ch };
        text = text.slice(0, at) + ch + text.slice(at);
        typed++;
      } else {
        change = { range: pos(line, column + typed - 1, line, column + typed), text: '' };
        text = text.slice(0, at - 1) + text.slice(at);
        typed--;
      }
      version++;
      const sent = performance.now();
      const waiting = waitFor(version, sent, timeoutMs);
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [incremental ? change : { text }],
      });
      const [f, l, cut] = await waiting;
      if (cut) incomplete++;
      first.push(f.at - sent);
      settled.push(l.at - sent);
    }
    const memoryMB = peakRssMB(child.pid);
    const lastPublish = publishes[publishes.length - 1];
    await connection.sendRequest('shutdown').catch(() => {});
    await connection.sendNotification('exit').catch(() => {});
    const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 3000))]);
    if (!gone) child.kill();
    log(`    ${made} edits; ${lastPublish?.count ?? 0} diagnostics on the last publish`);
    return {
      file,
      bytes: Buffer.byteLength(text, 'utf8'),
      incremental,
      startToFirstDiagnosticsMs: round1(openFirst.at - started),
      openToFirstDiagnosticsMs: round1(openFirst.at - openSent),
      openToDiagnosticsMs: round1(openLast.at - openSent),
      // Waits that ended on the time limit before all the expected publishes came.
      incomplete,
      edits: made,
      diagnostics: lastPublish?.count ?? 0,
      diagnosticsByRule: countBy(lastPublish?.diagnostics ?? []),
      first: summary(first),
      settled: summary(settled),
      settledMs: settled.map(round1),
      peakRssMB: memoryMB,
    };
  } catch (error) {
    child.kill();
    throw error;
  } finally {
    connection.dispose();
  }
}

function pos(startLine, startCharacter, endLine, endCharacter) {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function summary(values) {
  return { p50: round1(percentile(values, 50)), p95: round1(percentile(values, 95)), max: round1(Math.max(...values)) };
}

function countBy(diagnostics) {
  const counts = {};
  for (const d of diagnostics) {
    const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code ?? d.source ?? '?';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}
