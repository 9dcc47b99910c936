/**
 * Inline control comments. The same HTML comment works in Markdown and in plain text
 * drafts, on a line of its own:
 *
 *   <!-- presslint-disable spelling, spacing -->   from here on (no rule ids: every rule)
 *   <!-- presslint-enable spelling -->             from here on again
 *   <!-- presslint-disable-next-line acronym-unknown -->
 *   <!-- presslint-words Nyanenkova Shylin -->     words this draft spells as it means to
 *
 * Code Spell Checker's own, which drafts already carry, are read too, for the spelling rule:
 * `cspell:disable`, `cspell:enable`, `cspell:disable-next-line` (as presslint's, for spelling),
 * and `cspell:words` / `cspell:ignore` (as presslint-words); `spell-checker:` and
 * `spellchecker:` are cspell's other spellings of the prefix.
 */
import type { Line } from '../text/lines';
import type { TextRange } from '../vocabulary';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'words';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the comment; empty means every rule. */
  rules: string[];
  /** Zero-based line of the comment. */
  line: number;
  range: TextRange;
  /** Where each named rule id sits, to report an unknown one precisely. */
  ruleRanges: TextRange[];
  /** The words a `words` comment lists. */
  words?: string[];
  /** A `words` comment of presslint's own (`presslint-words`), not cspell's. */
  own?: boolean;
}

const DIRECTIVE = /^[ \t]*<!--\s*presslint-(disable-next-line|disable|enable)\b([^]*?)-->[ \t]*$/;
/** cspell's region comments, for the spelling rule. */
const CSPELL_REGION = /^[ \t]*<!--\s*(?:cspell|spell-?checker)\s*[:=]\s*(disable-next-line|disable|enable)\s*-->[ \t]*$/i;
/** A comment listing words this draft accepts: presslint's, or cspell's `words` and `ignore`. */
const WORDS = /^[ \t]*<!--\s*(?:(presslint-words)\b|(?:cspell|spell-?checker)\s*[:=]\s*(?:words|ignore)\b)([^]*?)-->[ \t]*$/i;
/** The one rule cspell's comments speak to. */
const SPELLING = 'spelling';

export function parseDirectives(text: string, lines: readonly Line[]): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('presslint-') && !/spell-?checker|cspell/i.test(text)) return directives;
  lines.forEach((line, number) => {
    const content = text.slice(line.start, line.end);
    if (!content.includes('<!--')) return;
    const range = { start: line.start, end: line.end };
    const words = WORDS.exec(content);
    if (words) {
      directives.push({ kind: 'words', rules: [SPELLING], line: number, range, ruleRanges: [], words: words[2]!.split(/[\s,]+/).filter((w) => w.length > 0), own: words[1] !== undefined });
      return;
    }
    const region = CSPELL_REGION.exec(content);
    if (region) {
      directives.push({ kind: region[1]!.toLowerCase() as DirectiveKind, rules: [SPELLING], line: number, range, ruleRanges: [] });
      return;
    }
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

/** The words a draft's `words` comments list (presslint-words, cspell:words, cspell:ignore). */
export function draftWords(directives: readonly Directive[]): string[] {
  return directives.flatMap((d) => d.words ?? []);
}
