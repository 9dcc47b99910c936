/**
 * Faults the other suites leave out (see docs/robustness.md for the whole list and where each
 * case lives). The language server is the built one, started here so that it can run as an
 * unprivileged user when the tests run as root (root reads a file chmod 000 all the same);
 * the CLI is the built command. Covered elsewhere, not repeated here: a rule that throws
 * (test/lsp/failures.test.ts), a broken or edited house style and unknown documents
 * (test/lsp/house-style.test.ts, server.test.ts), the size limit (settings.test.ts), binary,
 * missing, broken-link and folder errors and a failed --fix write (test/cli.test.ts), extends
 * of a URL or outside the project (test/config.test.ts).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { actionsOnly, delay, LspClient, SERVER, tempWorkspace, until } from './lsp/helpers/client';
import { BIN, runBin, tempFolder } from './helpers/cli';
import { DRAFT_REGRESSIONS } from './fuzz/regressions';
import { RICH_STYLE_YAML } from './fuzz/styles';

/** Root reads anything: run the processes as nobody, as test/cli.test.ts does. */
const AS_NOBODY = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/** A release with one headline finding (the full stop) and nothing else under QUIET. */
const DRAFT = '# Harbour pilots rehearse storm drills.\n\nMombasa, Kenya, 12 March 2024 - Forty pilots trained this week.\n';
const QUIET = 'rules:\n  spelling: off\n  contact-block: off\n  end-mark: off\n  boilerplate: off\n';
const HEADLINE_OFF = `${QUIET}  headline: off\n`;
const has = (code: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === code);
const hasNot = (code: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === code);

/** Starts the built server (as nobody when root) and talks to it over its stdio. */
async function startServer(folder: string, settings: Record<string, unknown> = {}): Promise<{ client: LspClient; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(AS_NOBODY ? { ...NOBODY, cwd: '/' } : {}) });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = await LspClient.connect(child.stdout!, child.stdin!, { folders: [folder], settings });
  client.stderr = stderr;
  const stop = async () => {
    await client.stop();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
  };
  return { client, child, stop };
}

/** A temporary workspace the server can read when it runs as nobody. */
function readableWorkspace(files: Record<string, string> = {}): ReturnType<typeof tempWorkspace> {
  const workspace = tempWorkspace(files);
  chmodSync(workspace.path, 0o777);
  return workspace;
}

