/**
 * The `boilerplate` rule. What it asks for is `meta.description` (the one copy: the docs page and
 * the registry test follow it).
 *
 * A programme is mentioned when one of its `mentions` appears in the headline or the body
 * (parse/programme-mentions.ts). Its boilerplate
 * is the "About" paragraph (or run of paragraphs) that shares most words with its canonical text
 * or an older version. Texts are compared word by word after folding white space, dashes and
 * quotes (text/words.ts), so a pasted no-break space or an en dash is not a difference.
 */
import type { Programme } from '../config/style';
import type { Block, DraftDocument } from '../parse/document';
import { lineEnding, proseOf } from '../parse/document';
import { mergeEdits } from '../fix';
import { mentionsChannel } from '../parse/contact/channels';
import { normaliseForComparison, wordSet } from '../text/words';
import { firstMentions, mentionsProgramme } from '../parse/programme-mentions';
import type { Fix, Report, TextRange } from '../vocabulary';
import type { Rule } from '../rule';
import { DerivedKey } from '../derived';
import { paragraphsOf, programmeWordSets, PROGRAMME_SIMILARITY, similarity } from '../parse/boilerplate-resemblance';

/** Differences named in one message; the rest are counted. */
const MAX_HUNKS = 3;
/** Above this many cells, the word diff gives up on alignment and reports one changed span. */
const MAX_DIFF_CELLS = 1_000_000;

interface Token extends TextRange {
  norm: string;
}

/** A programme's boilerplate as written in the draft: one or more consecutive paragraphs. */
interface Unit {
  blocks: Block[];
  range: TextRange;
}

export const boilerplate: Rule = {
  meta: {
    id: 'boilerplate',
    description: "Include each mentioned programme's canonical boilerplate, word for word, before the contact block.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    if (style.programmes.length === 0) return;
    const eol = lineEnding(doc);
    const units = assignUnits(doc, style.programmes);
    // Boilerplates after the contact block move above it one a pass, the first first: each move
    // spans all the text from the contact block to its paragraph, so two would overlap (fuzz).
    const contactStart = doc.contact?.range.start ?? Infinity;
    const firstMoved = Math.min(...[...units.values()].flat().map((unit) => unit.range.start).filter((start) => start > contactStart));
    const absent: Array<{ programme: Programme; mention: TextRange }> = [];
    const mentions = firstMentions(doc, style.programmes, (programme) => !units.has(programme));
    for (const programme of style.programmes) {
      const found = units.get(programme) ?? [];
      if (found.length === 0) {
        const mention = mentions.get(programme);
        // The canonical text standing in the draft word for word is there, recognised or not:
        // reporting it missing made the fix insert it again on every pass (found by the fuzzer).
        if (mention && !collapsedDraft(doc).includes(collapsed(programme.boilerplate))) absent.push({ programme, mention });
        continue;
      }
      for (const unit of found) checkUnit(doc, programme, unit, eol, report, unit.range.start === firstMoved);
    }
    const all = absent.map((a) => a.programme);
    for (const { programme, mention } of absent) report(missing(doc, programme, mention, eol, all));
  },
};

/** Which boilerplate paragraphs belong to which programme (the most similar one). */
function assignUnits(doc: DraftDocument, programmes: readonly Programme[]): Map<Programme, Unit[]> {
  const texts = programmes.map(programmeWordSets);
  const units = new Map<Programme, Unit[]>();
  let previous: { programme: Programme; unit: Unit; index: number } | undefined;
  const position = new Map(doc.blocks.map((block, i) => [block, i]));
  doc.boilerplate.forEach((block) => {
    const words = wordSet(proseOf(block));
    let best: Programme | undefined;
    let bestScore = PROGRAMME_SIMILARITY;
    programmes.forEach((programme, i) => {
      for (const canonical of texts[i]!) {
        const score = similarity(words, canonical);
        if (score >= bestScore) {
          best = programme;
          bestScore = score;
        }
      }
    });
    const index = position.get(block)!;
    // Under "About GLO.ACT", the paragraph is GLO.ACT's however much it was rewritten.
    const heading = doc.blocks[index - 1];
    if (heading?.kind === 'about-heading') best = programmes.find((p) => mentionsProgramme(heading.text, p)) ?? best;
    if (!best) return;
    const canonicalParagraphs = paragraphsOf(best.boilerplate).length;
    // A multi-paragraph boilerplate: the next paragraph of the same programme joins the unit.
    if (previous && previous.programme === best && previous.index === index - 1 && previous.unit.blocks.length < canonicalParagraphs) {
      previous.unit.blocks.push(block);
      previous.unit.range.end = block.range.end;
      previous.index = index;
      return;
    }
    const unit: Unit = { blocks: [block], range: { ...block.range } };
    units.set(best, [...(units.get(best) ?? []), unit]);
    previous = { programme: best, unit, index };
  });
  return units;
}

