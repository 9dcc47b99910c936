/** Adding house words to a style file: only the list changes; comments and layout stay as written. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { addWordsToStyleFile, withWordsAdded } from '../server/src/engine/config/edit';
import { readStyleText } from '../server/src/engine/config/parse';

const STYLE = `# The house style of the Lakeshore Trust.
extends: recommended
dialect: en-GB # British spelling

programmes:
  - name: AquaLink
    mentions: [AquaLink]
    boilerplate: >-
      AquaLink brings clean water to schools around
      Lake Victoria, with the county governments.

# Words the spelling check accepts.
words:
  - Kisumu   # the city
  - Lakeshore

rules:
  end-mark: error # the house wants ###
`;

describe('adding house words to a YAML style file', () => {
  it('appends to a block list at its indentation, after the comment of the last item', () => {
    const { text, added } = withWordsAdded(STYLE, ['Nyanza', 'Homa Bay']);
    assert.deepEqual(added, ['Nyanza', 'Homa Bay']);
    assert.equal(text, STYLE.replace('  - Lakeshore\n', '  - Lakeshore\n  - Nyanza\n  - Homa Bay\n'));
  });

  it('keeps a list that is not indented as it is', () => {
    const style = 'words:\n- Kisumu  # the city\nrules:\n  spacing: off\n';
    assert.equal(withWordsAdded(style, ['Nyanza']).text, 'words:\n- Kisumu  # the city\n- Nyanza\nrules:\n  spacing: off\n');
  });

  it('creates the key at the end when the file has none, keeping everything above', () => {
    const style = STYLE.replace(/# Words the spelling[\s\S]*?Lakeshore\n\n/, '');
    const { text } = withWordsAdded(style, ['Nyanza']);
    assert.equal(text, `${style}words:\n  - Nyanza\n`);
    assert.deepEqual(readStyleText(text, 'x.yaml').words, ['Nyanza']);
  });

  it('creates the key in an empty file and after a last line without a line break', () => {
    assert.equal(withWordsAdded('', ['Nyanza']).text, 'words:\n  - Nyanza\n');
    assert.equal(withWordsAdded('dialect: en-US', ['Nyanza']).text, 'dialect: en-US\nwords:\n  - Nyanza\n');
  });

  it('fills a `words:` key that has no value yet', () => {
    const style = 'dialect: en-GB\nwords: # to be filled\nrules: {}\n';
    assert.equal(withWordsAdded(style, ['Nyanza']).text, 'dialect: en-GB\nwords: # to be filled\n  - Nyanza\nrules: {}\n');
  });

  it('adds to a flow list in its own style', () => {
    const style = '# Flow style\nwords: [Kisumu, Lakeshore] # two\nrules: {spacing: off}\n';
    assert.equal(withWordsAdded(style, ['Nyanza']).text, '# Flow style\nwords: [Kisumu, Lakeshore, Nyanza] # two\nrules: {spacing: off}\n');
    assert.equal(withWordsAdded('words: []\n', ['Nyanza', 'Kisii']).text, 'words: [Nyanza, Kisii]\n');
  });

  it('quotes words that would not read back as the same string', () => {
    const { text } = withWordsAdded('words: [Kisumu]\n', ['yes', 'a, b', '2030', 'LEFÖ']);
    assert.equal(text, 'words: [Kisumu, "yes", "a, b", "2030", LEFÖ]\n');
    assert.deepEqual(parseDocument(text).toJS().words, ['Kisumu', 'yes', 'a, b', '2030', 'LEFÖ']);
  });

  it('leaves out words already there in any case, and repeated ones', () => {
    const { text, added } = withWordsAdded(STYLE, ['kisumu', 'Nyanza', 'nyanza', ' ']);
    assert.deepEqual(added, ['Nyanza']);
    assert.equal(withWordsAdded(STYLE, ['KISUMU']).text, STYLE);
    assert.ok(text.includes('  - Nyanza\n'));
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const style = '\uFEFFdialect: en-GB\r\nwords:\r\n  - Kisumu\r\n';
    assert.equal(withWordsAdded(style, ['Nyanza']).text, '\uFEFFdialect: en-GB\r\nwords:\r\n  - Kisumu\r\n  - Nyanza\r\n');
  });

  it('refuses a file that is not a mapping or does not parse', () => {
    assert.throws(() => withWordsAdded('- a\n- b\n', ['Nyanza']), /not a mapping/);
    assert.throws(() => withWordsAdded('words: [a\n', ['Nyanza']), /does not parse/);
  });
});

describe('adding house words to a JSON style file', () => {
  const JSON_STYLE = '{\n    "dialect": "en-GB",\n    "words": [\n        "Kisumu",\n        "Lakeshore"\n    ],\n    "rules": { "end-mark": "error" }\n}\n';

  it('appends to the array with its own separator and indentation', () => {
    const { text } = withWordsAdded(JSON_STYLE, ['Nyanza'], true);
    assert.equal(text, JSON_STYLE.replace('"Lakeshore"\n', '"Lakeshore",\n        "Nyanza"\n'));
  });

  it('appends to a one-line array', () => {
    const style = '{ "dialect": "en-GB", "words": ["Kisumu"] }\n';
    assert.equal(withWordsAdded(style, ['Nyanza'], true).text, '{ "dialect": "en-GB", "words": ["Kisumu", "Nyanza"] }\n');
  });

  it('creates the member after the last one, as the others are laid out', () => {
    const style = '{\n  "dialect": "en-GB",\n  "rules": { "spacing": "off" }\n}\n';
    assert.equal(withWordsAdded(style, ['Nyanza'], true).text, '{\n  "dialect": "en-GB",\n  "rules": { "spacing": "off" },\n  "words": ["Nyanza"]\n}\n');
    assert.equal(withWordsAdded('{}', ['Nyanza'], true).text, '{ "words": ["Nyanza"] }');
    assert.deepEqual(JSON.parse(withWordsAdded('', ['Nyanza'], true).text), { words: ['Nyanza'] });
  });
});

describe('addWordsToStyleFile', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'presslint-edit-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the edited file through a temporary file and leaves no temporary file behind', () => {
    const file = join(folder, '.presslint.yaml');
    writeFileSync(file, STYLE);
    assert.deepEqual(addWordsToStyleFile(file, ['Nyanza', 'Kisumu']), ['Nyanza']);
    assert.equal(readFileSync(file, 'utf8'), STYLE.replace('  - Lakeshore\n', '  - Lakeshore\n  - Nyanza\n'));
    assert.deepEqual(readdirSync(folder), ['.presslint.yaml']);
  });

  it('does not touch a file that already has the words', () => {
    const file = join(folder, '.presslint.json');
    writeFileSync(file, '{"words":["Nyanza"]}');
    assert.deepEqual(addWordsToStyleFile(file, ['nyanza']), []);
    assert.equal(readFileSync(file, 'utf8'), '{"words":["Nyanza"]}');
  });
});

describe('adding house words to a hostile style file', () => {
  it('refuses a file of a million brackets with a StyleError, as reading the style does, instead of parsing it', () => {
    const hostile = '['.repeat(999_000);
    const started = Date.now();
    assert.throws(() => withWordsAdded(hostile, ['Kilindini'], false, '.presslint.yaml'), (error: Error) => error.name === 'StyleError' && /nests collections more than/.test(error.message));
    assert.ok(Date.now() - started < 2000, 'refused at once');
  });

  it('refuses a style file over the size limit or not a regular file before reading it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'presslint-edit-'));
    try {
      const big = join(folder, '.presslint.yaml');
      writeFileSync(big, `words:\n${'  - word\n'.repeat(150_000)}`);
      assert.throws(() => addWordsToStyleFile(big, ['Kilindini']), /it is 1\.3 MB, more than the 1 MB presslint reads/);
      assert.throws(() => addWordsToStyleFile(folder, ['Kilindini']), /it is a folder/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