describe('faults: the language server keeps running and answering', () => {
  let workspace: ReturnType<typeof readableWorkspace>;
  let server: Awaited<ReturnType<typeof startServer>>;
  let styleFile: string;

  before(async () => {
    workspace = readableWorkspace();
    mkdirSync(join(workspace.path, 'styled'), { mode: 0o777 });
    styleFile = join(workspace.path, 'styled', '.presslint.yaml');
    writeFileSync(styleFile, HEADLINE_OFF);
    chmodSync(join(workspace.path, 'styled'), 0o777);
    server = await startServer(workspace.path);
  });
  after(async () => {
    await server.stop();
    workspace.remove();
  });

  /** The server still answers a request and its process is alive. */
  async function assertAlive(uri: string): Promise<void> {
    assert.ok(Array.isArray(await server.client.symbols(uri)), 'the server answers');
    assert.equal(server.child.exitCode, null, `the server exited; stderr: ${server.client.stderr}`);
  }

  /** Tells the server the style file changed as a client watcher would. */
  async function styleChanged(type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await server.client.filesChanged([{ path: styleFile, type }]);
  }

  it('keeps the last good style when the house style file becomes unreadable, and recovers when it is readable again', async () => {
    const { client } = server;
    const uri = workspace.uri('styled/unreadable.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'headline off by the house style');
    chmodSync(styleFile, 0o000);
    try {
      const relinted = client.waitForNextDiagnostics(uri);
      await styleChanged();
      const styleDiagnostics = await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.some((d) => /permission denied/.test(d.message as string)), 'the unreadable style reported');
      assert.equal(styleDiagnostics[0]!.severity, DiagnosticSeverity.Error);
      assert.ok(hasNot('headline')(await relinted), 'the draft is linted with the last good style');
      await assertAlive(uri);
    } finally {
      chmodSync(styleFile, 0o644);
    }
    writeFileSync(styleFile, QUIET);
    await styleChanged();
    await client.waitForDiagnostics(uri, has('headline'), 'the readable, edited style applies');
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.length === 0, 'the style error cleared');
  });

  it('keeps the last good style when the file is replaced by binary garbage', async () => {
    const { client } = server;
    writeFileSync(styleFile, HEADLINE_OFF);
    await styleChanged();
    const uri = workspace.uri('styled/garbage.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, hasNot('headline'));
    writeFileSync(styleFile, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x1a, 0x0a, 0x5b, 0x5b, 0x7b]));
    const relinted = client.waitForNextDiagnostics(uri);
    await styleChanged();
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.some((d) => /binary/.test(d.message as string)), 'the binary style reported');
    assert.ok(hasNot('headline')(await relinted), 'the last good style still applies');
    await assertAlive(uri);
  });

  it('keeps the last good style when a watcher reports the file deleted but it is still there (a save that renames over it)', async () => {
    const { client } = server;
    writeFileSync(styleFile, HEADLINE_OFF);
    await styleChanged();
    const uri = workspace.uri('styled/renamed-over.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'headline off by the house style');
    writeFileSync(styleFile, 'rules: [\n');
    const relinted = client.waitForNextDiagnostics(uri);
    await styleChanged(FileChangeType.Deleted);
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.length > 0, 'the broken style reported');
    assert.ok(hasNot('headline')(await relinted), 'the last good style still applies, not recommended');
    writeFileSync(styleFile, HEADLINE_OFF);
    await styleChanged();
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.length === 0, 'the mended style has no diagnostics');
  });

  it('falls back to recommended when the house style file is deleted, and clears its errors', async () => {
    const { client } = server;
    // A draft under the style first: the style's errors are reported when a draft resolves it,
    // so the test must not lean on drafts an earlier test left open (it failed run alone).
    const uri = workspace.uri('styled/deleted.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, () => true);
    writeFileSync(styleFile, 'rules: [\n'); // broken first: its diagnostics must go with it
    await styleChanged();
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.length > 0, 'the broken style reported');
    unlinkSync(styleFile);
    await styleChanged(FileChangeType.Deleted);
    // Recommended runs every rule: the headline's full stop is back.
    await client.waitForDiagnostics(uri, has('headline'), 'recommended applies');
    await client.waitForDiagnostics(pathUri(styleFile), (ds) => ds.length === 0, 'the deleted style has no diagnostics left');
    await assertAlive(uri);
    writeFileSync(styleFile, HEADLINE_OFF);
    await styleChanged(FileChangeType.Created);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'a re-created style applies again');
  });

  it('answers empty for every request on a closed document, and ignores changes to documents it does not know', async () => {
    const { client } = server;
    const uri = workspace.uri('closed.release.md');
    await client.open(uri, DRAFT);
    const diagnostics = await client.waitForDiagnostics(uri, has('headline'));
    await client.close(uri);
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0, 'diagnostics cleared on close');
    const position = { line: 0, character: 3 };
    assert.equal(await client.hover(uri, position), null);
    assert.deepEqual(await client.completion(uri, position), []);
    assert.deepEqual(await client.symbols(uri), []);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), []);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, [], ['source.fixAll']), []);
    assert.equal(await client.executeCommand('presslint.applyFixAll', [{ uri, version: 1 }]), null);
    assert.equal(client.appliedEdits.length, 0, 'no edit for a closed document');
    // A change, a save and a close for documents never opened: notifications, so no answer; the server carries on.
    const stranger = workspace.uri('never-opened.release.md');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: stranger, version: 7 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: stranger } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: stranger } });
    await assertAlive(workspace.uri('styled/deleted.release.md'));
  });

  it('survives framed messages that are not JSON-RPC, requests with missing or wrong parameters, and unknown methods', async () => {
    // A server of its own, idle: the garbage must not land between the two writes (header,
    // body) of a message the client is sending, which no editor would do either.
    const folder = readableWorkspace({ '.presslint.yaml': QUIET });
    const wire = await startServer(folder.path);
    try {
      const { client, child } = wire;
      await until(() => client.registrations.length > 0, 'the watcher registration');
      await delay(300);
      // JSON cut short, not JSON, JSON of the wrong shape, a response to nothing. (A header
      // without a length, or one that lies about it, loses the framing of the stream for good,
      // in any LSP server: the messages after it are lost.)
      const response = '{"jsonrpc":"2.0","id":424242,"result":1}';
      for (const body of ['{"jsonrpc":', '{{{{{', '[]', 'null', '"text"', response]) child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const uri = folder.uri('wire.release.md');
      await client.open(uri, DRAFT);
      await client.waitForDiagnostics(uri, has('headline'), 'a draft opened after the garbage is linted');
      const answers = await Promise.allSettled([
        client.request('textDocument/hover', null),
        client.request('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 1e9 } }),
        client.request('textDocument/completion', { textDocument: { uri }, position: { line: 999, character: 0 } }),
        client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }),
        client.request('textDocument/documentSymbol', { textDocument: {} }),
        client.request('workspace/executeCommand', { command: 'presslint.applyFixAll', arguments: ['not an object', 42] }),
        client.request('presslint/programmes', 'not params'),
        client.request('presslint/no-such-request', {}),
      ]);
      assert.equal(answers.length, 8, 'every request was answered, with a result or an error');
      await client.replace(uri, 'drills.', 'drills');
      await client.waitForDiagnostics(uri, hasNot('headline'), 'a change after the bad requests is linted');
      assert.equal(wire.child.exitCode, null);
    } finally {
      await wire.stop();
      folder.remove();
    }
  });

  it('lints again a draft that grows over the size limit and shrinks back under it', async () => {
    const folder = readableWorkspace({ '.presslint.yaml': QUIET });
    const small = await startServer(folder.path, { maxFileSize: 1_000 });
    try {
      const { client } = small;
      const uri = folder.uri('grows.release.md');
      await client.open(uri, DRAFT);
      await client.waitForDiagnostics(uri, has('headline'));
      const padding = `\n${'Forty pilots trained. '.repeat(60)}\n`;
      await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: padding }]);
      const over = await client.waitForDiagnostics(uri, has('max-file-size'), 'the size notice');
      assert.equal(over.length, 1, 'only the notice: the draft is not linted');
      await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
      await client.waitForDiagnostics(uri, (ds) => has('headline')(ds) && hasNot('max-file-size')(ds), 'linted again under the limit');
      assert.equal(small.child.exitCode, null);
    } finally {
      await small.stop();
      folder.remove();
    }
  });

  it('lints, and fixes all of, every draft that once broke a fix promise (test/fuzz/regressions.ts)', async () => {
    const folder = readableWorkspace();
    const fuzz = await startServer(folder.path);
    try {
      const { client } = fuzz;
      for (const regression of DRAFT_REGRESSIONS) {
        const dir = join(folder.path, regression.id);
        mkdirSync(dir, { mode: 0o777 });
        chmodSync(dir, 0o777);
        const styleText = regression.style === 'recommended' ? undefined : regression.style === 'rich' ? RICH_STYLE_YAML : regression.style.yaml;
        writeFileSync(join(dir, '.presslint.yaml'), withoutSpelling(styleText));
        const uri = folder.uri(`${regression.id}/draft.release.txt`);
        await client.open(uri, regression.text, 'press-release');
        await client.waitForDiagnostics(uri, () => true, `diagnostics of ${regression.id}`);
        const fixAll = actionsOnly(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']));
        if (fixAll[0]?.edit) assert.deepEqual(client.applyEdit(fixAll[0].edit), { applied: true }, regression.id);
      }
      const failures = client.logs.filter((log) => /failed/.test(log.message));
      assert.deepEqual(failures, [], 'no rule or request failed');
      assert.equal(fuzz.child.exitCode, null);
    } finally {
      await fuzz.stop();
      folder.remove();
    }
  });
});

