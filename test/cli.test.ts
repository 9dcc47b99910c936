/**
 * The CLI contract: exit codes, output formats, standard input, --fix, configuration and
 * file errors. Most cases run `main()` in-process; those about the real process (the built
 * bundle, permissions, signals of a failed write) run bin/presslint.js.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chownSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, runCli, tempFolder, ROOT } from './helpers/cli';
import { writeFileAtomic } from '../server/src/cli/files';

/** A release that every structural rule accepts under the recommended style. */
const CLEAN = [
  'Ministers agree on a regional plan against trafficking',
  '',
  'Accra, Ghana, 3 May 2018 - Ministers from five West African countries agreed today on a plan to protect victims of trafficking.',
  '',
  'The plan sets up a shared hotline and trains border officials in each country.',
  '',
  'For more information, please contact:',
  '',
  'Ministry of the Interior: Ama Owusu, ama.owusu@interior.gov.gh, +233 30 266 4611',
  '',
].join('\n');

/** Inline comments naming an unknown rule: an error whose place and text never depend on a rule's work. */
const UNKNOWN_RULE_COMMENT = '<!-- presslint-disable no-such-rule -->';

describe('presslint CLI', () => {
  let dir: string;
  let remove: () => void;
  before(() => {
    ({ path: dir, remove } = tempFolder('presslint-cli-'));
    writeFileSync(join(dir, 'clean.txt'), CLEAN);
    writeFileSync(join(dir, 'broken-comment.txt'), `${CLEAN}${UNKNOWN_RULE_COMMENT}\n`);
  });
  after(() => remove());

  describe('exit codes', () => {
    it('0 for a clean draft, with nothing printed', async () => {
      const run = await runCli(['--no-spelling', 'clean.txt'], dir);
      assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
    });

    it('1 when a draft has errors', async () => {
      const run = await runCli(['--no-spelling', 'broken-comment.txt'], dir);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^\nbroken-comment\.txt\n {2}10:24 {2}error {2}Unknown rule "no-such-rule" in a presslint-disable comment\./);
      assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings\)\n$/);
    });

    it('2 with one readable line for a usage error', async () => {
      for (const argv of [[], ['--format', 'xml', 'x.txt'], ['--bogus', 'x.txt'], ['--max-warnings', 'many', 'x.txt'], ['init', 'extra']]) {
        const run = await runCli(argv, dir);
        assert.equal(run.code, 2, argv.join(' '));
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /^presslint: [^\n]+\n$/, argv.join(' '));
      }
    });

    it('2 naming the file for a missing file, a broken link and a glob that matches nothing', async () => {
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
      assert.deepEqual(await runCli(['missing.txt'], dir), { code: 2, stdout: '', stderr: 'presslint: missing.txt: it does not exist\n' });
      assert.deepEqual(await runCli(['dangling.txt'], dir), { code: 2, stdout: '', stderr: 'presslint: dangling.txt: is a broken symbolic link\n' });
      assert.deepEqual(await runCli(['drafts/**/*.md'], dir), { code: 2, stdout: '', stderr: 'presslint: drafts/**/*.md: no files match this pattern\n' });
    });

    it('2 for a house style file that is not one: a folder by that name, a Latin-1 file (never skipped, never decoded wrongly)', async () => {
      const folder = join(dir, 'style-folder');
      mkdirSync(join(folder, '.presslint.yaml'), { recursive: true });
      writeFileSync(join(folder, 'draft.txt'), CLEAN);
      const run = await runCli(['--no-spelling', 'style-folder/draft.txt'], dir);
      assert.deepEqual(run, { code: 2, stdout: '', stderr: `presslint: ${join(folder, '.presslint.yaml')}:1:1: Cannot read the house style file: it is a folder.\n` });
      const latin = join(dir, 'style-latin');
      mkdirSync(latin);
      writeFileSync(join(latin, '.presslint.yaml'), Buffer.from('words:\n  - Gen\xe8ve\n', 'latin1'));
      writeFileSync(join(latin, 'draft.txt'), CLEAN);
      const latinRun = await runCli(['--no-spelling', 'style-latin/draft.txt'], dir);
      assert.equal(latinRun.code, 2);
      assert.equal(latinRun.stderr, `presslint: ${join(latin, '.presslint.yaml')}:1:1: Cannot read the house style file: it is not UTF-8 but seems to be Latin-1 (ISO-8859-1) or Windows-1252; save it as UTF-8.\n`);
    });

    it('2 naming file, line and key for a broken house style', async () => {
      const folder = join(dir, 'bad-style');
      mkdirSync(folder);
      writeFileSync(join(folder, '.presslint.yaml'), 'dialect: en-GB\nrules:\n  spaceing: off\n');
      writeFileSync(join(folder, 'draft.txt'), CLEAN);
      const run = await runCli(['bad-style/draft.txt'], dir);
      assert.equal(run.code, 2);
      assert.equal(run.stderr.split('\n').length, 2, 'one line');
      assert.match(run.stderr, /^presslint: .*bad-style\/\.presslint\.yaml:3:3: Unknown rule id "spaceing" under "rules"\. Known rules: headline, /);
    });

    it('reports a binary or non-UTF-8 file as one fatal error in every format, and lints the rest', async () => {
      writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
      writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait\n', 'latin1'));
      const run = await runCli(['--no-spelling', '--format', 'json', 'photo.txt', 'latin1.txt', 'clean.txt'], dir);
      assert.equal(run.code, 1, 'an unreadable file is an error: a CI job does not pass over it');
      assert.equal(run.stderr, '');
      const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number; fatalErrorCount?: number }>;
      const byName = new Map(files.map((f) => [f.filePath.split('/').pop(), f]));
      assert.deepEqual(byName.get('photo.txt')!.messages, [
        { ruleId: null, fatal: true, severity: 'error', message: 'Not checked, it cannot be read as a draft: it is binary (it contains NUL bytes).', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ]);
      assert.equal(byName.get('latin1.txt')!.fatalErrorCount, 1);
      assert.match(JSON.stringify(byName.get('latin1.txt')!.messages), /it is not UTF-8 but seems to be Latin-1 \(ISO-8859-1\) or Windows-1252; save it as UTF-8/);
      assert.deepEqual(byName.get('clean.txt')!.messages, []);
      const github = await runCli(['--no-spelling', '--format', 'github', 'photo.txt'], dir);
      assert.equal(github.stdout, '::error file=photo.txt,line=1,col=1,endLine=1,endColumn=1,title=presslint (fatal)::Not checked, it cannot be read as a draft: it is binary (it contains NUL bytes).\n');
      const sarif = JSON.parse((await runCli(['--no-spelling', '--format', 'sarif', 'photo.txt'], dir)).stdout);
      assert.equal(sarif.runs[0].results[0].ruleId, 'fatal');
      assert.equal(sarif.runs[0].results[0].level, 'error');
    });
  });

  describe('folders, globs and --ignore', () => {
    let tree: string;
    before(() => {
      tree = join(dir, 'tree');
      for (const sub of ['releases', 'releases/archive', 'notes']) mkdirSync(join(tree, sub), { recursive: true });
      for (const file of ['releases/a.txt', 'releases/archive/old.txt', 'notes/README.md', 'notes/plan.txt']) writeFileSync(join(tree, file), CLEAN);
    });
    const linted = async (argv: string[]) => {
      const run = await runCli(['--no-spelling', '--format', 'json', ...argv], tree);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(tree.length + 1)).sort();
    };

    it('searches a folder for drafts, and leaves out what --ignore matches', async () => {
      assert.deepEqual(await linted(['.']), ['notes/README.md', 'notes/plan.txt', 'releases/a.txt', 'releases/archive/old.txt']);
      assert.deepEqual(await linted(['.', '--ignore', '**/README.md', '--ignore', 'releases/archive/**']), ['notes/plan.txt', 'releases/a.txt']);
    });

    it('answers exit code 2 for a folder without drafts, and when --ignore leaves nothing', async () => {
      mkdirSync(join(tree, 'empty'), { recursive: true });
      assert.deepEqual(await runCli(['empty'], tree), { code: 2, stdout: '', stderr: 'presslint: empty: holds no drafts (*.md, *.txt)\n' });
      assert.deepEqual(await runCli(['notes', '--ignore', 'notes/*'], tree), {
        code: 2,
        stdout: '',
        stderr: 'presslint: notes: every draft found is matched by --ignore notes/*\n',
      });
    });

    it('applies --ignore to globs, but lints a file named on its own', async () => {
      assert.deepEqual(await linted(['**/*.txt', '--ignore', 'notes/**']), ['releases/a.txt', 'releases/archive/old.txt']);
      assert.deepEqual(await linted(['notes/README.md', 'notes', '--ignore', 'notes/**']), ['notes/README.md']);
    });
  });

  describe('--max-warnings and --quiet', () => {
    it('turn warnings into a failing exit code, or hide them', async () => {
      const folder = join(dir, 'warnings');
      mkdirSync(folder);
      // Spacing reports a run of spaces as a warning; the draft has one.
      writeFileSync(join(folder, 'draft.txt'), CLEAN.replace('agreed today', 'agreed  today'));
      assert.equal((await runCli(['--no-spelling', 'warnings/draft.txt'], dir)).code, 0);
      const strict = await runCli(['--no-spelling', '--max-warnings', '0', 'warnings/draft.txt'], dir);
      assert.equal(strict.code, 1);
      assert.match(strict.stderr, /1 warnings, more than --max-warnings 0/);
      const quiet = await runCli(['--no-spelling', '--quiet', 'warnings/draft.txt'], dir);
      assert.deepEqual(quiet, { code: 0, stdout: '', stderr: '' });
    });
  });

  describe('formats', () => {
    it('json: one array with exact positions and fixes in UTF-16 offsets', async () => {
      const run = await runCli(['--no-spelling', '--format', 'json', 'broken-comment.txt', 'clean.txt'], dir);
      assert.equal(run.code, 1);
      const start = CLEAN.length + UNKNOWN_RULE_COMMENT.indexOf('no-such-rule');
      assert.deepEqual(JSON.parse(run.stdout), [
        {
          filePath: join(dir, 'broken-comment.txt'),
          messages: [
            {
              ruleId: 'inline-config',
              severity: 'error',
              message: JSON.parse(run.stdout)[0].messages[0].message,
              line: 10,
              column: 24,
              endLine: 10,
              endColumn: 36,
            },
          ],
          errorCount: 1,
          warningCount: 0,
          fixableCount: 0,
        },
        { filePath: join(dir, 'clean.txt'), messages: [], errorCount: 0, warningCount: 0, fixableCount: 0 },
      ]);
      assert.equal(readFileSync(join(dir, 'broken-comment.txt'), 'utf8').slice(start, start + 12), 'no-such-rule');
    });

    it('sarif: a SARIF 2.1.0 log with every rule and its help link', async () => {
      const run = await runCli(['--no-spelling', '--format', 'sarif', 'broken-comment.txt'], dir);
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'presslint');
      assert.ok(driver.rules.some((r: { id: string; helpUri: string }) => r.id === 'dateline' && r.helpUri.endsWith('/docs/rules/dateline.md')));
      const [result] = log.runs[0].results;
      assert.equal(result.ruleId, 'inline-config');
      assert.equal(result.level, 'error');
      assert.equal(driver.rules[result.ruleIndex].id, 'inline-config');
      assert.deepEqual(result.locations[0].physicalLocation, {
        artifactLocation: { uri: 'broken-comment.txt', uriBaseId: 'SRCROOT' },
        region: { startLine: 10, startColumn: 24, endLine: 10, endColumn: 36 },
      });
    });

    it('github: one workflow annotation per finding, escaped', async () => {
      const run = await runCli(['--no-spelling', '--format', 'github', 'broken-comment.txt'], dir);
      assert.match(
        run.stdout,
        /^::error file=broken-comment\.txt,line=10,col=24,endLine=10,endColumn=36,title=presslint \(inline-config\)::Unknown rule "no-such-rule" in a presslint-disable comment\. Known rules: /,
      );
      assert.equal(run.stdout.trim().split('\n').length, 1);
    });
  });

  describe('standard input', () => {
    it('lints - with the name given by --stdin-filename', async () => {
      const run = await runCli(['--no-spelling', '--format', 'json', '--stdin-filename', 'from-stdin.md', '-'], dir, `${CLEAN}${UNKNOWN_RULE_COMMENT}\n`);
      assert.equal(run.code, 1);
      assert.equal(JSON.parse(run.stdout)[0].filePath, join(dir, 'from-stdin.md'));
    });

    it('prints the fixed draft with --fix and the report on standard error', async () => {
      const run = await runCli(['--no-spelling', '--fix', '-'], dir, CLEAN.replace('agreed today', 'agreed  today'));
      assert.equal(run.code, 0);
      assert.equal(run.stdout, CLEAN);
      assert.equal(run.stderr, '');
    });
  });

  describe('--fix', () => {
    it('fixes in place, keeping CRLF line endings, the BOM and the file mode', async () => {
      const file = join(dir, 'crlf.txt');
      const broken = `\uFEFF${CLEAN.replace('agreed today', 'agreed  today').replace('(', '( ').replace(/\n/g, '\r\n')}`;
      writeFileSync(file, broken);
      chmodSync(file, 0o640);
      const run = await runCli(['--no-spelling', '--fix', 'crlf.txt'], dir);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(readFileSync(file, 'utf8'), `\uFEFF${CLEAN.replace(/\n/g, '\r\n')}`);
      assert.equal(statSync(file).mode & 0o777, 0o640);
      const again = await runCli(['--no-spelling', '--fix', 'crlf.txt'], dir);
      assert.equal(again.code, 0);
      assert.equal(readFileSync(file, 'utf8'), `\uFEFF${CLEAN.replace(/\n/g, '\r\n')}`);
    });

    it('reads UTF-16 drafts with a byte-order mark and writes the fixes back in the same encoding', async () => {
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]);
      const big = Buffer.from(little).swap16();
      writeFileSync(join(dir, 'utf16le.txt'), little);
      writeFileSync(join(dir, 'utf16be.txt'), big);
      const report = await runCli(['--no-spelling', '--format', 'json', 'utf16le.txt', 'utf16be.txt'], dir);
      const results = JSON.parse(report.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
      for (const result of results) assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line, m.column]), [['spacing', 3, 77]]);
      const run = await runCli(['--no-spelling', '--fix', 'utf16le.txt', 'utf16be.txt'], dir);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const fixedLittle = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]);
      assert.deepEqual(readFileSync(join(dir, 'utf16le.txt')), fixedLittle);
      assert.deepEqual(readFileSync(join(dir, 'utf16be.txt')), Buffer.from(fixedLittle).swap16());
    });

    it('names the encoding a draft that is not UTF-8 seems to be in, and does not touch it', async () => {
      const windows = Buffer.from([...Buffer.from('Ministers agree '), 0x93, ...Buffer.from('today'), 0x94, 0x20, 0x96, ...Buffer.from(' a plan\n')]);
      writeFileSync(join(dir, 'word.txt'), windows);
      writeFileSync(join(dir, 'no-bom.txt'), Buffer.from(CLEAN, 'utf16le'));
      const run = await runCli(['--no-spelling', '--fix', '--format', 'json', 'word.txt', 'no-bom.txt'], dir);
      assert.equal(run.code, 1);
      const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string; fatal: boolean }> }>).map((r) => r.messages.map((m) => [m.fatal, m.message]));
      assert.deepEqual(messages, [
        [[true, 'Not checked, it cannot be read as a draft: it seems to be UTF-16 without a byte-order mark; save it as UTF-8.']],
        [[true, 'Not checked, it cannot be read as a draft: it is not UTF-8 but seems to be Windows-1252 (as Word on Windows saves it); save it as UTF-8.']],
      ]);
      assert.deepEqual(readFileSync(join(dir, 'word.txt')), windows);
    });

    it('never touches a file it does not change', async () => {
      const file = join(dir, 'untouched.txt');
      writeFileSync(file, CLEAN);
      const past = new Date('2020-01-01T00:00:00Z');
      utimesSync(file, past, past);
      await runCli(['--no-spelling', '--fix', 'untouched.txt'], dir);
      assert.equal(statSync(file).mtime.getTime(), past.getTime());
    });

    it('--fix-dry-run reports as --fix would leave the draft and writes nothing; JSON gives the fixed text as "output"', async () => {
      const file = join(dir, 'dry.txt');
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      writeFileSync(file, broken);
      const run = await runCli(['--no-spelling', '--fix-dry-run', '--format', 'json', 'dry.txt'], dir);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const [report] = JSON.parse(run.stdout);
      assert.deepEqual(report.messages, []);
      assert.equal(report.output, CLEAN);
      assert.equal(readFileSync(file, 'utf8'), broken);
      const clean = await runCli(['--no-spelling', '--fix-dry-run', '--format', 'json', 'clean.txt'], dir);
      assert.equal(JSON.parse(clean.stdout)[0].output, undefined, 'no output for a draft the fixes leave alone');
    });

    it('--diff prints what --fix would change as a unified diff, writes nothing, and exits 1 when a draft would change', async () => {
      const file = join(dir, 'diff.txt');
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      writeFileSync(file, broken);
      const run = await runCli(['--no-spelling', '--diff', 'diff.txt'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(
        run.stdout,
        [
          '--- a/diff.txt',
          '+++ b/diff.txt',
          '@@ -1,6 +1,6 @@',
          ' Ministers agree on a regional plan against trafficking',
          ' ',
          '-Accra, Ghana, 3 May 2018 - Ministers from five West African countries agreed  today on a plan to protect victims of trafficking.',
          '+Accra, Ghana, 3 May 2018 - Ministers from five West African countries agreed today on a plan to protect victims of trafficking.',
          ' ',
          ' The plan sets up a shared hotline and trains border officials in each country.',
          ' ',
          '',
        ].join('\n'),
      );
      assert.equal(readFileSync(file, 'utf8'), broken);
      const clean = await runCli(['--no-spelling', '--diff', 'clean.txt'], dir);
      assert.deepEqual([clean.code, clean.stdout], [0, '']);
    });

    it('--fix, --fix-dry-run and --diff are alternatives', async () => {
      const run = await runCli(['--fix', '--diff', 'clean.txt'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--fix, --fix-dry-run and --diff are alternatives/);
    });

    it('writes through a symbolic link to its target, keeps hard links, and leaves a read-only draft alone', async () => {
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      const target = join(dir, 'link-target.txt');
      writeFileSync(target, broken);
      symlinkSync(target, join(dir, 'linked.txt'));
      assert.equal((await runCli(['--no-spelling', '--fix', 'linked.txt'], dir)).code, 0);
      assert.ok(lstatSync(join(dir, 'linked.txt')).isSymbolicLink(), 'the link is still a link');
      assert.equal(readFileSync(target, 'utf8'), CLEAN, 'its target is fixed');

      const first = join(dir, 'hard-a.txt');
      writeFileSync(first, broken);
      linkSync(first, join(dir, 'hard-b.txt'));
      assert.equal((await runCli(['--no-spelling', '--fix', 'hard-a.txt'], dir)).code, 0);
      assert.equal(readFileSync(join(dir, 'hard-b.txt'), 'utf8'), CLEAN, 'the other name of the file sees the fix');

      const locked = join(dir, 'locked.txt');
      writeFileSync(locked, broken);
      chmodSync(locked, 0o444);
      const run = await runCli(['--no-spelling', '--fix', 'locked.txt'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /locked\.txt: is read-only; the fixes were not written/);
      assert.equal(readFileSync(locked, 'utf8'), broken);
      chmodSync(locked, 0o644);
    });

    it('does not overwrite an edit saved while it was fixing (the file no longer holds the text it fixed)', () => {
      const file = join(dir, 'raced.txt');
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      writeFileSync(file, broken);
      // The writer saves a new sentence between presslint's read and its write.
      assert.throws(() => writeFileAtomic(file, CLEAN, CLEAN.replace('today', 'yesterday')), /changed while presslint was fixing it/);
      assert.equal(readFileSync(file, 'utf8'), broken);
      writeFileAtomic(file, CLEAN, broken);
      assert.equal(readFileSync(file, 'utf8'), CLEAN);
    });

    it('leaves the original intact when the write fails (a folder it cannot write to)', (t) => {
      const folder = join(dir, 'readonly');
      mkdirSync(folder);
      const file = join(folder, 'draft.txt');
      const broken = CLEAN.replace('agreed today', 'agreed  today');
      writeFileSync(file, broken);
      // Root writes anywhere: run the command as an unprivileged user when the tests run as root.
      const asNobody = process.getuid?.() === 0;
      if (asNobody) {
        chmodSync(dir, 0o755);
        chownSync(file, 65534, 65534);
        chmodSync(folder, 0o755);
      } else {
        chmodSync(folder, 0o555);
        t.after(() => chmodSync(folder, 0o755));
      }
      const run = runBin(['--no-spelling', '--fix', file], asNobody ? { uid: 65534, gid: 65534, cwd: '/' } : { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /^presslint: .*readonly\/draft\.txt: could not be written \(EACCES\); the file is unchanged\n$/);
      assert.equal(readFileSync(file, 'utf8'), broken);
    });
  });

  describe('commands', () => {
    it('init writes a starter house style that loads, and refuses to overwrite it', async () => {
      const folder = join(dir, 'init');
      mkdirSync(folder);
      assert.equal((await runCli(['init'], folder)).code, 0);
      const lint = await runCli(['--no-spelling', '--print-config', 'x.txt'], folder);
      assert.equal(lint.code, 0, lint.stderr);
      assert.equal(JSON.parse(lint.stdout).name, join(folder, '.presslint.yaml'));
      const again = await runCli(['init'], folder);
      assert.deepEqual(again, { code: 2, stdout: '', stderr: 'presslint: .presslint.yaml already exists; use --force to replace it.\n' });
    });

    it("--print-config prints the house style for the draft's language: its name, front matter or prose", async () => {
      const folder = join(dir, 'print-config-languages');
      mkdirSync(folder);
      writeFileSync(join(folder, 'notice.md'), '---\nlang: es\n---\n\nBreve\n');
      const headingFor = async (file: string) => {
        const result = await runCli(['--print-config', file], folder);
        assert.equal(result.code, 0, result.stderr);
        const style = JSON.parse(result.stdout);
        return [style.language, style.contact.heading];
      };
      assert.deepEqual(await headingFor('draft.fr.release.md'), ['fr', "Pour plus d'informations, veuillez contacter\u00a0:"]);
      assert.deepEqual(await headingFor('notice.md'), ['es', 'Para más información, póngase en contacto con:']);
      assert.deepEqual(await headingFor('draft.md'), ['en', 'For more information, please contact:']);
    });

    it('init never writes through a symbolic link, dangling or not', async () => {
      const folder = join(dir, 'init-link');
      mkdirSync(folder);
      const outside = join(dir, 'outside-target.yaml');
      writeFileSync(outside, 'words: [Kept]\n');
      symlinkSync(outside, join(folder, '.presslint.yaml'));
      const forced = await runCli(['init', '--force'], folder);
      assert.deepEqual(forced, { code: 2, stdout: '', stderr: 'presslint: .presslint.yaml is a symbolic link; presslint does not write through it. Remove the link first.\n' });
      assert.equal(readFileSync(outside, 'utf8'), 'words: [Kept]\n', 'the file the link points at is untouched');
      const dangling = join(dir, 'init-dangling');
      mkdirSync(dangling);
      symlinkSync(join(dir, 'nowhere', 'style.yaml'), join(dangling, '.presslint.yaml'));
      assert.equal((await runCli(['init'], dangling)).code, 2);
    });

    it('rules lists every rule with its default', async () => {
      const run = await runCli(['rules'], dir);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^end-mark +off +fix +End the release/m);
      assert.match(run.stdout, /^spelling +warning +fix +Spell every word/m);
    });

    it('--add-word adds house words and keeps the comments of the style file', async () => {
      const folder = join(dir, 'words');
      mkdirSync(folder);
      writeFileSync(join(folder, '.presslint.yaml'), '# Our house style\ndialect: en-GB # British\nwords:\n  - Minsk # a city\n');
      const run = await runCli(['--add-word', 'LEFÖ', '--add-word', 'Minsk'], folder);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readFileSync(join(folder, '.presslint.yaml'), 'utf8'), '# Our house style\ndialect: en-GB # British\nwords:\n  - Minsk # a city\n  - LEFÖ\n');
    });

    it('--add-word keeps the encoding of a UTF-16 style file (and a UTF-8 one its byte-order mark)', async () => {
      const folder = join(dir, 'words-utf16');
      mkdirSync(folder);
      const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      writeFileSync(join(folder, '.presslint.yaml'), utf16('words:\n  - Minsk\n'));
      assert.equal((await runCli(['--add-word', 'Gomel'], folder)).code, 0);
      assert.deepEqual(readFileSync(join(folder, '.presslint.yaml')), utf16('words:\n  - Minsk\n  - Gomel\n'));
      writeFileSync(join(folder, '.presslint.yaml'), '\uFEFFwords:\n  - Minsk\n');
      assert.equal((await runCli(['--add-word', 'Brest'], folder)).code, 0);
      assert.equal(readFileSync(join(folder, '.presslint.yaml'), 'utf8'), '\uFEFFwords:\n  - Minsk\n  - Brest\n');
    });
  });

  describe('the built command', () => {
    it('prints its version and lints from another folder', () => {
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      assert.deepEqual(runBin(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
      const run = runBin(['--no-spelling', join(dir, 'clean.txt')], { cwd: '/' });
      assert.equal(run.code, 0, run.stderr);
    });

    it("starts from the build's code cache, and without it (another build's cache) gives the same output", () => {
      const target = join(dir, 'clean.txt');
      const cached = runBin(['--no-spelling', target], { env: { PRESSLINT_CODE_CACHE: 'report' } });
      assert.equal(cached.stderr, 'presslint: code cache used\n');
      // A copy whose bundle comes from another build: the cache must not be used (V8 would check only the length).
      const copy = tempFolder('presslint-cache-');
      try {
        const dist = join(ROOT, 'dist');
        copyFileSync(join(dist, 'cli.js'), join(copy.path, 'cli.js'));
        copyFileSync(join(dist, 'cli.cjs.cache'), join(copy.path, 'cli.cjs.cache'));
        const bundle = readFileSync(join(dist, 'cli.cjs'), 'utf8');
        const otherBuild = bundle.replace(/^\/\* presslint build [\w-]+ \*\//, (banner) => banner.replace(/[0-9a-f](?=[\w-]* \*\/$)/, (c) => (c === '0' ? '1' : '0')));
        assert.notEqual(otherBuild, bundle);
        writeFileSync(join(copy.path, 'cli.cjs'), otherBuild);
        const uncached = spawnSync(process.execPath, [join(copy.path, 'cli.js'), '--no-spelling', target], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PRESSLINT_CODE_CACHE: 'report' } });
        assert.equal(uncached.stderr, 'presslint: code cache absent or from another build\n');
        assert.deepEqual([uncached.status, uncached.stdout], [cached.code, cached.stdout]);
      } finally {
        copy.remove();
      }
    });

    it('answers an unreadable folder with exit code 2 and one line', () => {
      const folder = join(dir, 'private');
      mkdirSync(folder);
      writeFileSync(join(folder, 'a.txt'), CLEAN);
      chmodSync(folder, 0o700);
      const asNobody = process.getuid?.() === 0;
      if (!asNobody) chmodSync(folder, 0o000);
      const run = runBin([folder], asNobody ? { uid: 65534, gid: 65534, cwd: '/' } : {});
      if (!asNobody) chmodSync(folder, 0o700);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, `presslint: ${folder}: permission denied\n`);
    });
  });
});

