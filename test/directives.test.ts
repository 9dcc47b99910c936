/** Inline control comments: disable, enable, disable-next-line, in Markdown and plain text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, draftWordFix, lint, parseDraft, recommended, type Rule } from '../server/src/engine/index';
import { draftWords } from '../server/src/engine/parse/directives';

/** A rule that reports every line containing "bad", so the tests depend on no real rule. */
const marker: Rule = {
  meta: { id: 'spacing', description: 'Test.', defaultSeverity: 'warning', fixable: false },
  check({ doc, report }) {
    doc.lines.forEach((line) => {
      const at = doc.text.slice(line.start, line.end).indexOf('bad');
      if (at >= 0) report({ message: 'Bad.', range: { start: line.start + at, end: line.start + at + 3 } });
    });
  },
};

function reportedLines(text: string): number[] {
  const result = lint(text, recommended, { rules: [marker] });
  return result.findings.filter((f) => f.ruleId === 'spacing').map((f) => result.doc.index.lineAt(f.range.start) + 1);
}

describe('inline control comments', () => {
  it('disable and enable a rule from a line on', () => {
    const text = ['bad', '<!-- presslint-disable spacing -->', 'bad', 'bad', '<!-- presslint-enable spacing -->', 'bad'].join('\n');
    assert.deepEqual(reportedLines(text), [1, 6]);
  });

  it('disable every rule when no rule is named', () => {
    assert.deepEqual(reportedLines('bad\n<!-- presslint-disable -->\nbad\n'), [1]);
  });

  it('disable the next non-blank line only, on CRLF text', () => {
    const text = ['bad', '<!-- presslint-disable-next-line spacing -->', '', 'bad', 'bad'].join('\r\n');
    assert.deepEqual(reportedLines(text), [1, 5]);
  });

  it('leave other rules alone', () => {
    assert.deepEqual(reportedLines('<!-- presslint-disable headline -->\nbad\n'), [2]);
  });

  it('report an unknown rule id at its place', () => {
    const text = 'x\n<!-- presslint-disable spaceing, spacing -->\nbad\n';
    const result = lint(text, recommended, { rules: [marker] });
    const problems = result.findings.filter((f) => f.ruleId === 'inline-config');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.match(problems[0]!.message, /^Unknown rule "spaceing" in a presslint-disable comment\. Known rules: /);
    assert.equal(text.slice(problems[0]!.range.start, problems[0]!.range.end), 'spaceing');
    assert.deepEqual(reportedLines(text), []);
  });

  it('ignore a comment that shares its line with text', () => {
    assert.deepEqual(reportedLines('bad <!-- presslint-disable spacing -->\nbad\n'), [1, 2]);
  });
});

describe('a rule that throws', () => {
  it('is reported as a failure while the other rules still report', () => {
    const broken: Rule = { meta: { id: 'headline', description: 'x.', defaultSeverity: 'error', fixable: false }, check: () => { throw new Error('boom'); } };
    const result = lint('bad\n', recommended, { rules: [broken, marker] });
    assert.deepEqual(result.failures.map((f) => [f.ruleId, (f.error as Error).message]), [['headline', 'boom']]);
    assert.equal(result.findings.length, 1);
  });
});

describe("Code Spell Checker's comments and the draft's own words", () => {
  it('read cspell:disable, cspell:enable and cspell:disable-next-line as presslint comments for spelling only', () => {
    const text = ['# Headline', '<!-- cspell:disable -->', 'one', '<!-- cspell:enable -->', '<!-- spell-checker:disable-next-line -->', 'two', '<!-- cspellx:disable -->'].join('\n');
    const { directives } = parseDraft(text);
    assert.deepEqual(
      directives.map((d) => [d.kind, d.rules, d.line]),
      [['disable', ['spelling'], 1], ['enable', ['spelling'], 3], ['disable-next-line', ['spelling'], 4]],
    );
    // The spacing rule (the marker) is not switched off by them.
    assert.deepEqual(reportedLines(['bad', '<!-- cspell:disable -->', 'bad'].join('\n')), [1, 3]);
  });

  it('collect the words of presslint-words, cspell:words and cspell:ignore comments', () => {
    const text = ['# Headline', '<!-- presslint-words Nyanenkova, Shylin -->', 'Text.', '<!-- cspell:ignore quixby -->', '<!--cspell:words Zorblat-->'].join('\r\n');
    const { directives } = parseDraft(text);
    assert.deepEqual(draftWords(directives), ['Nyanenkova', 'Shylin', 'quixby', 'Zorblat']);
    assert.deepEqual(directives.map((d) => d.kind), ['words', 'words', 'words']);
  });
});

describe("adding a word to the draft's words", () => {
  const apply = (text: string, word: string) => applyFixes(text, [draftWordFix(parseDraft(text), word)]).text;

  it('adds it to the draft\'s presslint-words comment', () => {
    assert.equal(apply('# Title\n\n<!-- presslint-words Shylin -->\nText.\n', 'Nyanenkova'), '# Title\n\n<!-- presslint-words Shylin Nyanenkova -->\nText.\n');
  });

  it('writes a comment on a line of its own at the end, in the draft\'s line endings, when there is none', () => {
    assert.equal(apply('# Title\r\n\r\nText.\r\n', 'Shylin'), '# Title\r\n\r\nText.\r\n<!-- presslint-words Shylin -->\r\n');
    assert.equal(apply('# Title\n\nText.', 'Shylin'), '# Title\n\nText.\n<!-- presslint-words Shylin -->\n');
    assert.equal(apply('Text.\n<!-- cspell:words Zorblat -->\n', 'Shylin'), 'Text.\n<!-- cspell:words Zorblat -->\n<!-- presslint-words Shylin -->\n', "cspell's comment is the team's tool's");
  });
});
