/**
 * Spelling through cspell-lib: the team's cspell settings beside the house style (words,
 * ignoreWords, flagWords, their own dictionaries), cspell's software terms and company names,
 * a cspell language the house style overrides, and cspell files that cannot be read.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSpeller, SpellingSetupError, type Speller } from '../server/src/engine/spelling/index';
import { recommended } from '../server/src/engine/config/recommended';
import { lintWithSpelling } from '../server/src/engine/lint';
import { parseDraft } from '../server/src/engine/parse/document';
import { loadStyleFile } from '../server/src/engine/config/load';
import { CSPELL_CODE_FILE, CSPELL_SETTINGS_FILES } from '../server/src/engine/spelling/cspell';
import { check, draft, words } from './helpers/spelling';

/** A folder with a house style and the given cspell files; returns the loaded style. */
function team(root: string, name: string, files: Record<string, string>) {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.presslint.yaml'), 'dialect: en-GB\n');
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return { folder, style: loadStyleFile(join(folder, '.presslint.yaml')) };
}

describe('spelling: cspell dictionaries of software terms and companies', () => {
  let speller: Speller;
  before(async () => {
    speller = await createSpeller(recommended);
  });

  it('accepts what cspell accepts by default: npm, backend, Apigee, Groupon', async () => {
    const text = draft('Developers at Apigee and Groupon publish their backend packages on npm.');
    assert.deepEqual(await check(speller, text), []);
  });

  it('accepts regular forms of known words, and a place before its country, but not the typos beside them', async () => {
    const text = draft('Crews on the frontlines reused toolkits to remerge the data in Bagram, Afghanistan, said the goverments, whose studys were late.');
    assert.deepEqual(words(await check(speller, text)), ['goverments', 'studys']);
  });
});

