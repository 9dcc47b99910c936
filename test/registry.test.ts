/** Every rule is complete: registered, documented, with good and bad fixtures (as ESLint's build checks). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds, ruleMeta } from '../server/src/engine/rules/index';
import { FIXTURES } from './helpers/fixtures';

const root = join(__dirname, '..');

describe('rule registry', () => {
  for (const id of ruleIds) {
    it(`${id} has metadata, a docs page and fixtures`, () => {
      const meta = ruleMeta(id);
      assert.ok(meta, `${id}: add it to server/src/engine/rules/index.ts`);
      assert.match(meta.description, /^[A-Z].*\.$/, `${id}: the description is one imperative sentence`);
      const docs = join(root, 'docs', 'rules', `${id}.md`);
      assert.ok(existsSync(docs), `${id}: write docs/rules/${id}.md`);
      const page = readFileSync(docs, 'utf8');
      assert.match(page, new RegExp(`^# ${id}\\b`, 'm'), `docs/rules/${id}.md: start with "# ${id}"`);
      // meta.description is the one source of the rule's sentence; the page's first paragraph repeats it.
      const firstParagraph = page.split(/\n\s*\n/)[1]?.replace(/\s+/g, ' ').replace(/`/g, '').trim();
      assert.equal(firstParagraph, meta.description, `docs/rules/${id}.md: its first paragraph must be the rule's meta.description`);
      assert.match(page, /## Bad/i, `docs/rules/${id}.md: add a "## Bad" example`);
      assert.match(page, /## Good/i, `docs/rules/${id}.md: add a "## Good" example`);
      const folder = join(FIXTURES, 'rules', id);
      assert.ok(existsSync(folder), `${id}: add fixtures under test/fixtures/rules/${id}/`);
      const files = readdirSync(folder);
      assert.ok(files.some((f) => f.startsWith('good-')), `${id}: add a good-*.txt or good-*.md fixture`);
      assert.ok(files.some((f) => f.startsWith('bad-')), `${id}: add a bad-*.txt or bad-*.md fixture`);
    });
  }

  it('the README rule table lists every rule with its docs link', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const id of ruleIds) assert.ok(readme.includes(`(docs/rules/${id}.md)`), `README.md: add ${id} to the rule table`);
  });
});