describe('presslint CLI with spelling', () => {
  it('lists spelling suggestions in --format json, and --fix leaves unknown words alone', async () => {
    const { path, remove } = tempFolder('presslint-cli-spelling-');
    try {
      const draft = CLEAN.replace('agreed today', 'agreed yesterday after long negotations');
      writeFileSync(join(path, 'draft.txt'), draft);
      const run = await runCli(['--format', 'json', 'draft.txt'], path);
      const [spelling] = JSON.parse(run.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'spelling');
      assert.equal(spelling.message, 'Unknown word "negotations".');
      assert.equal(spelling.fix, undefined);
      const start = draft.indexOf('negotations');
      assert.deepEqual(spelling.suggestions[0], { desc: 'Change to "negotiations"', fix: { range: [start, start + 11], text: 'negotiations' } });
      await runCli(['--fix', 'draft.txt'], path);
      assert.equal(readFileSync(join(path, 'draft.txt'), 'utf8'), draft);
    } finally {
      remove();
    }
  });
});

describe('presslint CLI with cspell settings it cannot read', () => {
  // A setup error, as a broken house style is: exit code 2 and one line naming the file, never
  // a run that passes with spelling silently skipped.
  for (const [name, settings, reason] of [
    ['malformed JSON', '{"words": [', 'could not be read: Unexpected end of JSON input.'],
    ['an unknown dictionary', '{"dictionaries": ["harbour-terms"]}', 'name the dictionary "harbour-terms", which presslint does not have'],
  ] as const) {
    it(`stops with exit code 2 on ${name}`, async () => {
      const { path, remove } = tempFolder('presslint-cli-cspell-');
      try {
        writeFileSync(join(path, 'draft.txt'), CLEAN);
        writeFileSync(join(path, 'cspell.json'), settings);
        for (const format of ['stylish', 'json']) {
          const run = await runCli(['--format', format, 'draft.txt'], path);
          assert.equal(run.code, 2, format);
          assert.equal(run.stdout, '');
          assert.ok(run.stderr.startsWith(`presslint: The cspell settings`) && run.stderr.includes(join(path, 'cspell.json')) && run.stderr.includes(reason), run.stderr);
          assert.equal(run.stderr.split('\n').length, 2, 'one line');
        }
        // With spelling off, cspell's settings are not read at all.
        assert.equal((await runCli(['--no-spelling', 'draft.txt'], path)).code, 0);
      } finally {
        remove();
      }
    });
  }
});