function checkUnit(doc: DraftDocument, programme: Programme, unit: Unit, eol: string, reportFound: (r: Report) => void, movesFirst: boolean): void {
  const canonical = canonicalText(programme.boilerplate, eol);
  const house = canonicalTokens(programme.boilerplate);
  // A paragraph that also holds a line of other text (a contact line run into it) or someone's
  // e-mail address or phone number would lose them to the canonical text: replacing the whole
  // paragraph is offered, not applied. (Asked only when there is such a fix to give.)
  let held: boolean | undefined;
  const holdsOtherText = (): boolean => (held ??= paragraphHoldsOtherText());
  const paragraphHoldsOtherText = (): boolean => {
    const unitText = doc.text.slice(unit.range.start, unit.range.end);
    if (mentionsChannel(unitText) && !mentionsChannel(programme.boilerplate)) return true;
    // A line is foreign when most of its words are not the canonical text's; a paragraph that is
    // all foreign is a rewritten boilerplate, which the canonical text replaces.
    const canonicalWords = new Set(house.map((t) => t.norm));
    const foreign = unitText.split(/\r\n|\r|\n/).map((line) => {
      const lineWords = tokens(line).map((t) => t.norm);
      return lineWords.length >= 2 && lineWords.filter((word) => !canonicalWords.has(word)).length * 2 > lineWords.length;
    });
    if (foreign.some((f) => f) && foreign.some((f) => !f)) return true;
    // Words run on before or after the canonical text in one line (a contact line with its
    // address cut, "Press office: Lena Meier, lena.meier@The Global Action ...") are not its own.
    return hunksOf().some((h) => h.aEnd - h.aStart - (h.bEnd - h.bStart) >= 2 && (h.aStart === 0 || h.aEnd === written.length));
  };
  const replacesParagraph = (fix: Fix) => fix.range.start <= unit.range.start && fix.range.end >= unit.range.end;
  const contact = doc.contact;
  const afterContact = !!contact && unit.range.start > contact.range.start;
  // Another boilerplate after the contact block moves first (their moves would overlap).
  const waitsItsTurn = afterContact && !movesFirst;
  const report = (found: Report): void =>
    reportFound(
      found.fix && (waitsItsTurn || (replacesParagraph(found.fix) && holdsOtherText()))
        ? { ...found, fix: undefined, suggestions: [{ title: waitsItsTurn ? 'Move it above the contact block' : 'Use the canonical text', fix: found.fix }] }
        : found,
    );
  const replace: Fix = { range: unit.range, text: canonical };
  // A control comment inside the paragraph is not part of the boilerplate's wording.
  const comments = unit.blocks.flatMap((block) => block.comments ?? []);
  const written = tokens(doc.text, unit.range.start, unit.range.end).filter((t) => !comments.some((c) => c.start <= t.start && t.start < c.end));
  const same = (other: Token[]) => other.length === written.length && other.every((t, i) => t.norm === written[i]!.norm);
  // The word diff, computed once: holdsOtherText and the finding's message both read it.
  let hunksMemo: Hunk[] | undefined;
  const hunksOf = (): Hunk[] => (hunksMemo ??= diff(written, house));

  // A boilerplate after the contact block is moved as the canonical text: that one fix also
  // serves the findings below, which would otherwise carry a second fix overlapping it (fuzz).
  let fix = replace;
  if (afterContact) {
    fix = move(doc, unit, contact!.range.start, canonical, eol);
    report({
      message: `The ${programme.name} boilerplate comes after the contact block: move it above the contact block.`,
      range: { start: unit.range.start, end: lineEnd(doc, unit.range.start) },
      fix,
      data: { programme: programme.name },
    });
  }
  if (same(house)) return;
  if (programme.previous.some((text) => same(canonicalTokens(text)))) {
    report({
      message: `The ${programme.name} boilerplate is an outdated version: replace it with the current canonical text.`,
      range: { start: unit.range.start, end: lineEnd(doc, unit.range.start) },
      fix,
      data: { programme: programme.name },
    });
    return;
  }
  const hunks = hunksOf();
  const described = hunks.slice(0, MAX_HUNKS).map((hunk) => describeHunk(doc.text, programme.boilerplate, written, house, hunk));
  const more = hunks.length - MAX_HUNKS;
  const first = hunks[0]!;
  const at = written[first.aStart] ?? written[first.aStart - 1] ?? written[0];
  const lastToken = written[Math.max(first.aStart, first.aEnd - 1)] ?? at;
  const range = at && lastToken ? { start: at.start, end: Math.max(at.end, lastToken.end) } : unit.range;
  // Listing the differences of a paragraph rewritten throughout would only be noise.
  const changed = hunks.reduce((sum, h) => sum + Math.max(h.aEnd - h.aStart, h.bEnd - h.bStart), 0);
  const rewritten = changed > house.length / 2;
  if (rewritten) {
    report({
      message: `The ${programme.name} boilerplate differs from the canonical text in most of its words: use the canonical text.`,
      range: { start: unit.range.start, end: lineEnd(doc, unit.range.start) },
      fix,
      data: { programme: programme.name },
    });
    return;
  }
  // A few words differ: the fix writes the house's words in their place and keeps everything
  // else as typed (the line breaks of a wrapped paragraph, a comment), and the finding spans
  // every word it changes.
  const wordFix = fix === replace ? canonicalWordsFix(doc, written, house, programme.boilerplate, hunks, comments) : undefined;
  report({
    message:
      `The ${programme.name} boilerplate differs from the canonical text: ${described.join('; ')}` +
      (more > 0 ? `; and ${more} more difference${more > 1 ? 's' : ''}.` : '.'),
    range: wordFix ? { start: Math.min(range.start, wordFix.range.start), end: Math.max(range.end, wordFix.range.end) } : range,
    fix: wordFix ?? fix,
    data: { programme: programme.name },
  });
}

