/**
 * The snippets in snippets/press-release.json: well formed, the control comments offer exactly
 * the rule ids, and the release skeleton, expanded as VS Code would on a given day, parses into
 * every section of a release with a dateline in the house form.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseDraft, recommended, ruleIds } from '../../server/src/engine/index';
import { parseDateline } from '../../server/src/engine/parse/dateline';
import { ROOT } from './helpers/client';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'press-release.json'), 'utf8')) as Record<string, Snippet>;

/** A snippet body as VS Code inserts it on 8 June 2026, every placeholder left at its default. */
function expand(body: string[], day = '08', month = 'June', year = '2026'): string {
  let text = body.join('\n');
  text = text.replaceAll('${CURRENT_DATE/^0//}', day.replace(/^0/, '')).replaceAll('$CURRENT_MONTH_NAME', month).replaceAll('$CURRENT_YEAR', year);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

describe('snippets', () => {
  it('each has a prefix, a body and a one-sentence description', () => {
    assert.ok(Object.keys(snippets).length >= 8);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0, `${name}: a prefix`);
      assert.ok(snippet.body.length > 0, `${name}: a body`);
      assert.match(snippet.description, /^[A-Z].*\.$/, `${name}: a description`);
    }
  });

  it('offers exactly the rule ids in the control comments', () => {
    const comments = Object.values(snippets).filter((s) => s.body.some((line) => line.includes('<!-- presslint-')));
    assert.equal(comments.length, 3);
    for (const snippet of comments) {
      const choices = /\$\{1\|([^|]*)\|\}/.exec(snippet.body[0]!)?.[1]?.split(',');
      assert.deepEqual(choices, [...ruleIds]);
    }
  });

  it("writes today's date in the house form: day without a leading zero, month name, year", () => {
    assert.equal(expand(snippets['Dateline']!.body), 'City, Country, 8 June 2026 - ');
    assert.equal(expand(snippets['Embargo line']!.body), 'EMBARGOED UNTIL 00:01 GMT on 8 June 2026\n\n');
  });

  it('expands the release skeleton into every section of a release', () => {
    const text = expand(snippets['Press release skeleton']!.body);
    const doc = parseDraft(text, { style: recommended });
    assert.equal(doc.headline?.text, 'Headline in one line, without a full stop');
    assert.equal(parseDateline(doc)?.date?.text, '8 June 2026');
    assert.equal(doc.body.length, 2);
    assert.equal(doc.boilerplate.length, 1);
    assert.equal(doc.contact?.heading?.text, 'For more information, please contact:');
    assert.equal(doc.endMark?.text, '###');
    const now = new Date('2026-06-08T12:00:00Z');
    const findings = lint(text, recommended, { now }).findings.map((f) => f.ruleId);
    assert.equal(findings.filter((id) => id === 'dateline').length, 1, 'the place is a placeholder to fill in');
    const placed = lint(text.replace('City, Country', 'Vienna, Austria'), recommended, { now }).findings.map((f) => f.ruleId);
    assert.ok(!placed.includes('dateline'), 'with a place, the dateline is in the house form');
    assert.ok(!findings.includes('headline'));
    assert.ok(!findings.includes('end-mark'));
    assert.ok(findings.includes('contact-block'), 'the contact placeholders are reported until filled in');
  });
});