describe("presslint CLI with the team's cspell settings", () => {
  it('takes a name from a cspell.json beside the draft, and from a cspell:ignore line in it', async () => {
    const { path, remove } = tempFolder('presslint-cli-cspell-words-');
    try {
      const release =
        'Harbour master leads a night drill\n\nMombasa, Kenya, 9 November 2026 - Harbour master Achieng Nyamweya led a night drill.\n\n' +
        'For more information, please contact:\n\nKenya Ports Authority: Amina Odhiambo, amina.odhiambo@example.org\n';
      const unknownWords = async (folder: string, text: string) => {
        mkdirSync(join(path, folder));
        writeFileSync(join(path, folder, 'drill.release.txt'), text);
        const run = await runCli(['--format', 'json', `${folder}/drill.release.txt`], path);
        return JSON.parse(run.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'spelling').map((m: { message: string }) => m.message);
      };
      assert.deepEqual(await unknownWords('alone', release), ['Unknown word "Achieng".']);
      mkdirSync(join(path, 'team'));
      writeFileSync(join(path, 'team', 'cspell.json'), JSON.stringify({ words: ['Achieng'] }));
      assert.deepEqual(await unknownWords('team/drafts', release), []);
      assert.deepEqual(await unknownWords('commented', `<!-- cspell:ignore Achieng -->\n${release}`), []);
    } finally {
      remove();
    }
  });
});
