/** The document model: sections with exact ranges, whatever the line endings, BOM or format. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, recommended, splitLines, LineIndex, type DraftDocument } from '../server/src/engine/index';
import { notProseIn } from '../server/src/engine/parse/not-prose';
import { proseOf } from '../server/src/engine/parse/document';

const draft = [
  'Ministers agree on a regional plan against trafficking',
  '',
  'Accra, Ghana, 3 May 2018 - Ministers from five countries met today.',
  '',
  'A second paragraph of the body.',
  '',
  'About the programme',
  '',
  'The programme is a joint initiative that began in 2015.',
  '',
  'For more information, please contact:',
  '',
  'UNODC Accra: Ama Owusu, ama.owusu@un.org',
  '',
  '###',
  '',
].join('\n');

/** Each section's text, as the reader sees it. */
function outline(doc: DraftDocument) {
  return {
    headline: doc.headline?.text,
    lead: doc.lead?.text,
    body: doc.body.map((b) => b.text),
    boilerplate: doc.boilerplate.map((b) => b.text),
    contactHeading: doc.contact?.heading?.text,
    contact: doc.contact?.blocks.map((b) => b.text),
    endMark: doc.endMark?.text,
  };
}

const expected = {
  headline: 'Ministers agree on a regional plan against trafficking',
  lead: 'Accra, Ghana, 3 May 2018 - Ministers from five countries met today.',
  body: ['Accra, Ghana, 3 May 2018 - Ministers from five countries met today.', 'A second paragraph of the body.'],
  boilerplate: ['The programme is a joint initiative that began in 2015.'],
  contactHeading: 'For more information, please contact:',
  contact: ['UNODC Accra: Ama Owusu, ama.owusu@un.org'],
  endMark: '###',
};

