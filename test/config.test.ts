/** The house style file: loading, merging, `extends`, and one located error per mistake. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findStyleFile, loadStyleFile, readStyleText, recommended, StyleCache, StyleError } from '../server/src/engine/index';
import { jsonSchemaDocument } from '../server/src/engine/config/schema';

function errorOf(text: string, file = '/p/.presslint.yaml'): string {
  try {
    readStyleText(text, file);
  } catch (error) {
    assert.ok(error instanceof StyleError, `expected a StyleError, got ${error}`);
    return error.message;
  }
  assert.fail('expected the style to be refused');
}

describe('house style validation', () => {
  const cases: Array<[string, string]> = [
    ['rules:\n  spaceing: off\n', '/p/.presslint.yaml:2:3: Unknown rule id "spaceing" under "rules". Known rules: headline, dateline, acronym-first-use, acronym-expansion, acronym-unknown, acronym-redundant, boilerplate, contact-block, spacing, inverted-marks, date-style, date-agreement, terminology, consistency, end-mark, spelling.'],
    ['rules: { spacing: warn }\n', '/p/.presslint.yaml:1:19: "rules.spacing" must be one of: error, warning, info, off (not "warn").'],
    ['dialect: en-AU\n', '/p/.presslint.yaml:1:10: "dialect" must be one of: en-GB, en-US, en-GB-oxendict (not "en-AU").'],
    ['colour: blue\n', '/p/.presslint.yaml:1:1: Unknown key "colour" in the house style. Allowed keys: extends, language, languages, dialect, dateline, acronyms, terms, variants, programmes, contact, headline, dates, embargo, endMark, words, rules.'],
    ['dateline:\n  requireCountry: "yes"\n', '/p/.presslint.yaml:2:19: "dateline.requireCountry" must be true or false, not the text "yes".'],
    ['dateline:\n  sep: " - "\n', '/p/.presslint.yaml:2:3: Unknown key "sep" in "dateline". Allowed keys: separator, dateFormat, requireCountry, maxAgeDays.'],
    ['words: [LEFÖ, 42]\n', '/p/.presslint.yaml:1:15: "words[1]" must be a text, not number 42.'],
    ['programmes:\n  - name: X\n', '/p/.presslint.yaml:2:5: "programmes[0]" needs a "boilerplate" key.'],
    ['headline: { maxLength: 3 }\n', '/p/.presslint.yaml:1:24: "headline.maxLength" must be at least 10 (not 3).'],
    ['words: [a\n', '/p/.presslint.yaml:2:1: Not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a: 1\na: 2\n', '/p/.presslint.yaml:2:1: Not valid YAML: Map keys must be unique'],
    ['- just\n- a list\n', '/p/.presslint.yaml:1:1: This file is not a house style: a house style is a mapping of keys to values (dialect:, rules:, ...).'],
    ['terms:\n  Turkey: [Türkiye]\n', '/p/.presslint.yaml:2:11: "terms.Turkey" must be a text, or a mapping of keys to values, or null, not a list.'],
    ['terms:\n  stated: { replacement: said }\n', '/p/.presslint.yaml:2:11: "terms.stated" needs a "message" key.'],
    ['terms:\n  stated: ""\n', '/p/.presslint.yaml:2:11: "terms.stated" must not be empty.'],
  ];
  for (const [text, message] of cases) {
    it(`refuses ${JSON.stringify(text)} naming the line and key`, () => {
      assert.equal(errorOf(text), message);
    });
  }

  it('refuses YAML aliases (an alias bomb) quickly', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const started = Date.now();
    assert.match(errorOf(bomb), /aliases|Unknown key/);
    assert.ok(Date.now() - started < 1000);
  });

  it('refuses a binary file', () => {
    assert.match(errorOf('\u0000\u0001\u0002'), /binary/);
  });

  it('accepts an empty file as the defaults', () => {
    assert.deepEqual(readStyleText('', 'x.yaml'), {});
    assert.deepEqual(readStyleText('# only a comment\n', 'x.yaml'), {});
  });

  it('accepts JSON', () => {
    assert.deepEqual(readStyleText('{ "dialect": "en-US", "rules": { "spelling": "off" } }', 'x.json'), {
      dialect: 'en-US',
      rules: { spelling: 'off' },
    });
  });
});

describe('house style files on disk', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'presslint-config-'));
    mkdirSync(join(root, 'team', 'drafts'), { recursive: true });
    mkdirSync(join(root, '.git')); // the project: extends may reach any file inside it
    writeFileSync(join(root, 'base.yaml'), 'acronyms:\n  registry:\n    GLO.ACT: Global Action\nwords: [Minsk]\nrules: { spacing: error }\n');
    writeFileSync(
      join(root, 'team', '.presslint.yaml'),
      'extends: ../base.yaml\ndialect: en-US\nwords: [LEFÖ]\nrules: { end-mark: warning }\nprogrammes:\n  - name: GLO.ACT\n    boilerplate: The text.\n',
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest file upward from the draft', () => {
    assert.equal(findStyleFile(join(root, 'team', 'drafts')), join(root, 'team', '.presslint.yaml'));
  });

  it('merges a file over what it extends, and over recommended', () => {
    const style = loadStyleFile(join(root, 'team', '.presslint.yaml'));
    assert.equal(style.dialect, 'en-US');
    assert.deepEqual(style.words, ['Minsk', 'LEFÖ']);
    assert.deepEqual(style.rules, { spacing: 'error', 'end-mark': 'warning' });
    assert.equal(style.acronyms.registry['GLO.ACT'], 'Global Action');
    assert.equal(style.acronyms.registry.UNODC, recommended.acronyms.registry.UNODC);
    assert.deepEqual(style.programmes, [{ name: 'GLO.ACT', mentions: ['GLO.ACT'], boilerplate: 'The text.', previous: [] }]);
    assert.equal(style.dateline.separator, ' - ');
  });

  it('merges terms key by key: a text is a substitution, a mapping a forbidden term, null drops an inherited one', () => {
    const folder = join(root, 'terms');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'base.yaml'), 'terms:\n  Turkey: Türkiye\n  Kiev: Kyiv\n');
    writeFileSync(join(folder, '.presslint.yaml'), 'extends: ./base.yaml\nterms:\n  Turkey: null\n  __proto__: prototype\n  illegal migrants: { message: write "migrants in an irregular situation". }\n');
    const style = loadStyleFile(join(folder, '.presslint.yaml'));
    assert.deepEqual(Object.entries(style.terms), [
      ['Kiev', { replacement: 'Kyiv' }],
      ['__proto__', { replacement: 'prototype' }],
      ['illegal migrants', { message: 'write "migrants in an irregular situation".', replacement: undefined }],
    ]);
    assert.equal(Object.getPrototypeOf(style.terms), Object.prototype, 'a term named __proto__ is a term, not the prototype');
  });

  it('refuses extends outside the project, of a URL, and loops', () => {
    const outside = join(root, 'team', 'outside', '.presslint.yaml');
    mkdirSync(join(root, 'team', 'outside'));
    writeFileSync(outside, 'extends: ../../../elsewhere.yaml\n');
    assert.throws(() => loadStyleFile(outside), /points outside the project/);
    writeFileSync(outside, 'extends: https://example.org/style.yaml\n');
    assert.throws(() => loadStyleFile(outside), /nothing is fetched/);
    writeFileSync(join(root, 'team', 'outside', 'a.yaml'), 'extends: ./.presslint.yaml\n');
    writeFileSync(outside, 'extends: ./a.yaml\n');
    assert.throws(() => loadStyleFile(outside), /makes a loop/);
  });

  it('names a missing extended file', () => {
    const file = join(root, 'missing.yaml');
    writeFileSync(file, 'extends: ./nope.yaml\n');
    assert.throws(() => loadStyleFile(file), (error: Error) => error.message === `${join(root, 'nope.yaml')}:1:1: Cannot read the house style file: it does not exist.`);
  });

  it('re-reads a cached file when it changes', () => {
    const cache = new StyleCache();
    const folder = join(root, 'cached');
    mkdirSync(folder);
    writeFileSync(join(folder, '.presslint.yaml'), 'dialect: en-US\n');
    assert.equal(cache.forFolder(folder).dialect, 'en-US');
    writeFileSync(join(folder, '.presslint.yaml'), 'dialect: en-GB\nwords: [x]\n');
    assert.equal(cache.forFolder(folder).dialect, 'en-GB');
  });

  it('re-reads a cached style when a file it extends changes', () => {
    const cache = new StyleCache();
    const folder = join(root, 'cached-extends');
    mkdirSync(join(folder, 'styles'), { recursive: true });
    writeFileSync(join(folder, 'styles', 'base.yaml'), 'dialect: en-US\n');
    writeFileSync(join(folder, '.presslint.yaml'), 'extends: ./styles/base.yaml\nwords: [Kilindini]\n');
    const first = cache.forFolder(folder);
    assert.equal(first.dialect, 'en-US');
    assert.deepEqual(first.extendedFiles, [join(folder, 'styles', 'base.yaml')]);
    assert.equal(cache.forFolder(folder), first, 'unchanged files: the cached style');
    writeFileSync(join(folder, 'styles', 'base.yaml'), 'dialect: en-GB\nwords: [Lamu]\n');
    const second = cache.forFolder(folder);
    assert.equal(second.dialect, 'en-GB');
    assert.deepEqual(second.words.filter((w) => w === 'Lamu' || w === 'Kilindini').sort(), ['Kilindini', 'Lamu']);
  });

  it('ships a JSON schema that matches the validator', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'server', 'presslint.schema.json'), 'utf8'));
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(jsonSchemaDocument())), 'run npm run build to regenerate server/presslint.schema.json');
  });
});

describe('house style keys that Object.prototype also has', () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`rejects "${key}" as an unknown key, as any other`, () => {
      assert.throws(() => readStyleText(`${key}: 1\n`, '.presslint.yaml'), new RegExp(`Unknown key "${key === '__proto__' ? '__proto__' : key}"`));
    });
  }
});

describe('nesting depth', () => {
  it('accepts a one-line JSON style with many keys (colons in a flow mapping do not nest)', () => {
    const registry = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`ACR${i}`, `Agency number ${i}`]));
    const contents = readStyleText(JSON.stringify({ acronyms: { registry } }), '.presslint.json');
    assert.equal(Object.keys(contents.acronyms!.registry!).length, 80);
  });

  it('still refuses collections nested deeper than the limit', () => {
    assert.throws(() => readStyleText(`words: ${'['.repeat(70)}${']'.repeat(70)}\n`, '.presslint.yaml'), /nests collections more than/);
  });
});