/**
 * One fix writing the canonical words in place of the draft's differing ones, hunk by hunk,
 * or undefined when a control comment lies inside a change (the whole paragraph is replaced).
 */
function canonicalWordsFix(doc: DraftDocument, written: Token[], house: Token[], boilerplate: string, hunks: Hunk[], comments: readonly TextRange[]): Fix | undefined {
  const edits: Fix[] = hunks.map((hunk) => {
    const words = house.slice(hunk.bStart, hunk.bEnd).map((t) => boilerplate.slice(t.start, t.end)).join(' ');
    const before = written[hunk.aStart - 1];
    if (hunk.aStart === hunk.aEnd) {
      // Missing words: after the word before them, or before the paragraph's first word.
      return before ? { range: { start: before.end, end: before.end }, text: ` ${words}` } : { range: { start: written[0]!.start, end: written[0]!.start }, text: `${words} ` };
    }
    const from = written[hunk.aStart]!.start;
    const to = written[hunk.aEnd - 1]!.end;
    if (hunk.bStart !== hunk.bEnd) return { range: { start: from, end: to }, text: words };
    // Extra words go with the space before them (or after them, at the paragraph's start).
    return before ? { range: { start: before.end, end: to }, text: '' } : { range: { start: from, end: written[hunk.aEnd]?.start ?? to }, text: '' };
  });
  if (edits.some((edit) => comments.some((c) => c.start < edit.range.end && edit.range.start < c.end))) return undefined;
  return mergeEdits(doc.text, edits);
}

/**
 * Missing boilerplates all go in at one place, and two fixes of one rule inserting at one point
 * would overlap (their order depending on which went first: found by the fuzzer). So the first
 * such finding's fix inserts every missing one, in the house style's order, and each of the
 * others offers its own paragraph as a suggestion. (Each finding carrying the fix of them all
 * made the output quadratic in their number: 4,000 programmes gave 413 MB of JSON.)
 */
function missing(doc: DraftDocument, programme: Programme, mention: TextRange, eol: string, all: readonly Programme[]): Report {
  const insertion = (programmes: readonly Programme[]): Fix => {
    const canonical = programmes.map((p) => canonicalText(p.boilerplate, eol)).join(eol + eol);
    if (doc.contact) return { range: { start: doc.contact.range.start, end: doc.contact.range.start }, text: canonical + eol + eol };
    const last = [...doc.blocks].reverse().find((block) => block.kind !== 'end-mark');
    const at = last ? last.range.end : doc.text.length;
    return { range: { start: at, end: at }, text: (last ? eol + eol : '') + canonical };
  };
  const first = all[0] === programme;
  return {
    message: `The release mentions ${programme.name} but lacks its boilerplate: add the canonical "About" paragraph.`,
    range: mention,
    ...(first ? { fix: insertion(all) } : { suggestions: [{ title: `Insert the ${programme.name} boilerplate`, fix: insertion([programme]) }] }),
    data: { programme: programme.name },
  };
}