describe('faults: the CLI', () => {
  let dir: string;
  let remove: () => void;
  before(() => {
    ({ path: dir, remove } = tempFolder('presslint-faults-'));
    chmodSync(dir, 0o777);
  });
  after(() => remove());

  /** A release with two spacing faults and an unexpanded acronym the fixes expand. */
  const BROKEN = [
    'Ministers agree on a regional plan against trafficking',
    '',
    'Accra, Ghana, 3 May 2018 - Ministers from five West African  countries agreed today on a plan ( with UNODC) to protect victims.',
    '',
    'For more information, please contact:',
    '',
    'Ministry of the Interior: Ama Owusu, ama.owusu@interior.gov.gh, +233 30 266 4611',
    '',
  ];

  it('reports a draft it may not read as a fatal result of its own (exit code 1), as it does a binary one', () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, BROKEN.join('\n'));
    chmodSync(file, 0o000);
    const run = runBin(['--no-spelling', file], AS_NOBODY ? { ...NOBODY, cwd: '/' } : {});
    chmodSync(file, 0o644);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /secret\.txt\n {2}1:1 {2}error {2}Not checked, it cannot be read as a draft: permission denied\. {2}fatal\n/);
  });

  it('refuses a house style that is a device or a named pipe at once, instead of reading forever', () => {
    const draft = join(dir, 'draft-for-config.txt');
    writeFileSync(draft, BROKEN.join('\n'));
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const config of ['/dev/zero', fifo]) {
      const started = Date.now();
      const run = runBin(['--no-spelling', '--config', config, draft], { timeout: 20_000 });
      assert.equal(run.code, 2, `${config}: ${run.stderr}`);
      assert.equal(run.stderr, `presslint: ${config}:1:1: Cannot read the house style file: it is not a regular file (a device, a pipe or a socket).\n`);
      assert.ok(Date.now() - started < 15_000);
    }
  });

  it('reports a draft that is a device or a named pipe (or a link to one) as a fatal result at once, instead of reading forever', () => {
    const fifo = join(dir, 'pipe-draft.txt');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'zero-draft.txt');
    symlinkSync('/dev/zero', zero);
    for (const draft of [fifo, zero]) {
      const run = runBin(['--no-spelling', '--format', 'json', draft], { timeout: 20_000 });
      assert.equal(run.code, 1, `${draft}: ${run.stderr}`);
      assert.equal(run.stderr, '');
      const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string; fatal?: boolean }> }>;
      assert.deepEqual(result!.messages.map((m) => [m.fatal, m.message]), [[true, 'Not checked, it cannot be read as a draft: it is not a regular file (a device, a pipe or a socket).']]);
    }
  });

  it('refuses a house words file that is a named pipe at once, instead of reading forever', async () => {
    const folder = join(dir, 'words-pipe');
    mkdirSync(folder);
    writeFileSync(join(folder, '.presslint.yaml'), 'dialect: en-GB\n');
    execFileSync('mkfifo', [join(folder, '.presslint-words.txt')]);
    writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
    const run = runBin([join(folder, 'draft.txt')], { timeout: 20_000 });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Cannot read the house words file .*\.presslint-words\.txt: it is not a regular file \(a device, a pipe or a socket\)\./);
  });

  it('lints a draft once when a folder links to itself, and names a link that loops', () => {
    const folder = join(dir, 'self-linked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), BROKEN.join('\n'));
    symlinkSync('..', join(folder, 'up'));
    symlinkSync('loop', join(dir, 'loop'));
    const run = runBin(['--no-spelling', '--format', 'json', folder], { timeout: 20_000 });
    assert.equal(run.code, 1, run.stderr);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((f) => f.filePath);
    assert.equal(files.filter((f) => f.endsWith('a.txt')).length, 1, `one entry for a.txt: ${files.join(', ')}`);
    const loop = runBin(['--no-spelling', join(dir, 'loop')]);
    assert.equal(loop.code, 2);
    assert.equal(loop.stderr, `presslint: ${join(dir, 'loop')}: its symbolic links loop (or nest too deep)\n`);
  });

  it('refuses an extends chain of thousands of files with one message, instead of overflowing the stack', () => {
    const folder = join(dir, 'long-chain');
    mkdirSync(join(folder, '.git'), { recursive: true });
    for (let i = 0; i < 2000; i++) writeFileSync(join(folder, `style-${i}.yaml`), i < 1999 ? `extends: ./style-${i + 1}.yaml\n` : 'dialect: en-GB\n');
    writeFileSync(join(folder, '.presslint.yaml'), 'extends: ./style-0.yaml\n');
    writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
    const run = runBin(['--no-spelling', join(folder, 'draft.txt')]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `presslint: ${join(folder, '.presslint.yaml')}:1:1: "extends" goes through more than 32 files (.presslint.yaml -> style-0.yaml -> ...): a house style extends a few at most.\n`);
  });

  it('stops --fix on Ctrl-C between two drafts: exit code 130, each draft fixed or as it was, no temporary file left', async () => {
    const folder = join(dir, 'interrupted');
    mkdirSync(folder);
    const body = 'The ministry organized a meeting on 3-5 June.  '.repeat(3000);
    const original = (i: number) => `Headline of release ${i}.\n\nGeneva, Switzerland, 3 May 2025 - ${body}\n`;
    const count = 60;
    for (let i = 0; i < count; i++) writeFileSync(join(folder, `d${i}.txt`), original(i));
    const child = spawn(process.execPath, [BIN, '--fix', '--no-spelling', folder], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the first draft is written: the run is then between or inside drafts.
    await until(() => readFileSync(join(folder, 'd0.txt'), 'utf8') !== original(0), 'the first draft fixed');
    child.kill('SIGINT');
    assert.equal(await exited, 130, stderr);
    assert.match(stderr, /stopped \(SIGINT\)/);
    const names = readdirSync(folder);
    assert.deepEqual(names.filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
    const fixedOnce = readFileSync(join(folder, 'd0.txt'), 'utf8');
    for (let i = 0; i < count; i++) {
      const text = readFileSync(join(folder, `d${i}.txt`), 'utf8');
      // Either untouched or fixed the way the first one was, never half written.
      assert.ok(text === original(i) || text === fixedOnce.replace('release 0', `release ${i}`), `d${i}.txt is half written`);
    }
    assert.ok(names.some((name) => readFileSync(join(folder, name), 'utf8') === original(Number(name.slice(1, -4)))), 'the run stopped before the end');
  });

  it('--fix keeps CR line endings, mixed line endings outside the fixes, the BOM and the file mode', () => {
    const cr = join(dir, 'cr.txt');
    writeFileSync(cr, `\uFEFF${BROKEN.join('\r')}`);
    chmodSync(cr, 0o600);
    const mixed = join(dir, 'mixed.txt');
    // Never a CR line before an empty LF line: the two would read as one CRLF.
    const endings = ['\r\n', '\n', '\r\n', '\r'];
    writeFileSync(mixed, BROKEN.map((line, i) => line + (i < BROKEN.length - 1 ? endings[i % endings.length] : '')).join(''));
    const run = runBin(['--no-spelling', '--fix', cr, mixed]);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const fixedCr = readFileSync(cr, 'utf8');
    assert.ok(fixedCr.startsWith('\uFEFF'), 'the BOM stays');
    assert.ok(!fixedCr.includes('\n'), 'no LF in a CR file');
    assert.ok(fixedCr.includes('African countries') && fixedCr.includes('(with'), 'the fixes are applied');
    assert.equal(statSync(cr).mode & 0o777, 0o600);
    const fixedMixed = readFileSync(mixed, 'utf8');
    const breaks = [...fixedMixed.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
    assert.deepEqual(breaks, BROKEN.slice(0, -1).map((_, i) => endings[i % endings.length]), 'every line keeps its own ending');
  });

  it('two --fix runs at once on the same 20 files leave every file fixed, whole, and no temporary file behind', async () => {
    const folder = join(dir, 'concurrent');
    const reference = join(dir, 'reference');
    mkdirSync(folder);
    mkdirSync(reference);
    const drafts = Array.from({ length: 20 }, (_, i) => BROKEN.join('\n').replace('five', `${i + 2}`).replace('Accra', i % 2 ? 'Accra' : 'Kumasi'));
    drafts.forEach((text, i) => {
      writeFileSync(join(folder, `draft-${i}.txt`), text);
      writeFileSync(join(reference, `draft-${i}.txt`), text);
    });
    const expected = runBin(['--no-spelling', '--fix', reference]);
    assert.ok(expected.code === 0 || expected.code === 1, expected.stderr);
    const runOnce = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--no-spelling', '--fix', folder], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([runOnce(), runOnce()]);
    for (const run of [a, b]) assert.ok(run.code === 0 || run.code === 1, run.stderr);
    for (let i = 0; i < drafts.length; i++) {
      assert.equal(readFileSync(join(folder, `draft-${i}.txt`), 'utf8'), readFileSync(join(reference, `draft-${i}.txt`), 'utf8'), `draft-${i}.txt`);
    }
    assert.deepEqual(readdirSync(folder).filter((name) => !/^draft-\d+\.txt$/.test(name)), [], 'no temporary file left');
  });

  describe('the house style is data', () => {
    it('parses a .js file named by extends as YAML, never runs it', () => {
      const folder = join(dir, 'evil-extends');
      mkdirSync(folder);
      const marker = join(folder, 'ran.txt');
      writeFileSync(join(folder, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { rules: {} };\n`);
      writeFileSync(join(folder, '.presslint.yaml'), 'extends: ./evil.js\n');
      writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
      const run = runBin(['--no-spelling', join(folder, 'draft.txt')]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^presslint: .*evil\.js:\d+:\d+: [^\n]+\n$/);
      assert.equal(existsSync(marker), false, 'the file was not executed');
    });

    it('never loads a .presslint.js, .presslint.cjs or .presslint.mjs', () => {
      const folder = join(dir, 'js-style');
      mkdirSync(folder);
      const marker = join(folder, 'ran.txt');
      for (const name of ['.presslint.js', '.presslint.cjs', '.presslint.mjs']) {
        writeFileSync(join(folder, name), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`);
      }
      writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
      const run = runBin(['--no-spelling', '--print-config', join(folder, 'draft.txt')]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).name, 'recommended');
      assert.equal(existsSync(marker), false);
    });

    it('never fetches the $schema of a style (an address that would hang)', () => {
      const folder = join(dir, 'schema-url');
      mkdirSync(folder);
      // 10.255.255.1 is not routable: a fetch would wait for its timeout.
      writeFileSync(join(folder, '.presslint.yaml'), '$schema: http://10.255.255.1/presslint.schema.json\ndialect: en-US\n');
      writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
      const started = Date.now();
      const run = runBin(['--no-spelling', '--print-config', join(folder, 'draft.txt')], { timeout: 20_000 });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).dialect, 'en-US');
      assert.ok(Date.now() - started < 15_000);
    });

    it('refuses extends through a symbolic link that leaves the project', () => {
      const outside = tempFolder('presslint-outside-');
      try {
        writeFileSync(join(outside.path, 'shared.yaml'), 'dialect: en-US\n');
        const folder = join(dir, 'linked');
        mkdirSync(join(folder, '.git'), { recursive: true });
        symlinkSync(join(outside.path, 'shared.yaml'), join(folder, 'shared.yaml'));
        writeFileSync(join(folder, '.presslint.yaml'), 'extends: ./shared.yaml\n');
        writeFileSync(join(folder, 'draft.txt'), BROKEN.join('\n'));
        const run = runBin(['--no-spelling', join(folder, 'draft.txt')]);
        assert.equal(run.code, 2, run.stdout + run.stderr);
        assert.match(run.stderr, /points outside the project/);
      } finally {
        outside.remove();
      }
    });
  });
});

function pathUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** A style text with spelling switched off (the server would load a dictionary for it). */
function withoutSpelling(style: string | undefined): string {
  if (style === undefined) return 'rules:\n  spelling: off\n';
  return /^rules:\n/m.test(style) ? style.replace(/^rules:\n/m, 'rules:\n  spelling: off\n') : `${style}\nrules:\n  spelling: off\n`;
}
