/**
 * Nothing leaks: a secret file named by `extends` or `--config` is refused by path and line, no
 * byte of it printed; control characters from drafts and styles are shown escaped in every
 * output format; cspell settings written as code are never run. (The language server's side is in
 * test/lsp/house-style.test.ts and test/lsp/spelling.test.ts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFolder } from './helpers/cli';

/** Secret files as they are found in repositories, each with a marker that must never be printed. */
export const SECRET_FILES: Record<string, string> = {
  '.env': 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-LEAKED-1\nDB_PASSWORD=LEAKED-2-hunter2\n',
  id_ed25519: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ-LEAKED-3\n-----END OPENSSH PRIVATE KEY-----\n',
  '.npmrc': '//registry.npmjs.org/:_authToken=npm_LEAKED-4\n',
  '.git-credentials': 'https://user:ghp_LEAKED-5@github.com\n',
};
/** What must not appear in any output: the markers and the distinctive parts of each file. */
const LEAKS = /LEAKED|hunter2|BEGIN OPENSSH|b3BlbnNzaC|AWS_SECRET|_authToken|ghp_/;

const DRAFT = 'Ministers meet on river data\n\nKampala, Uganda, 2 March 2026 - Ministers met.\n';

describe('a secret file named as a house style', () => {
  let folder: ReturnType<typeof tempFolder>;
  before(() => {
    folder = tempFolder('presslint-secrets-');
    for (const [name, text] of Object.entries(SECRET_FILES)) writeFileSync(join(folder.path, name), text);
    writeFileSync(join(folder.path, 'a.release.txt'), DRAFT);
  });
  after(() => folder.remove());

  for (const name of Object.keys(SECRET_FILES)) {
    it(`is refused by path and line, nothing of it printed: extends: ./${name}`, async () => {
      writeFileSync(join(folder.path, '.presslint.yaml'), `extends: ./${name}\n`);
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const run = await runCli(['--format', format, 'a.release.txt'], folder.path);
        assert.equal(run.code, 2);
        assert.equal(run.stderr, `presslint: ${join(folder.path, name)}:1:1: This file is not a house style: a house style is a mapping of keys to values (dialect:, rules:, ...).\n`);
        assert.doesNotMatch(run.stdout + run.stderr, LEAKS);
      }
    });

    it(`is refused by path and line, nothing of it printed: --config ${name}`, async () => {
      writeFileSync(join(folder.path, '.presslint.yaml'), 'dialect: en-GB\n');
      const run = await runCli(['--config', name, 'a.release.txt'], folder.path);
      assert.equal(run.code, 2);
      assert.doesNotMatch(run.stdout + run.stderr, LEAKS);
      const printed = await runCli(['--print-config', 'a.release.txt', '--config', name], folder.path);
      assert.doesNotMatch(printed.stdout + printed.stderr, LEAKS);
    });
  }

  it('quotes at most a short excerpt of a value, its controls escaped', async () => {
    writeFileSync(join(folder.path, '.presslint.yaml'), `dialect: "\\e]0;pwned\\a${'x'.repeat(200)}"\n`);
    const run = await runCli(['a.release.txt'], folder.path);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /must be one of: en-GB, en-US, en-GB-oxendict \(not "\\u\{1b\}\]0;pwned\\u\{7\}x+…"\)\.\n$/);
    assert.ok(run.stderr.length < 250, run.stderr);
  });
});

describe('control characters from a draft', () => {
  let folder: ReturnType<typeof tempFolder>;
  // A boilerplate-difference message quotes the draft's words: here one holds ESC and BEL.
  const style = 'programmes:\n  - name: Clean Seas\n    boilerplate: >-\n      Clean Seas is a programme of the Harbour Trust that collects nets from fishing crews.\n';
  const draft =
    'Clean Seas collects nets\n\nMombasa, Kenya, 2 March 2026 - Clean Seas collected nets.\n\n' +
    'Clean Seas is a programme of the Harbour \u001b]0;pwned\u0007Trust that collects nets from fishing crews.\n';
  before(() => {
    folder = tempFolder('presslint-controls-');
    writeFileSync(join(folder.path, '.presslint.yaml'), style);
    writeFileSync(join(folder.path, 'a.release.txt'), draft);
  });
  after(() => folder.remove());

  it('never reach the terminal raw: stylish and github show them escaped', async () => {
    for (const format of ['stylish', 'github']) {
      const run = await runCli(['--format', format, '--no-spelling', 'a.release.txt'], folder.path);
      assert.equal(run.code, 1);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, `${format}: ${run.stdout}`);
      assert.match(run.stdout, /\\u\{1b\}\]0;pwned\\u\{7\}Trust/, format);
    }
  });

  it('stay JSON escapes in json and sarif, the same text to a JSON reader', async () => {
    for (const format of ['json', 'sarif']) {
      const run = await runCli(['--format', format, '--no-spelling', 'a.release.txt'], folder.path);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, format);
      assert.ok(run.stdout.includes('\\u001b]0;pwned\\u0007Trust'), format);
      const parsed = JSON.stringify(JSON.parse(run.stdout));
      assert.ok(parsed.includes('\\u001b]0;pwned\\u0007Trust'), 'the message keeps the characters themselves');
    }
  });
});

describe('cspell settings written as code', () => {
  let folder: ReturnType<typeof tempFolder>;
  const draft =
    'Harbour master leads a drill\n\nMombasa, Kenya, 9 November 2026 - Harbour master Achieng Nyamweya led a night drill.\n\n' +
    'For more information, please contact:\n\nKenya Ports Authority: Amina Odhiambo, amina.odhiambo@example.org\n';
  /** A module that leaves a marker file when it runs, and would accept the name. */
  const module = (marker: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { words: ['Achieng'] };\n`;
  /** A folder of its own for each case (cspell settings are read once per folder and process). */
  const project = (name: string, files: Record<string, (folder: string) => string>): string => {
    const path = join(folder.path, name);
    mkdirSync(path);
    writeFileSync(join(path, 'a.release.txt'), draft);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text(path));
    return path;
  };
  before(() => {
    folder = tempFolder('presslint-cspell-code-');
  });
  after(() => folder.remove());

  it('are not run when found beside a draft: spelling goes on without them', async () => {
    const path = project('config-module', { 'cspell.config.mjs': (at) => module(join(at, 'RAN')) });
    const run = await runCli(['--format', 'json', 'a.release.txt'], path);
    assert.equal(existsSync(join(path, 'RAN')), false, 'cspell.config.mjs ran');
    assert.equal(run.stderr, '');
    const messages = JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message);
    assert.deepEqual(messages, ['Unknown word "Achieng".']);
  });

  it('are refused when a JSON settings file imports them: exit code 2, one line, nothing run', async () => {
    const path = project('imported-module', { 'helper.mjs': (at) => module(join(at, 'RAN')), 'cspell.json': () => JSON.stringify({ import: ['./helper.mjs'] }) });
    const run = await runCli(['a.release.txt'], path);
    assert.equal(existsSync(join(path, 'RAN')), false, 'helper.mjs ran');
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      `presslint: The cspell settings import ${join(path, 'helper.mjs')}, which is code: presslint runs nothing from the project and reads cspell settings as data only (JSON, YAML, TOML, package.json).\n`,
    );
  });
});
