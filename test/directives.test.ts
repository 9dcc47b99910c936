/** Inline control comments: disable, enable, disable-next-line, in Markdown and plain text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, recommended, type Rule } from '../server/src/engine/index';

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
