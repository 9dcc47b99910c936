/**
 * The house style in the language server: edited, created and broken on disk (the client's
 * watcher reports it), one style per workspace folder, and `presslint.configPath`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, MessageType, type Diagnostic } from 'vscode-languageserver-protocol';
import { describe as describeDiagnostic, FileChangeType, LspClient, tempWorkspace } from './helpers/client';

/** A headline with a full stop and nothing else wrong, under styles that keep the other rules quiet. */
const DRAFT = '# Harbour pilots rehearse storm drills.\n\nMombasa, Kenya, 12 March 2024 - Forty pilots trained this week.\n';
const QUIET = 'spelling: off\n  contact-block: off\n  end-mark: off\n  boilerplate: off';
const styleWith = (headline: string) => `# test style\nrules:\n  headline: ${headline}\n  ${QUIET}\n`;
const has = (code: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === code);
const hasNot = (code: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === code);

describe('house style files in the language server', () => {
  let client: LspClient;
  let first: ReturnType<typeof tempWorkspace>;
  let second: ReturnType<typeof tempWorkspace>;

  before(async () => {
    first = tempWorkspace({ '.presslint.yaml': styleWith('error') });
    second = tempWorkspace({ '.presslint.yaml': styleWith('off') });
    mkdirSync(join(second.path, 'styles'));
    writeFileSync(join(second.path, 'styles', 'strict.yaml'), styleWith('info'));
    client = await LspClient.start({
      folders: [first.path, second.path],
      settings: (scopeUri) => (scopeUri?.includes('/configured') ? { configPath: 'styles/strict.yaml' } : {}),
    });
  });
  after(async () => {
    await client.stop();
    first.remove();
    second.remove();
  });

  it('gives each workspace folder its own house style', async () => {
    const a = first.uri('a.release.md');
    const b = second.uri('b.release.md');
    await client.open(a, DRAFT);
    await client.open(b, DRAFT);
    const inFirst = await client.waitForDiagnostics(a, has('headline'));
    assert.equal(inFirst.find((d) => d.code === 'headline')?.severity, DiagnosticSeverity.Error);
    const inSecond = await client.waitForDiagnostics(b, () => true);
    assert.deepEqual(inSecond.map(describeDiagnostic), [], 'the second folder turns headline off');
  });

  it('follows presslint.configPath, relative to the workspace folder', async () => {
    mkdirSync(join(second.path, 'configured'), { recursive: true });
    const uri = second.uri('configured/c.release.md');
    await client.open(uri, DRAFT);
    const diagnostics = await client.waitForDiagnostics(uri, has('headline'));
    assert.equal(diagnostics.find((d) => d.code === 'headline')?.severity, DiagnosticSeverity.Information);
    const status = client.statuses.findLast((s) => (s as { uri: string }).uri === uri) as { style: string; state: string };
    assert.equal(status.style, join(second.path, 'styles', 'strict.yaml'));
    assert.equal(status.state, 'ok');
    // A style file of another name is watched too.
    const globs = client.registrations.flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    assert.ok(globs.includes('**/strict.yaml'), `watchers: ${globs.join(', ')}`);
  });

  it('lints again when the house style file changes on disk', async () => {
    const uri = first.uri('edited.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, has('headline'));
    writeFileSync(first.file('.presslint.yaml'), `${styleWith('off')}# edited\n`);
    await client.filesChanged([{ path: first.file('.presslint.yaml'), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'headline gone after the style turned it off');
    writeFileSync(first.file('.presslint.yaml'), styleWith('warning'));
    await client.filesChanged([{ path: first.file('.presslint.yaml'), type: FileChangeType.Changed }]);
    const back = await client.waitForDiagnostics(uri, has('headline'), 'headline back as a warning');
    assert.equal(back.find((d) => d.code === 'headline')?.severity, DiagnosticSeverity.Warning);
  });

  it('watches the files a house style extends, and lints again when one changes', async () => {
    mkdirSync(join(first.path, 'extending'), { recursive: true });
    writeFileSync(first.file('extending/base.yaml'), styleWith('error'));
    writeFileSync(first.file('extending/.presslint.yaml'), '# extends the base\nextends: ./base.yaml\n');
    const uri = first.uri('extending/draft.release.md');
    await client.open(uri, DRAFT);
    const before = await client.waitForDiagnostics(uri, has('headline'));
    assert.equal(before.find((d) => d.code === 'headline')?.severity, DiagnosticSeverity.Error);
    const globs = client.registrations.flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    assert.ok(globs.includes('**/base.yaml'), `watchers: ${globs.join(', ')}`);
    writeFileSync(first.file('extending/base.yaml'), `${styleWith('off')}# turned off\n`);
    await client.filesChanged([{ path: first.file('extending/base.yaml'), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'headline gone after the extended style turned it off');
  });

  it('picks up a house style file created in a subfolder', async () => {
    mkdirSync(join(first.path, 'sub'), { recursive: true });
    const uri = first.uri('sub/new.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, has('headline'));
    writeFileSync(first.file('sub/.presslint.yaml'), styleWith('off'));
    await client.filesChanged([{ path: first.file('sub/.presslint.yaml'), type: FileChangeType.Created }]);
    await client.waitForDiagnostics(uri, hasNot('headline'), 'the nearer style applies');
  });

  it('reports a broken house style at the bad key, tells the user once and keeps the last good style', async () => {
    const uri = second.uri('broken.release.md');
    const styleFile = second.file('.presslint.yaml');
    const styleUri = second.uri('.presslint.yaml');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, hasNot('headline'));
    const messagesBefore = client.messages.length;

    writeFileSync(styleFile, '# broken\nrules:\n  headline: off\n  headlines: error\n');
    const relinted = client.waitForNextDiagnostics(uri);
    await client.filesChanged([{ path: styleFile, type: FileChangeType.Changed }]);
    const problems = await client.waitForDiagnostics(styleUri, (ds) => ds.length > 0, 'diagnostics in the style file');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'house-style');
    assert.equal(problems[0]!.severity, DiagnosticSeverity.Error);
    assert.deepEqual(problems[0]!.range.start, { line: 3, character: 2 }, 'at the unknown key');
    assert.match(problems[0]!.message as string, /headlines/);

    // The draft is linted with the last good style: headline stays off.
    const draft = await relinted;
    assert.ok(hasNot('headline')(draft));
    const statuses = client.statuses.filter((s) => (s as { uri: string }).uri === uri);
    assert.equal((statuses.at(-1) as { state: string }).state, 'style-error');

    // Broken differently: new diagnostics, but no second message.
    writeFileSync(styleFile, '# still broken\nrules: [\n');
    await client.filesChanged([{ path: styleFile, type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(styleUri, (ds) => ds.some((d) => /YAML/.test(d.message as string)), 'the YAML error');
    const shown = client.messages.slice(messagesBefore);
    assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
    assert.equal(shown[0]!.type, MessageType.Error);
    assert.match(shown[0]!.message, /house style .*\.presslint\.yaml has errors, so drafts are checked with its last good version/);

    // Repaired: the style file's diagnostics are cleared and the new style applies.
    writeFileSync(styleFile, styleWith('warning'));
    await client.filesChanged([{ path: styleFile, type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(styleUri, (ds) => ds.length === 0, 'the style file clean again');
    await client.waitForDiagnostics(uri, has('headline'), 'the repaired style applies');
  });
});

describe('presslint.configPath never leaks a file', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;
  let outside: ReturnType<typeof tempWorkspace>;
  const LEAKS = /LEAKED|hunter2|AWS_SECRET|BEGIN OPENSSH|_authToken/;
  /** A folder of drafts, and the secret file its presslint.configPath names. */
  const SECRETS = [['env', '.env'], ['key', 'keys/id_ed25519'], ['npm', '.npmrc']] as const;

  before(async () => {
    workspace = tempWorkspace({ '.env': 'AWS_SECRET_ACCESS_KEY=LEAKED-1\nDB_PASSWORD=hunter2\n', '.npmrc': '//registry.npmjs.org/:_authToken=npm_LEAKED-3\n' });
    mkdirSync(join(workspace.path, 'keys'));
    writeFileSync(join(workspace.path, 'keys', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\nLEAKED-2\n-----END OPENSSH PRIVATE KEY-----\n');
    outside = tempWorkspace({ '.presslint.yaml': styleWith('info') });
    client = await LspClient.start({
      folders: [workspace.path],
      settings: (scopeUri) => {
        const secret = SECRETS.find(([folder]) => scopeUri?.includes(`/${folder}/`));
        return { configPath: secret ? secret[1] : join(outside.path, '.presslint.yaml') };
      },
    });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
    outside.remove();
  });

  for (const [folder, file] of SECRETS) {
    it(`names ${file} by path and line only, in diagnostics, messages and the log`, async () => {
      mkdirSync(join(workspace.path, folder), { recursive: true });
      const uri = workspace.uri(`${folder}/a.release.md`);
      await client.open(uri, DRAFT);
      await client.waitForDiagnostics(uri, has('headline'));
      const styleUri = workspace.uri(file);
      const styleDiagnostics = await client.waitForDiagnostics(styleUri, (ds) => ds.length > 0, `diagnostics on ${file}`);
      assert.deepEqual(styleDiagnostics.map((d) => d.message), ['This file is not a house style: a house style is a mapping of keys to values (dialect:, rules:, ...).']);
      const everything = JSON.stringify([client.publishLog, client.messages, client.logs]);
      assert.doesNotMatch(everything, LEAKS);
    });
  }

  it('refuses a path outside the workspace folder with one message, and reads nothing there', async () => {
    mkdirSync(join(workspace.path, 'other'), { recursive: true });
    const uri = workspace.uri('other/b.release.md');
    await client.open(uri, DRAFT);
    const diagnostics = await client.waitForDiagnostics(uri, has('headline'));
    // The outside style would make headline information; the built-in style keeps it an error.
    assert.equal(diagnostics.find((d) => d.code === 'headline')?.severity, DiagnosticSeverity.Error);
    const refusals = client.messages.filter((m) => m.message.includes('points outside the workspace folder'));
    assert.equal(refusals.length, 1, JSON.stringify(client.messages));
    assert.match(refusals[0]!.message, /refused, nothing read/);
  });
});
