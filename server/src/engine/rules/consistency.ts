/** The `consistency` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Block } from '../parse/document';
import type { HouseStyle } from '../config/style';
import type { Rule } from '../rule';
import type { TextRange } from '../vocabulary';
import { derivedFrom, DerivedKey } from '../derived';
import { proseMatches } from '../parse/not-prose';
import { analyseAcronyms } from '../parse/acronyms/index';
import { phraseKey, phrasePattern, withInitialCaseOf } from '../text/words';

export const consistency: Rule = {
  meta: {
    id: 'consistency',
    description: 'Spell a word one way in one release: email or e-mail, Kyiv or Kiev, not both.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ doc, style, report }) {
    const matcher = variantMatcher(style.variants);
    if (!matcher) return;
    // An organisation's name before its acronym is spelt as the organisation spells it
    // ("Co-operation" in OSCE's): acronym-expansion answers for it, and a fix here undid its fix.
    // (Read only for a release that uses a group's forms at all.)
    let names: TextRange[] | undefined;
    const inName = (start: number, end: number) =>
      (names ??= analyseAcronyms(doc, style).definitions.map((d) => d.nameRange)).some((name) => name.start <= start && end <= name.end);
    /** Per group, each form's uses in the release's own prose, in order. */
    const uses = new Map<number, Map<string, TextRange[]>>();
    for (const { match, start, end } of proseMatches(doc, CHECKED, [matcher.pattern])) {
      if (inName(start, end)) continue;
      const form = matcher.forms.get(phraseKey(match[0], true));
      if (!form) continue;
      const byForm = uses.get(form.group) ?? new Map<string, TextRange[]>();
      uses.set(form.group, byForm);
      const ranges = byForm.get(form.spelling) ?? [];
      byForm.set(form.spelling, ranges);
      ranges.push({ start, end });
    }
    for (const byForm of uses.values()) {
      if (byForm.size < 2) continue;
      // The form used most wins; on a tie, the one used first.
      const ranked = [...byForm].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
      const [winner, winnerUses] = ranked[0]!;
      for (const [spelling, ranges] of ranked.slice(1)) {
        for (const range of ranges) {
          const written = doc.text.slice(range.start, range.end);
          const replacement = withInitialCaseOf(written, winner);
          report({
            message: `This release writes "${winner}" ${times(winnerUses.length)} and "${spelling}" ${times(ranges.length)}: write "${winner}" throughout.`,
            range,
            fix: { range, text: replacement },
            data: { form: winner },
          });
        }
      }
    }
  },
};

/** The release's own prose: the boilerplate and contact block are the house's and the contacts'. */
const CHECKED: ReadonlySet<Block['kind']> = new Set(['headline', 'subheadline', 'body']);

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

interface VariantMatcher {
  pattern: RegExp;
  /** A form, normalised -> its group and its spelling as the style lists it. */
  forms: Map<string, { group: number; spelling: string }>;
}

const MATCHER = new DerivedKey<VariantMatcher | undefined>('variant matcher');

/** Every form of every group in one alternation (longest first), matched as whole words in any case. */
function variantMatcher(variants: HouseStyle['variants']): VariantMatcher | undefined {
  return derivedFrom(variants).get(MATCHER, () => {
    const forms = new Map<string, { group: number; spelling: string }>();
    variants.forEach((group, i) => {
      if (group.length < 2) return;
      for (const spelling of group) if (/[\p{L}\p{N}]/u.test(spelling)) forms.set(phraseKey(spelling, true), { group: i, spelling });
    });
    if (forms.size === 0) return undefined;
    const alternatives = [...forms.values()]
      .map((f) => f.spelling)
      .sort((a, b) => b.length - a.length)
      .map(phrasePattern);
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu'), forms };
  });
}
