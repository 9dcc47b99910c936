/** The `acronym-first-use` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Fix, Report, TextRange } from '../vocabulary';
import type { Rule } from '../rule';
import { mergeEdits, overlaps } from '../fix';
import { insideQuotation } from '../text/quotations';
import { analyseAcronyms, expandedForm, type AcronymDefinition, type AcronymEntry } from '../parse/acronyms';

export const acronymFirstUse: Rule = {
  meta: {
    id: 'acronym-first-use',
    description: "Expand an acronym at its first use: Full Name (ACR).",
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    const planned: Array<{ report: Report; inPlace: Fix; edits: Fix[]; risky: string | undefined }> = [];
    for (const entry of analyseAcronyms(doc, style).entries.values()) {
      // Headlines (when the house exempts them) and names inside other expansions do not count.
      const first = entry.uses.find((use) => !use.exempt && !use.inName);
      if (!first || first.block.kind === 'boilerplate') continue; // boilerplate is the programme's canonical text
      const definition = entry.definitions.find((d) => !d.exempt);
      if (definition && first.definition === definition) continue;
      const name = expansionName(entry, definition ?? entry.definitions[0]);
      if (!name) continue; // neither registered nor defined: acronym-unknown's finding
      const written = doc.text.slice(first.range.start, first.range.end);
      const expanded = capitaliseAtSentenceStart(expandedForm(name, first.acronym, first.plural), doc.text, first.block.range.start, first.range.start);
      // `the U.N. Then ...`: the acronym's last dot also ended the sentence; keep one after the bracket.
      const endsSentence = first.acronym.endsWith('.') && /^(?:\s+["“‘']?\p{Lu}|\s*$)/u.test(doc.text.slice(first.range.end, Math.min(first.range.end + 4, first.block.range.end)));
      const edits: Fix[] = [{ range: first.range, text: endsSentence ? `${expanded}.` : expanded }];
      // The later expansion goes, unless it belongs to the canonical boilerplate.
      if (definition?.drop && definition.block.kind !== 'boilerplate') edits.push(definition.drop);
      const where = definition ? laterPlace(doc.index.lineAt(first.range.start), doc.index.lineAt(definition.range.start)) : '';
      // The later expansion, reduced to the acronym, may stand in a quotation too.
      const dropInQuotation = edits.length > 1 && insideQuotation(doc.text, definition!.block.range.start, definition!.range.start);
      const risky = riskyExpansion(doc.text, first.block.range.start, first.range) ?? (dropInQuotation ? 'the later expansion is inside a quotation' : undefined);
      planned.push({ inPlace: edits[0]!, edits, risky, report: {
        message: definition
          ? `"${written}" is used before it is expanded (the expansion comes ${where}); expand it at its first use: "${expanded}".`
          : `"${written}" is used without being expanded; expand it at its first use: "${expanded}".`,
        range: first.range,
        related: definition ? [{ range: definition.range, message: `The later expansion of "${definition.acronym}".` }] : undefined,
        data: { acronym: first.acronym },
      } });
    }
    // Moving an expansion is one fix spanning the text between the first use and the later
    // expansion. When that span holds another acronym's edit, the two fixes would overlap
    // (found by the fuzzer, see test/fuzz/regressions.ts): expand in place instead, and
    // acronym-redundant then drops the later expansion, which ends in the same text.
    const edits = planned.flatMap((plan) => plan.edits.map((edit) => ({ plan, range: edit.range }))).sort((a, b) => a.range.start - b.range.start);
    const longest = edits.reduce((max, edit) => Math.max(max, edit.range.end - edit.range.start), 0);
    for (const plan of planned) {
      let fix = mergeEdits(doc.text, plan.edits);
      if (plan.edits.length > 1 && clashes(edits, longest, plan, fix.range)) fix = plan.inPlace;
      // Where expanding would change what someone said or nest brackets, it is offered, not applied.
      if (plan.risky) report({ ...plan.report, suggestions: [{ title: `Expand it here (${plan.risky})`, fix }] });
      else report({ ...plan.report, fix });
    }
  },
};

/** True when an edit of another plan overlaps `range` (edits sorted by start; binary search, then a short walk). */
function clashes<P>(edits: ReadonlyArray<{ plan: P; range: TextRange }>, longest: number, plan: P, range: TextRange): boolean {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edits[middle]!.range.start < range.start - longest) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < edits.length && edits[i]!.range.start <= range.end; i++) {
    if (edits[i]!.plan !== plan && overlaps(edits[i]!.range, range)) return true;
  }
  return false;
}

/** How far after the acronym an opening bracket makes the expansion nest brackets ("the UN Migration Agency (IOM)"). */
const NESTING_REACH = 40;
/** How far back an unclosed bracket is looked for: a long paragraph is not read again for every acronym. */
const BRACKET_REACH = 2000;

/**
 * Why expanding an acronym in place could damage the text, if it could: inside a quotation
 * (a quote is what someone said), before a possessive ("the IMF's"), inside brackets or just
 * before a bracket of the same phrase (the result nests brackets), joined by a hyphen
 * ("UNODC-WCO programme").
 */
function riskyExpansion(text: string, paragraphStart: number, use: TextRange): string | undefined {
  if (insideQuotation(text, paragraphStart, use.start)) return 'it is inside a quotation';
  const before = text.slice(paragraphStart, use.start);
  const after = text.slice(use.end, use.end + NESTING_REACH);
  if (/^['’]s\b/.test(after)) return 'a possessive follows';
  if (/[-‐–]$/.test(before) || /^[-‐–]\p{L}/u.test(after)) return 'it is joined to another word by a hyphen';
  // An opening bracket not closed before the use, anywhere in the paragraph's last BRACKET_REACH
  // characters (a stray "(" opening a paragraph too: the fuzzer's nested-brackets case).
  const recent = before.slice(-BRACKET_REACH);
  if (recent.lastIndexOf('(') > recent.lastIndexOf(')')) return 'it is inside brackets';
  // Only capitalised words between it and the bracket: one name ("the UN Migration Agency (IOM)");
  // "the IMO and the Kenya Ports Authority (KPA)" is two.
  if (/^(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}.'’-]*)*[ \t\u00a0]*\(/u.test(after)) return 'a bracket follows in the same name';
  return undefined;
}

/** The name to expand with: the registry's, unless the text gives the acronym another meaning. */
function expansionName(entry: AcronymEntry, definition: AcronymDefinition | undefined): string | undefined {
  if (definition && (definition.relation === 'local' || !entry.registryName)) return definition.name.replace(/\s+/g, ' ');
  return entry.registryName;
}

function laterPlace(useLine: number, definitionLine: number): string {
  return useLine === definitionLine ? 'later on the same line' : `later, on line ${definitionLine + 1}`;
}

/** "non-governmental organisations (NGOs)" opening a sentence (or following the dateline) takes a capital. */
function capitaliseAtSentenceStart(expanded: string, text: string, blockStart: number, at: number): string {
  let i = at - 1;
  while (i >= blockStart && /\s/.test(text[i]!)) i--;
  const opensSentence = i < blockStart || /[.!?]/.test(text[i]!) || (/[-–—]/.test(text[i]!) && i < at - 1);
  return opensSentence ? expanded.charAt(0).toUpperCase() + expanded.slice(1) : expanded;
}