describe('parseDraft', () => {
  it('splits a plain-text release into its sections', () => {
    assert.deepEqual(outline(parseDraft(draft)), expected);
  });

  for (const [name, transform] of [
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['CR', (t: string) => t.replace(/\n/g, '\r')],
    ['a BOM', (t: string) => `\uFEFF${t}`],
    ['mixed line endings and a BOM', (t: string) => `\uFEFF${t.split('\n').map((l, i) => l + (i % 2 ? '\r\n' : '\n')).join('')}`],
  ] as const) {
    it(`gives the same sections, with exact ranges, for ${name}`, () => {
      const text = transform(draft);
      const doc = parseDraft(text);
      assert.deepEqual(outline(doc), expected);
      for (const block of doc.blocks) assert.equal(text.slice(block.range.start, block.range.end), block.text);
    });
  }

  it('takes a contact heading written without blank lines around it as the heading', () => {
    const tight = draft.replace('began in 2015.\n\nFor more information, please contact:\n\nUNODC', 'began in 2015.\nFor more information, please contact:\nUNODC');
    assert.notEqual(tight, draft);
    assert.deepEqual(outline(parseDraft(tight)), expected);
  });

  it('keeps a contact line that starts like a heading ("Contact: name ...") in its paragraph', () => {
    const doc = parseDraft(draft.replace('A second paragraph of the body.', 'A second paragraph of the body.\nContact: Ama Owusu, +233 30 266 5000'));
    assert.deepEqual(doc.body.map((b) => b.text), [expected.body[0], 'A second paragraph of the body.\nContact: Ama Owusu, +233 30 266 5000']);
    assert.equal(doc.contact?.heading?.text, expected.contactHeading);
  });

  it('keeps a paragraph whole around a control comment between two of its lines', () => {
    const comment = '<!-- presslint-disable-next-line spelling -->';
    const wrapped = draft.replace('A second paragraph of the body.', `A second paragraph\n${comment}\nof the body.`);
    const doc = parseDraft(wrapped);
    assert.deepEqual(outline(doc).body, [expected.body[0], `A second paragraph\n${comment}\nof the body.`]);
    const block = doc.body[1]!;
    assert.deepEqual(block.lines.map((l) => wrapped.slice(l.start, l.end)), ['A second paragraph', 'of the body.']);
    assert.deepEqual(block.comments?.map((c) => wrapped.slice(c.start, c.end)), [comment]);
    assert.equal(proseOf(block), 'A second paragraph\n\nof the body.');
    // Between paragraphs, or before a blank line, a comment still stands alone.
    const between = parseDraft(draft.replace('A second paragraph of the body.\n', `A second paragraph of the body.\n${comment}\n`));
    assert.deepEqual(outline(between), expected);
    assert.equal(between.body[1]!.comments, undefined);
  });

  it('reads Markdown: front matter, # headline, ## About heading', () => {
    const md = `---\ntitle: x\n---\n# ${draft.replace('About the programme', '## About the programme')}`;
    const doc = parseDraft(md);
    assert.equal(doc.format, 'markdown');
    assert.deepEqual(outline(doc), expected);
    assert.deepEqual(doc.frontMatter, { start: 0, end: 16 }); // '---\ntitle: x\n---'
    assert.equal(md.slice(doc.headline!.range.start, doc.headline!.range.end), expected.headline);
  });

  it('recognises a programme boilerplate without an About heading', () => {
    const style = {
      ...recommended,
      programmes: [{ name: 'X', mentions: ['X'], boilerplate: 'The programme is a joint initiative of several agencies that began in 2015 and works in five countries.', previous: [] }],
    };
    const text = draft.replace('About the programme\n\n', '').replace(
      'The programme is a joint initiative that began in 2015.',
      'The programme is a joint initiative of several agencies that began in 2015 and works in four countries.',
    );
    const doc = parseDraft(text, { style });
    assert.deepEqual(doc.boilerplate.map((b) => b.kind), ['boilerplate']);
    assert.equal(doc.body.length, 2);
  });

  it('keeps no-break spaces inside ranges and treats NBSP-only lines as blank', () => {
    const text = 'Headline here\n\u00a0\nAccra, Ghana, 3 May 2018 -\u00a0Text.\n';
    const doc = parseDraft(text);
    assert.equal(doc.lead?.text, 'Accra, Ghana, 3 May 2018 -\u00a0Text.');
  });

  it('takes an embargo line before the headline', () => {
    const doc = parseDraft(`EMBARGOED UNTIL 10 June 2026, 09:00 CET\n\n${draft}`);
    assert.equal(doc.embargo?.text, 'EMBARGOED UNTIL 10 June 2026, 09:00 CET');
    assert.equal(doc.headline?.text, expected.headline);
  });

  it('has no headline when the draft opens with the dateline', () => {
    const doc = parseDraft('Accra, Ghana, 3 May 2018 - Text.\n\nMore text.\n');
    assert.equal(doc.headline, undefined);
    assert.equal(doc.lead?.text, 'Accra, Ghana, 3 May 2018 - Text.');
  });

  it('parses an empty draft and a blank one into no sections', () => {
    for (const text of ['', '\n\n', '\uFEFF', '   \r\n']) {
      const doc = parseDraft(text);
      assert.equal(doc.blocks.length, 0);
      assert.equal(doc.lead, undefined);
    }
  });
});

describe('lines and positions', () => {
  it('maps offsets to UTF-16 positions on any line ending', () => {
    const text = 'a\r\nbé😀c\rd\n';
    const index = new LineIndex(splitLines(text));
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 1, character: 4 }); // b é and a surrogate pair
    assert.deepEqual(index.positionAt(9), { line: 2, character: 0 });
    assert.equal(index.offsetAt({ line: 1, character: 4 }), 7);
    assert.equal(splitLines(text).length, 4);
  });
});

describe('what is not prose', () => {
  const spans = (text: string) => notProseIn(text).map((r) => text.slice(r.start, r.end));

  it('takes phone numbers as they are written: with a country code, an area code in brackets, a leading 0', () => {
    assert.deepEqual(spans('Call +41 22 555-0199 or (022) 555-0199, or 022 555 01 98 from the city.'), [
      '+41 22 555-0199',
      '(022) 555-0199',
      '022 555 01 98',
    ]);
    assert.deepEqual(spans('Tel: (+43) 1 26060-4990'), ['Tel:', '(+43) 1 26060-4990']);
  });

  it('leaves figures that are no phone numbers as prose: year ranges, sums, short numbers', () => {
    assert.deepEqual(spans('A four-year (2015-2019) project worth 1 250 000 euros, 2019-2023, and 555-0199.'), []);
  });

  it('takes addresses, handles, code and tags', () => {
    assert.deepEqual(spans('Write to press[at]example[dot]org, see https://example.org/a, follow @acme, run `lint` <br>.'), [
      'press[at]example[dot]org',
      'https://example.org/a,',
      '@acme',
      '`lint`',
      '<br>',
    ]);
  });
});
