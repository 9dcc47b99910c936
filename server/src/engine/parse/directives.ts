/**
 * Inline control comments. The same HTML comment works in Markdown and in plain text
 * drafts, on a line of its own:
 *
 *   <!-- presslint-disable spelling, spacing -->   from here on (no rule ids: every rule)
 *   <!-- presslint-enable spelling -->             from here on again
 *   <!-- presslint-disable-next-line acronym-unknown -->
 */
import type { Line } from '../text/lines';
import type { TextRange } from '../vocabulary';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the comment; empty means every rule. */
  rules: string[];
  /** Zero-based line of the comment. */
  line: number;
  range: TextRange;
  /** Where each named rule id sits, to report an unknown one precisely. */
  ruleRanges: TextRange[];
}

const DIRECTIVE = /^[ \t]*<!--\s*presslint-(disable-next-line|disable|enable)\b([^]*?)-->[ \t]*$/;

/** Finds every control comment; a line with anything else on it is not a directive. */
export function parseDirectives(text: string, lines: readonly Line[]): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('presslint-')) return directives;
  lines.forEach((line, number) => {
    const content = text.slice(line.start, line.end);
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const listStart = line.start + content.indexOf(match[2]!, content.indexOf('presslint-'));
    const rules: string[] = [];
    const ruleRanges: TextRange[] = [];
    for (const id of match[2]!.matchAll(/[A-Za-z][\w-]*/g)) {
      rules.push(id[0]);
      ruleRanges.push({ start: listStart + id.index, end: listStart + id.index + id[0].length });
    }
    directives.push({
      kind: match[1] as DirectiveKind,
      rules,
      line: number,
      range: { start: line.start, end: line.end },
      ruleRanges,
    });
  });
  return directives;
}