describe('spelling: the team\'s cspell settings', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'presslint-cspell-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const text = draft('The Zorblat pumps and the quixby filters reached Machakos, said hte engineer.');

  it('without cspell settings, reports the unknown words', async () => {
    const { style } = team(root, 'none', {});
    // (Zorblat and Machakos read as names: capitalised, and no slip from a word.)
    assert.deepEqual(words(await check(await createSpeller(style), text, style)), ['quixby', 'hte']);
  });

  it('accepts cspell.json words and ignoreWords, and reports its flagWords as forbidden', async () => {
    const { folder, style } = team(root, 'json', { 'cspell.json': JSON.stringify({ words: ['Zorblat', 'Machakos'], ignoreWords: ['quixby'], flagWords: ['hte'] }) });
    const notices: string[] = [];
    const speller = await createSpeller(style, { onNotice: (notice) => notices.push(notice) });
    const reports = await check(speller, text, style);
    assert.deepEqual(
      reports.map((r) => [r.message, text.slice(r.range.start, r.range.end), r.fix, r.suggestions]),
      [[`"hte" is a forbidden word (flagWords in ${join(folder, 'cspell.json')}).`, 'hte', undefined, undefined]],
    );
    assert.deepEqual(notices, []);
  });

  it('finds the settings above the house style\'s folder, in YAML, with the team\'s own dictionary file', async () => {
    const parent = join(root, 'yaml');
    mkdirSync(parent, { recursive: true });
    writeFileSync(join(parent, 'team-words.txt'), 'Zorblat\nquixby\nMachakos\n');
    writeFileSync(
      join(parent, 'cspell.config.yaml'),
      'dictionaryDefinitions:\n  - name: team-words\n    path: ./team-words.txt\ndictionaries: [team-words]\n',
    );
    const { style } = team(parent, 'releases', {});
    assert.deepEqual(words(await check(await createSpeller(style), text, style)), ['hte']);
  });

  it('leaves unchecked what the team\'s ignoreRegExpList matches, literal or named, and refuses a pattern that does not compile', async () => {
    const codes = draft('The pumps QX-zorbly and the filters ZZ-quix arrived, said hte engineer.');
    const { style } = team(root, 'patterns', {
      'cspell.json': JSON.stringify({ ignoreRegExpList: ['/QX-\\w+/g', 'part-numbers', 'Urls'], patterns: [{ name: 'part-numbers', pattern: '/ZZ-[a-z]+/' }, { name: 'loop', pattern: 'loop' }] }),
    });
    assert.deepEqual(words(await check(await createSpeller(style), codes, style)), ['hte']);
    const { style: plain } = team(root, 'no-patterns', {});
    assert.deepEqual(words(await check(await createSpeller(plain), codes, plain)), ['zorbly', 'quix', 'hte']);
    const { folder, style: broken } = team(root, 'bad-pattern', { 'cspell.json': JSON.stringify({ ignoreRegExpList: ['/(unclosed/'] }) });
    await assert.rejects(createSpeller(broken), (error: Error) => error instanceof SpellingSetupError && error.message.includes(join(folder, 'cspell.json')) && /does not compile/.test(error.message));
  });

  it('reads package.json#cspell', async () => {
    const { style } = team(root, 'package', { 'package.json': JSON.stringify({ name: 'x', cspell: { words: ['Zorblat', 'quixby', 'Machakos'] } }) });
    assert.deepEqual(words(await check(await createSpeller(style), text, style)), ['hte']);
  });

  it('searches from the draft\'s folder when given one: a cspell.json beside the drafts counts under a house style above them', async () => {
    const { folder, style } = team(root, 'per-draft', {});
    const drafts = join(folder, 'releases');
    mkdirSync(drafts, { recursive: true });
    writeFileSync(join(drafts, 'cspell.json'), JSON.stringify({ words: ['quixby'] }));
    const speller = await createSpeller(style);
    const inFolder = await speller.check(parseDraft(text, { style }), undefined, join(drafts, 'a.release.txt'));
    assert.deepEqual(words(inFolder), ['hte']);
    assert.deepEqual(words(await speller.check(parseDraft(text, { style }), undefined, join(folder, 'b.release.txt'))), ['quixby', 'hte'], 'the house style\'s folder has none');
    const builtIn = await createSpeller(recommended);
    assert.deepEqual(words(await builtIn.check(parseDraft(text), undefined, join(drafts, 'c.release.txt'))), ['hte'], 'the built-in style too');
  });

  it('applies the settings\' overrides to the drafts their globs match', async () => {
    const { folder, style } = team(root, 'overrides', {
      'cspell.json': JSON.stringify({ words: ['Zorblat'], overrides: [{ filename: '**/kenya/*.release.txt', words: ['quixby'] }] }),
    });
    const speller = await createSpeller(style);
    const at = (path: string) => speller.check(parseDraft(text, { style }), undefined, join(folder, path));
    assert.deepEqual(words(await at('kenya/a.release.txt')), ['hte'], 'the override adds quixby');
    assert.deepEqual(words(await at('uganda/a.release.txt')), ['quixby', 'hte'], 'elsewhere it does not');
  });

  it('reads the settings again when they change (a long-lived speller)', async () => {
    const { folder, style } = team(root, 'changing', { 'cspell.json': JSON.stringify({ words: ['Zorblat'] }) });
    const speller = await createSpeller(style);
    assert.deepEqual(words(await check(speller, text, style)), ['quixby', 'hte']);
    writeFileSync(join(folder, 'cspell.json'), JSON.stringify({ words: ['quixby'], flagWords: ['hte'] }));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(folder, 'cspell.json'), later, later);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [forbidden, ...others] = await check(speller, text, style);
    assert.deepEqual([forbidden?.data, others], [{ word: 'hte', forbidden: 'true' }, []]);
  });

  it('says once, naming both files, that the house dialect wins over a cspell language', async () => {
    const { folder, style } = team(root, 'language', { 'cspell.json': JSON.stringify({ language: 'en-US' }) });
    const notices: string[] = [];
    const speller = await createSpeller(style, { onNotice: (notice) => notices.push(notice) });
    await check(speller, draft('Nothing to say.'), style);
    assert.deepEqual(notices, [
      `${join(folder, 'cspell.json')} sets cspell's language to "en-US", but the house style (${join(folder, '.presslint.yaml')}) writes en-GB: presslint spells in en-GB.`,
    ]);
    const organized = draft('The drills were organized by the port.');
    assert.deepEqual(words(await check(speller, organized, style)), ['organized'], 'the house dialect still decides');
    assert.equal(notices.length, 1, 'said once, however many drafts');
    const { style: agreeing } = team(root, 'language-gb', { 'cspell.json': JSON.stringify({ language: 'en-GB,fr' }) });
    const none: string[] = [];
    await createSpeller(agreeing, { onNotice: (notice) => none.push(notice) });
    assert.deepEqual(none, []);
  });

  it('refuses, with one error naming the file, a dictionary it does not have or cannot read', async () => {
    const { folder, style } = team(root, 'unknown-dict', { 'cspell.json': JSON.stringify({ dictionaries: ['medical-terms'] }) });
    await assert.rejects(createSpeller(style), (error: Error) => {
      assert.ok(error instanceof SpellingSetupError);
      assert.match(error.message, /name the dictionary "medical-terms", which presslint does not have/);
      assert.ok(error.message.includes(join(folder, 'cspell.json')));
      return true;
    });
    const { style: missing } = team(root, 'missing-dict', {
      'cspell.json': JSON.stringify({ dictionaryDefinitions: [{ name: 'team', path: './nowhere.txt' }], dictionaries: ['team'] }),
    });
    await assert.rejects(createSpeller(missing), (error: Error) => {
      assert.ok(error instanceof SpellingSetupError, String(error));
      assert.match(error.message, /could not be loaded/);
      assert.match(error.message, /nowhere\.txt/);
      return true;
    });
  });

  it('follows imports: a words file\'s settings imported by path count, and a missing import is an error naming it', async () => {
    const parent = join(root, 'imports');
    mkdirSync(parent, { recursive: true });
    writeFileSync(join(parent, 'shared-words.txt'), 'quixby\n');
    writeFileSync(join(parent, 'shared.cspell.json'), JSON.stringify({ dictionaryDefinitions: [{ name: 'shared', path: './shared-words.txt' }], dictionaries: ['shared'] }));
    const { style } = team(parent, 'importing', { 'cspell.json': JSON.stringify({ import: ['../shared.cspell.json'] }) });
    assert.deepEqual(words(await check(await createSpeller(style), text, style)), ['hte']);
    const { style: missing } = team(parent, 'missing-import', { 'cspell.json': JSON.stringify({ import: ['../nowhere.cspell.json'] }) });
    await assert.rejects(createSpeller(missing), (error: Error) => error instanceof SpellingSetupError && /nowhere\.cspell\.json/.test(error.message) && /could not be read/.test(error.message));
  });

  it('refuses settings it cannot parse, naming the file', async () => {
    const { folder, style } = team(root, 'broken', { 'cspell.json': '{ "words": [ "Zorblat", ' });
    await assert.rejects(createSpeller(style), (error: Error) => error instanceof SpellingSetupError && error.message.includes(join(folder, 'cspell.json')));
  });
});

