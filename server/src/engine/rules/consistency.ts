/** The `consistency` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Block } from '../parse/document';
import type { HouseStyle } from '../config/style';
import type { Rule } from '../rule';
import type { TextRange } from '../vocabulary';
import { derivedFrom, DerivedKey } from '../derived';
import { fencedCodeOf, notProseIn } from '../parse/not-prose';
import { insideQuotation } from '../text/quotations';
import { phrasePattern } from '../text/words';

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
    const fenced = fencedCodeOf(doc);
    /** Per group, each form's uses in the release's own prose, in order. */
    const uses = new Map<number, Map<string, TextRange[]>>();
    for (const block of doc.blocks) {
      if (!CHECKED.has(block.kind)) continue;
      if (fenced.some((code) => code.start < block.range.end && block.range.start < code.end)) continue;
      const text = doc.text.slice(block.range.start, block.range.end);
      const notProse = notProseIn(text);
      matcher.pattern.lastIndex = 0;
      for (let m = matcher.pattern.exec(text); m; m = matcher.pattern.exec(text)) {
        const form = matcher.forms.get(normalised(m[0]));
        if (!form) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (notProse.some((span) => span.start < end && start < span.end)) continue;
        // A quotation is written as said: it neither counts nor is reported.
        if (insideQuotation(doc.text, block.range.start, block.range.start + start)) continue;
        const byForm = uses.get(form.group) ?? new Map<string, TextRange[]>();
        uses.set(form.group, byForm);
        const ranges = byForm.get(form.spelling) ?? [];
        byForm.set(form.spelling, ranges);
        ranges.push({ start: block.range.start + start, end: block.range.start + end });
      }
    }
    for (const byForm of uses.values()) {
      if (byForm.size < 2) continue;
      // The form used most wins; on a tie, the one used first.
      const ranked = [...byForm].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start);
      const [winner, winnerUses] = ranked[0]!;
      for (const [spelling, ranges] of ranked.slice(1)) {
        for (const range of ranges) {
          const written = doc.text.slice(range.start, range.end);
          const replacement = withCaseOf(written, winner);
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
      for (const spelling of group) if (/[\p{L}\p{N}]/u.test(spelling)) forms.set(normalised(spelling), { group: i, spelling });
    });
    if (forms.size === 0) return undefined;
    const alternatives = [...forms.values()]
      .map((f) => f.spelling)
      .sort((a, b) => b.length - a.length)
      .map(phrasePattern);
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu'), forms };
  });
}

function normalised(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
}

/** The winner in the case the minority form was written in: "E-mail" at a sentence's start becomes "Email". */
function withCaseOf(written: string, winner: string): string {
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(winner)) return winner.charAt(0).toUpperCase() + winner.slice(1);
  return winner;
}
