/** The `terminology` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Block } from '../parse/document';
import type { HouseStyle, Term } from '../config/style';
import type { Rule } from '../rule';
import { derivedFrom, DerivedKey } from '../derived';
import { proseMatches } from '../parse/not-prose';
import { phraseKey, phrasePattern, withInitialCaseOf } from '../text/words';

export const terminology: Rule = {
  meta: {
    id: 'terminology',
    description: "Write the house's terms: its word where it lists one (Côte d'Ivoire, not Ivory Coast), never a term it forbids.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ doc, style, report }) {
    const matcher = termMatcher(style.terms);
    if (!matcher) return;
    for (const { block, text, match, pattern, start } of proseMatches(doc, CHECKED, matcher.patterns)) {
      const found = match.groups!.core!;
      const suffix = match.groups!.suffix ?? '';
      const entry = matcher.byKey.get(phraseKey(found, pattern.ignoreCase));
      if (!entry) continue;
      const inBlock = match.index;
      const end = start + found.length + suffix.length;
      // "Moldova" inside "Republic of Moldova", the house's own word for it, is that word.
      if (entry.value.replacement && withinReplacement(text, inBlock, found, entry.value.replacement)) continue;
      // The house's own boilerplate keeps a term the house put there (its rule keeps it word for word).
      if (block.kind === 'boilerplate' && style.programmes.some((p) => [p.boilerplate, ...p.previous].some((t) => t.includes(found)))) continue;
      // "Ivory Coast Football Federation": part of a name that may legally keep the old term.
      if (!suffix && matcher.capitalised.has(entry.term) && NAME_GOES_ON.test(doc.text.slice(end))) continue;
      const range = { start, end };
      const replacement = entry.value.replacement === undefined ? undefined : withInitialCaseOf(found, entry.value.replacement) + suffix;
      const change = replacement === undefined ? undefined : { range, text: replacement };
      report({
        message: messageOf(found + suffix, entry.value, replacement),
        range,
        // A term the house forbids with words of its own asks for a rewrite a person judges:
        // its replacement is offered, not applied. A listed substitution is the house's decision.
        ...(change && !entry.value.message ? { fix: change } : {}),
        ...(change && entry.value.message ? { suggestions: [{ title: `Change to "${replacement}"`, fix: change }] } : {}),
        data: { term: entry.term },
      });
    }
  },
};

/** Prose: the release's own, and "About" sections (a programme's canonical text is left as the house wrote it). */
const CHECKED: ReadonlySet<Block['kind']> = new Set(['headline', 'subheadline', 'body', 'about-heading', 'boilerplate']);

/** The next word after one space starts with a capital: the term is the start of a longer name. */
const NAME_GOES_ON = /^[ \u00a0]\p{Lu}/u;

interface TermMatcher {
  /** One pattern for the terms written with a capital (matched as written), one for the rest (any case). */
  patterns: RegExp[];
  /** Normalised term (lower-cased when matched in any case) -> the house's entry. */
  byKey: Map<string, { term: string; value: Term }>;
  capitalised: Set<string>;
}

const MATCHER = new DerivedKey<TermMatcher | undefined>('term matcher');

/**
 * Every term in one pass: one alternation of all the terms (longest first, so that "Ivory
 * Coast" wins over "Ivory"), not one pattern per term. Spaces match any run of spaces or a line
 * break, apostrophes either form; a possessive or plural s may follow.
 */
function termMatcher(terms: HouseStyle['terms']): TermMatcher | undefined {
  return derivedFrom(terms).get(MATCHER, () => {
    const entries = Object.entries(terms).filter(([term]) => /[\p{L}\p{N}]/u.test(term));
    if (entries.length === 0) return undefined;
    const byKey = new Map<string, { term: string; value: Term }>();
    const capitalised = new Set<string>();
    const groups: [string[], string[]] = [[], []];
    for (const [term, value] of entries) {
      const withCapitals = /\p{Lu}/u.test(term);
      if (withCapitals) capitalised.add(term);
      byKey.set(phraseKey(term, !withCapitals), { term, value });
      groups[withCapitals ? 0 : 1].push(term);
    }
    const compile = (list: string[], flags: string) => {
      const alternatives = [...list].sort((a, b) => b.length - a.length).map(phrasePattern);
      return new RegExp(`(?<![\\p{L}\\p{N}_])(?<core>${alternatives.join('|')})(?<suffix>['’]s|s)?(?![\\p{L}\\p{N}_])`, flags);
    };
    const patterns = [];
    if (groups[0].length > 0) patterns.push(compile(groups[0], 'gu'));
    if (groups[1].length > 0) patterns.push(compile(groups[1], 'giu'));
    return { patterns, byKey, capitalised };
  });
}

/** True when the term found at `start` is part of its replacement written out around it. */
export function withinReplacement(text: string, start: number, found: string, replacement: string): boolean {
  const lowerReplacement = replacement.toLowerCase();
  const lowerFound = found.toLowerCase();
  for (let at = lowerReplacement.indexOf(lowerFound); at >= 0; at = lowerReplacement.indexOf(lowerFound, at + 1)) {
    if (text.slice(start - at, start - at + replacement.length).toLowerCase() === lowerReplacement) return true;
  }
  return false;
}

function messageOf(found: string, term: Term, replacement: string | undefined): string {
  if (term.message) return `"${found}": ${term.message}`;
  return `Write "${replacement}", not "${found}": the house's term.`;
}