describe("spelling: the draft's own words and Code Spell Checker's comments", () => {
  it('accepts the words a draft lists and skips what cspell:disable and cspell:disable-next-line switch off', async () => {
    const text = [
      'Storm drills at Kilindini',
      '',
      '<!-- cspell:ignore quixby -->',
      'Mombasa, Kenya, 12 March 2024 - The drills used quixby nets and zorbly ropes.',
      '',
      '<!-- cspell:disable-next-line -->',
      'A line with a goverment typo the writer keeps.',
      '',
      '<!-- cspell:disable -->',
      'Another wrnog line.',
      '<!-- cspell:enable -->',
      '',
      'Back on: a tpyo here.',
      '<!-- presslint-words zorbly -->',
      '',
    ].join('\n');
    const speller = await createSpeller(recommended);
    const result = await lintWithSpelling(text, recommended, speller);
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.data?.word), ['tpyo']);
  });
});

describe("spelling: where cspell's settings are looked for", () => {
  it("names cspell-lib's own settings files, less the code forms (which are never run)", async () => {
    const lib = await import('cspell-lib');
    assert.deepEqual(CSPELL_SETTINGS_FILES, lib.defaultConfigFilenames.filter((name) => !CSPELL_CODE_FILE.test(name)));
    assert.ok(CSPELL_SETTINGS_FILES.includes('cspell.json') && CSPELL_SETTINGS_FILES.includes('.vscode/cspell.json'));
  });

  it('finds settings in a subfolder form (.vscode/cspell.json) and a package.json only with a "cspell" key', async () => {
    const root = mkdtempSync(join(tmpdir(), 'presslint-cspell-where-'));
    try {
      const style = { ...recommended, rules: { ...recommended.rules, 'contact-block': 'off' as const } };
      const doc = parseDraft('Harbour master leads a drill\n\nMombasa, Kenya, 9 November 2026 - Harbour master Achieng Nyamweya led a drill.\n');
      /** The unknown words of the draft in `project`/drafts, with `files` in the project. */
      const unknownIn = async (project: string, files: Record<string, string>) => {
        for (const [file, text] of Object.entries(files)) {
          mkdirSync(dirname(join(root, project, file)), { recursive: true });
          writeFileSync(join(root, project, file), text);
        }
        mkdirSync(join(root, project, 'drafts'), { recursive: true });
        const speller = await createSpeller(style);
        return (await speller.check(doc, undefined, join(root, project, 'drafts', 'drill.txt'))).map((r) => r.message);
      };
      assert.deepEqual(await unknownIn('plain', { 'package.json': JSON.stringify({ name: 'press-office' }) }), ['Unknown word "Achieng".']);
      assert.deepEqual(await unknownIn('vscode', { '.vscode/cspell.json': JSON.stringify({ words: ['Achieng'] }) }), []);
      assert.deepEqual(await unknownIn('package', { 'package.json': JSON.stringify({ name: 'press-office', cspell: { words: ['Achieng'] } }) }), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