/** One fix that takes the boilerplate (and its "About" heading) from after the contact block to before it. */
function move(doc: DraftDocument, unit: Unit, contactStart: number, canonical: string, eol: string): Fix {
  let first = doc.blocks.indexOf(unit.blocks[0]!);
  let moved = canonical;
  const heading = doc.blocks[first - 1];
  if (heading && heading.range.start > contactStart && heading.lines.length === 1 && /^(?:#{1,6}\s*)?about\b/i.test(heading.text)) {
    moved = heading.text + eol + eol + canonical;
    first--;
  }
  const before = doc.blocks[first - 1];
  const deleteFrom = before ? before.range.end : doc.blocks[first]!.range.start;
  return mergeEdits(doc.text, [
    { range: { start: contactStart, end: contactStart }, text: moved + eol + eol },
    { range: { start: deleteFrom, end: unit.range.end }, text: '' },
  ]);
}

/** Words as the comparison sees them, with their offsets in `text`. */
function tokens(text: string, start = 0, end = text.length): Token[] {
  const result: Token[] = [];
  const pattern = /[^\s\u200b]+/g;
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    const stop = Math.min(m.index + m[0].length, end);
    const word = text.slice(m.index, stop);
    // Plain ASCII has nothing to fold: skip the normalisation, the hot path of a long draft.
    result.push({ start: m.index, end: stop, norm: /^[\x21-\x7e]*$/.test(word) ? word : normaliseForComparison(word) });
  }
  return result;
}

const canonicalCache = new Map<string, Token[]>();

/** The tokens of a house text; house texts are few and compared with every draft. */
function canonicalTokens(text: string): Token[] {
  let cached = canonicalCache.get(text);
  if (!cached) {
    if (canonicalCache.size > 100) canonicalCache.clear();
    cached = tokens(text);
    canonicalCache.set(text, cached);
  }
  return cached;
}

interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Word-level differences: common ends trimmed, then a longest common subsequence on the middle. */
function diff(a: Token[], b: Token[]): Hunk[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix]!.norm === b[prefix]!.norm) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix]!.norm === b[b.length - 1 - suffix]!.norm) suffix++;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if ((n + 1) * (m + 1) > MAX_DIFF_CELLS || n === 0 || m === 0) {
    return [{ aStart: prefix, aEnd: prefix + n, bStart: prefix, bEnd: prefix + m }];
  }
  // Words as numbers, so the table compares integers, not strings.
  const ids = new Map<string, number>();
  const id = (token: Token) => {
    let value = ids.get(token.norm);
    if (value === undefined) ids.set(token.norm, (value = ids.size));
    return value;
  };
  const aIds = Int32Array.from({ length: n }, (_, i) => id(a[prefix + i]!));
  const bIds = Int32Array.from({ length: m }, (_, j) => id(b[prefix + j]!));
  // lcs[i * (m + 1) + j]: length of the LCS of a[i..] and b[j..] (middles only).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const ai = aIds[i]!;
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        ai === bIds[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  let i = 0;
  let j = 0;
  const close = () => {
    if (open) hunks.push(open);
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[prefix + i]!.norm === b[prefix + j]!.norm) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { aStart: prefix + i, aEnd: prefix + i, bStart: prefix + j, bEnd: prefix + j };
    if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      j++;
      open.bEnd = prefix + j;
    } else {
      i++;
      open.aEnd = prefix + i;
    }
  }
  close();
  return hunks;
}

function describeHunk(text: string, canonical: string, a: Token[], b: Token[], hunk: Hunk): string {
  const quote = (source: string, list: Token[], from: number, to: number) => {
    const words = list.slice(from, to).map((t) => source.slice(t.start, t.end).replace(/\s+/g, ' '));
    const joined = words.join(' ');
    return `"${joined.length > 60 ? `${joined.slice(0, 59)}…` : joined}"`;
  };
  const written = quote(text, a, hunk.aStart, hunk.aEnd);
  const house = quote(canonical, b, hunk.bStart, hunk.bEnd);
  if (hunk.aStart === hunk.aEnd) return `missing ${house}`;
  if (hunk.bStart === hunk.bEnd) return `extra ${written}`;
  return `${written} where the house has ${house}`;
}

/** The text with every run of white space made one space, for a word-for-word comparison. */
function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const COLLAPSED_DRAFT = new DerivedKey<string>('the draft with its white space collapsed');

/** The draft's text collapsed, once per document. */
function collapsedDraft(doc: DraftDocument): string {
  return doc.derived.get(COLLAPSED_DRAFT, () => collapsed(doc.text));
}

/** The canonical text as the draft should carry it: its paragraphs, in the draft's line endings. */
function canonicalText(text: string, eol: string): string {
  return paragraphsOf(text)
    .map((paragraph) => paragraph.split(/\r\n|\r|\n/).map((line) => line.trim()).join(eol))
    .join(eol + eol);
}

function lineEnd(doc: DraftDocument, offset: number): number {
  return doc.lines[doc.index.lineAt(offset)]!.end;
}
