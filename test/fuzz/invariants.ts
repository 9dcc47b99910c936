/**
 * What must hold for every draft, whatever its text: the engine's promises that the fuzzer
 * checks. Each check throws an Error naming the broken promise and the rule involved.
 */
import { lint, type LintResult } from '../../server/src/engine/lint';
import { applyFixes, fixUntilStable, overlaps } from '../../server/src/engine/fix';
import { phrasePattern } from '../../server/src/engine/text/words';
import { MONTH_PATTERN } from '../../server/src/engine/text/dates';
import { withinReplacement } from '../../server/src/engine/rules/terminology';
import type { Finding, Fix, TextRange } from '../../server/src/engine/index';
import type { HouseStyle } from '../../server/src/engine/config/style';
import { parseDraft, type DraftFormat } from '../../server/src/engine/parse/document';
import { contactInfo } from '../../server/src/engine/parse/contact';

/** Every lint of the fuzzer runs as of this day, so a seed gives the same findings next year. */
export const FUZZ_NOW = new Date('2026-06-01T12:00:00Z');

export interface LintCall {
  style: HouseStyle;
  format?: DraftFormat;
}

function lintOnce(text: string, call: LintCall): LintResult {
  return lint(text, call.style, { now: FUZZ_NOW, format: call.format });
}

function fail(message: string): never {
  throw new Error(message);
}

function describeFinding(f: Finding): string {
  return `${f.ruleId} [${f.range.start}, ${f.range.end}) "${f.message}"`;
}

function checkRange(range: TextRange, length: number, what: string): void {
  const ok = Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= length;
  if (!ok) fail(`${what}: range [${range.start}, ${range.end}) is not inside the text (length ${length}).`);
}

/** True when `offset` falls between the two halves of a surrogate pair (a fix there would break a character). */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The preferred fixes of a lint, as `--fix` and fix-all apply them. */
export function fixesOf(result: LintResult): Fix[] {
  return result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
}

/** A fix that would change the text (not one that rewrites a span to itself). */
function changes(text: string, fix: Fix): boolean {
  return text.slice(fix.range.start, fix.range.end) !== fix.text;
}

/**
 * One lint run's promises: no throw, no rule failure, every range inside the text, no fix
 * cutting a surrogate pair, and no two fixes overlapping.
 */
export function checkLint(text: string, call: LintCall): LintResult {
  let result: LintResult;
  try {
    result = lintOnce(text, call);
  } catch (error) {
    fail(`lint() threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return checkResult(text, result);
}

/** The promises of one lint result (of lint() or lintWithSpelling()) on `text`. */
export function checkResult(text: string, result: LintResult): LintResult {
  if (result.failures.length > 0) {
    const [first] = result.failures;
    const error = first!.error;
    fail(`rule ${first!.ruleId} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  for (const f of result.findings) {
    checkRange(f.range, text.length, describeFinding(f));
    if (typeof f.message !== 'string' || f.message.length === 0) fail(`${describeFinding(f)}: empty message.`);
    for (const r of f.related ?? []) checkRange(r.range, text.length, `${describeFinding(f)} related`);
    for (const s of f.suggestions ?? []) checkRange(s.fix.range, text.length, `${describeFinding(f)} suggestion`);
    if (f.fix) {
      checkRange(f.fix.range, text.length, `${describeFinding(f)} fix`);
      checkLineBreaks(text, f);
      if (typeof f.fix.text !== 'string') fail(`${describeFinding(f)}: fix text is not a string.`);
      if (splitsPair(text, f.fix.range.start) || splitsPair(text, f.fix.range.end)) {
        fail(`${describeFinding(f)}: fix [${f.fix.range.start}, ${f.fix.range.end}) cuts a surrogate pair in two.`);
      }
    }
  }
  // One rule never reports two fixes that clash: the second would be held back a pass and
  // might no longer make sense. Fixes of different rules may overlap (a fix that moves an
  // expansion spans the text between): applyFixes applies one and the next pass the other.
  const fixing = result.findings.filter((f) => f.fix && changes(text, f.fix));
  const byStart = [...fixing].sort((a, b) => a.fix!.range.start - b.fix!.range.start || a.fix!.range.end - b.fix!.range.end);
  for (let i = 0; i < byStart.length; i++) {
    // Sorted by start, a fix can only overlap later ones that start before it ends.
    for (let j = i + 1; j < byStart.length && byStart[j]!.fix!.range.start <= byStart[i]!.fix!.range.end; j++) {
      const a = byStart[i]!;
      const b = byStart[j]!;
      // The very same edit carried by two findings is one edit (every missing boilerplate inserted at once).
      const same = a.fix!.range.start === b.fix!.range.start && a.fix!.range.end === b.fix!.range.end && a.fix!.text === b.fix!.text;
      if (a.ruleId === b.ruleId && !same && overlaps(a.fix!.range, b.fix!.range)) {
        fail(`two fixes of ${a.ruleId} overlap: ${describeFinding(a)} fix [${a.fix!.range.start}, ${a.fix!.range.end}) ${JSON.stringify(a.fix!.text)} and ${describeFinding(b)} fix [${b.fix!.range.start}, ${b.fix!.range.end}) ${JSON.stringify(b.fix!.text)}.`);
      }
    }
  }
  return result;
}

/** The lines of a text, split at CRLF, CR or LF. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** How many lines of a text hold something other than white space. */
function contentLines(text: string): number {
  return linesOf(text).filter((line) => /\S/.test(line)).length;
}

/**
 * A fix neither joins two lines nor splits one (the headline run into the dateline, a date
 * line fused into a heading), unless its rule says so. Within the lines the fix touches, every
 * kept character of one line stays on one line, no line ends up holding kept characters of two,
 * and what it removes from several lines is not rewritten on fewer. Lines added or removed
 * whole (a missing boilerplate, an end mark) are fine.
 */
function checkLineBreaks(text: string, f: Finding): void {
  const fix = f.fix!;
  const { start, end } = fix.range;
  const removed = text.slice(start, end);
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const lineEnd = [text.indexOf('\n', end), text.indexOf('\r', end), text.length].filter((at) => at >= 0).reduce((a, b) => Math.min(a, b));
  if (!/[\r\n]/.test(removed) && !/[\r\n]/.test(fix.text)) return; // within one line
  // Each character of the touched lines after the fix, with the original line it came from
  // (-1 for the fix's own text).
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  const origin: Array<[string, number]> = [];
  let line = 0;
  const keep = (part: string, fromOriginal: boolean) => {
    for (let i = 0; i < part.length; i++) {
      const char = part[i]!;
      if (char === '\n' || (char === '\r' && part[i + 1] !== '\n')) {
        if (fromOriginal) line++;
        origin.push(['\n', -1]);
      } else if (char !== '\r') origin.push([char, fromOriginal ? line : -1]);
    }
  };
  keep(before, true);
  line += linesOf(removed).length - 1; // the removed lines
  keep(fix.text, false);
  keep(after, true);
  const linesOfOriginal = new Map<number, Set<number>>();
  const originalsOfLine: Array<Set<number>> = [new Set()];
  for (const [char, from] of origin) {
    if (char === '\n') {
      originalsOfLine.push(new Set());
      continue;
    }
    if (from < 0 || /\s/.test(char)) continue;
    originalsOfLine[originalsOfLine.length - 1]!.add(from);
    linesOfOriginal.set(from, (linesOfOriginal.get(from) ?? new Set()).add(originalsOfLine.length - 1));
  }
  const joins = originalsOfLine.some((set) => set.size > 1) || (contentLines(removed) > 1 && /\S/.test(fix.text) && contentLines(fix.text) < contentLines(removed));
  const splits = [...linesOfOriginal.values()].some((set) => set.size > 1);
  if (joins || splits) {
    fail(`${describeFinding(f)}: its fix ${JSON.stringify(removed.slice(0, 200))} -> ${JSON.stringify(fix.text.slice(0, 200))} ${joins ? 'joins' : 'splits'} lines.`);
  }
}

/** Applying fixes changes the text inside the applied ranges only: everything between is byte-identical. */
export function checkApply(text: string, fixes: readonly Fix[]): string {
  const outcome = applyFixes(text, fixes);
  let cursor = 0; // in the original
  let at = 0; // in the result
  for (const fix of outcome.applied) {
    const kept = text.slice(cursor, fix.range.start);
    if (outcome.text.slice(at, at + kept.length) !== kept) fail(`applyFixes changed text outside [${fix.range.start}, ${fix.range.end}).`);
    at += kept.length;
    if (outcome.text.slice(at, at + fix.text.length) !== fix.text) fail(`applyFixes did not write the fix for [${fix.range.start}, ${fix.range.end}) as given.`);
    at += fix.text.length;
    cursor = fix.range.end;
  }
  if (outcome.text.slice(at) !== text.slice(cursor)) fail('applyFixes changed the text after the last fix.');
  // What one pass applies never overlaps; what it holds back clashes with something applied.
  for (let i = 1; i < outcome.applied.length; i++) {
    if (overlaps(outcome.applied[i - 1]!.range, outcome.applied[i]!.range)) fail('applyFixes applied two overlapping fixes in one pass.');
  }
  for (const held of outcome.skipped) {
    if (!outcome.applied.some((fix) => overlaps(fix.range, held.range))) fail(`applyFixes held back a fix at [${held.range.start}, ${held.range.end}) that overlaps nothing applied.`);
  }
  return outcome.text;
}

/**
 * Every promise for one draft: the lint itself, applying one pass, and fixing until stable
 * being idempotent (linting the fixed text finds nothing left to fix, and fixing it again
 * changes nothing).
 */
export async function checkDraft(text: string, call: LintCall): Promise<void> {
  const first = checkLint(text, call);
  checkApply(text, fixesOf(first));
  const fixed = await fixUntilStable(text, (current) => fixesOf(checkLint(current, call)));
  const after = checkLint(fixed.text, call);
  const left = after.findings.filter((f) => f.fix && changes(fixed.text, f.fix));
  if (left.length > 0) {
    fail(`after ${fixed.passes} fix passes a fixable finding is left: ${left.map(describeFinding).join('; ')}\nfixed text: ${JSON.stringify(fixed.text.slice(0, 2000))}`);
  }
  const again = await fixUntilStable(fixed.text, (current) => fixesOf(lintOnce(current, call)));
  if (again.text !== fixed.text) fail('fixing the fixed text again changed it.');
  checkSafeFixes(text, fixed.text, call.format, call.style);
}

/** Placeholders a template holds: a fix never writes them (they are suggestions, filled in by a person). */
const PLACEHOLDERS = ['[Organisation]', '[Name]', '[email address]', '[phone number]', 'City, Country'];
/** A bracket opened inside another: `Agency (International Organization for Migration (IOM))`. */
const NESTED_BRACKETS = /\([^()\r\n]*\(/g;

/** A quotation between curly or straight double quotes, within one paragraph. */
const QUOTATION = /“[^“”\n]{1,2000}”|"[^"\n]{1,2000}"/g;

/** Runs of white space (no-break spaces too) as one space; zero-width characters, which the spacing rule may remove, as nothing. */
function spaced(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u202f\u2007]+/g, ' ');
}

/** Letters and digits only, lower-cased: what a quotation says, whatever its spacing. */
function wordsOf(text: string): string {
  // (Zero-width characters are nothing: the spacing rule may remove them.)
  return text.toLowerCase().replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * What --fix may never do to a release (issue: --fix never damages a release): write a
 * placeholder, nest brackets, lose a contact's name, e-mail address or phone number, or change
 * a word of a quotation.
 */
export function checkSafeFixes(original: string, fixed: string, format?: DraftFormat, style?: HouseStyle): void {
  for (const placeholder of PLACEHOLDERS) {
    if (count(fixed, placeholder) > count(original, placeholder)) fail(`--fix wrote the placeholder "${placeholder}".`);
  }
  if ((fixed.match(NESTED_BRACKETS) ?? []).length > (original.match(NESTED_BRACKETS) ?? []).length) {
    fail(`--fix nested brackets: ${JSON.stringify(fixed.slice(0, 2000))}`);
  }
  if (original === fixed) return;
  const parsed = parseDraft(original, { format });
  if (parsed.headline) {
    // The whole lines that hold the headline (a front matter's "title:" line, a "**...**" line).
    const { lines, index } = parsed;
    const first = lines[index.lineAt(parsed.headline.range.start)]!;
    const last = lines[index.lineAt(parsed.headline.range.end)]!;
    checkHeadlineKept(parsed.text.slice(first.start, last.end), fixed, houseWording(style));
  }
  const info = contactInfo(parsed);
  const fixedDigits = fixed.replace(/\D+/g, '');
  const fixedSpaced = spaced(fixed);
  for (const entry of info?.entries ?? []) {
    for (const part of [entry.name, ...entry.emails]) {
      // (Spaces aside: the spacing rule may turn a no-break space in a name into a space.)
      if (part && !fixedSpaced.includes(spaced(part.text))) fail(`--fix lost "${part.text}" from the contact block.`);
    }
    for (const phone of entry.phones) {
      const digits = phone.text.replace(/\D+/g, '');
      if (digits && !fixedDigits.includes(digits)) fail(`--fix lost the phone number "${phone.text}" from the contact block.`);
    }
  }
  const fixedWords = wordsOf(fixed);
  for (const match of original.matchAll(QUOTATION)) {
    const said = wordsOf(match[0]);
    if (said && !fixedWords.includes(said)) fail(`--fix changed the quotation ${JSON.stringify(match[0].slice(0, 200))}.`);
  }
}

/**
 * A text in the house's wording, the same on both sides of a fix: each term the house replaces
 * written as its replacement, each form of a variant group as the group's first.
 */
function houseWording(style: HouseStyle | undefined): (text: string) => string {
  const swaps: Array<(text: string) => string> = [];
  for (const [term, value] of Object.entries(style?.terms ?? {})) {
    const replacement = value.replacement;
    if (!replacement) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${phrasePattern(term)}(?![\\p{L}\\p{N}_])`, /\p{Lu}/u.test(term) ? 'gu' : 'giu');
    // As the rule does: the term inside its replacement written out ("Republic of Moldova") stays.
    swaps.push((text) => text.replace(pattern, (found: string, at: number) => (withinReplacement(text, at, found, replacement) ? found : replacement)));
  }
  for (const group of style?.variants ?? []) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${group.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
    swaps.push((text) => text.replace(pattern, group[0]!));
  }
  return (text) => swaps.reduce((current, swap) => swap(current), text);
}

/**
 * The headline's lines are still lines of their own with the same words: no line run into it, no word
 * added or lost. A word may change only as the house dialect's spelling (organized ->
 * organised: the same first four letters) or as the house's terms and variants say, and a date
 * may be written in the house's date form (date-style: "June 10-13" -> "10–13 June"), so the
 * words are compared without the dates' month names and numbers.
 */
function checkHeadlineKept(headline: string, fixed: string, houseWords: (text: string) => string): void {
  // (Zero-width characters first: the spacing rule may remove them, joining what they parted.)
  const wording = (text: string) => houseWords(text).replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(DATE_WORDS, ' ');
  const fixedLines = fixed.split(/\r\n|\r|\n/).map((line) => wordsOf(wording(line)).split(' '));
  const sameWord = (a: string, b: string) => a === b || (a.length > 4 && a.slice(0, 4) === b.slice(0, 4));
  for (const line of headline.split(/\r\n|\r|\n/)) {
    const words = wordsOf(wording(line)).split(' ');
    if (words.join('') === '') continue;
    const kept = fixedLines.some((lineWords) => lineWords.length === words.length && lineWords.every((word, i) => sameWord(word, words[i]!)));
    if (!kept) fail(`--fix changed the headline line ${JSON.stringify(line.slice(0, 200))}: ${JSON.stringify(fixed.slice(0, 600))}`);
  }
}

/** What date-style rewrites in a date: month names (full and short) and numbers. */
const DATE_WORDS = new RegExp(`(?<![\\p{L}])(?:${MONTH_PATTERN})\\.?|\\d+(?:st|nd|rd|th)?`, 'giu');

function count(text: string, part: string): number {
  let found = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) found++;
  return found;
}
