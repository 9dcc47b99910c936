/** The `date-style` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Block } from '../parse/document';
import type { HouseStyle } from '../config/style';
import type { TextRange } from '../vocabulary';
import type { Rule, RuleContext } from '../rule';
import { parseDateline } from '../parse/dateline';
import { MONTH_NAMES, MONTH_PATTERN, monthOf } from '../text/dates';
import { MAY_HOLD_ADDRESS } from '../text/addresses';
import { fencedCodeOf, notProseIn } from '../parse/not-prose';
import { mentionsChannel } from '../parse/contact/channels';

export const dateStyle: Rule = {
  meta: {
    id: 'date-style',
    description: "Write dates in the body as the dateline does (10–13 June), and ranges with the house's dash.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(context) {
    const { doc } = context;
    const parsedDateline = parseDateline(doc);
    const fenced = fencedCodeOf(doc);
    for (const block of doc.blocks) {
      if (!PROSE.has(block.kind)) continue;
      // No date is read in fenced code (a Markdown draft's example or command).
      if (fenced.some((code) => code.start < block.range.end && block.range.start < code.end)) continue;
      if (block.kind === 'contact') {
        // Contact lines with a phone number, an e-mail or a web address hold numbers that are no dates.
        for (const line of block.lines) {
          const text = doc.text.slice(line.start, line.end);
          if (!MAY_HOLD_ADDRESS.test(text) && !CONTACT_LABEL.test(text) && !mentionsChannel(text)) checkText(context, text, line.start);
        }
        continue;
      }
      const start = parsedDateline?.block === block ? Math.max(block.range.start, parsedDateline.range.end) : block.range.start;
      checkText(context, doc.text.slice(start, block.range.end), start);
    }
  },
};

/** A contact line's label for a number (a fax's too, which the contact reader leaves out). */
const CONTACT_LABEL = /\b(?:tel|phone|mobile|mob|cell|fax|whatsapp)\b/i;

const PROSE: ReadonlySet<Block['kind']> = new Set(['headline', 'subheadline', 'body', 'about-heading', 'boilerplate', 'contact']);


/** A day, its ordinal suffix in `<name>Ordinal`. */
const day = (name: string) => `(?<${name}>\\d{1,2})(?<${name}Ordinal>st|nd|rd|th)?(?!\\d)`;
const month = (name: string) => `(?<${name}>${MONTH_PATTERN})`;
const SPACES = '[ \\u00a0]+';
/**
 * A date with a day: "8 July 2019", "10-13 June", "30 June-2 July", "July 8, 2019", "June 10-13",
 * "June 30-July 2". Day-first groups are named `df...`, month-first ones `mf...` (Node 20 allows
 * a group name only once in a pattern).
 */
const DATE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}.,:/\\-–])${day('dfDay')}(?:${SPACES}${month('dfMonth')})?(?:(?<dfDash>[-–])${day('dfDay2')})?${SPACES}${month('dfLastMonth')}(?:(?<dfComma>,?)${SPACES}(?<dfYear>\\d{4})(?!\\d))?`,
    `(?<![\\p{L}\\p{N}])${month('mfMonth')}${SPACES}${day('mfDay')}(?:(?<mfDash>[-–])(?:${month('mfMonth2')}${SPACES})?${day('mfDay2')})?(?:(?<mfComma>,?)${SPACES}(?<mfYear>\\d{4})(?!\\d))?`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') + '(?![\\p{L}\\p{N}]|[-–]\\d)',
  'gu',
);

/**
 * Two numbers joined by a hyphen or en dash, standing alone: not inside COVID-19, A-1, an ISBN
 * (978-3-16-...), a time (10:00-12:00), a decimal or a phone number's groups (+43 1 260-4433),
 * nor a document's number (`RELEASE: 12-428`, `Resolution 2334-17`, `No. 3-15`).
 */
const NUMBER_RANGE = /(?<![\p{L}\p{N}_\-–.,/+:#@&=])(?<!\d[ \u00a0])(?<!\b(?:release|no|number|ref|case|resolution|bill|item)\.?:?[ \u00a0]?)(\d{1,4})([-–])(\d{1,4})(?![\p{L}\p{N}_\-–/]|[.,:]\d)/giu;

interface Candidate {
  range: TextRange;
  original: string;
  replacement: string;
  reasons: string[];
}

function checkText(context: RuleContext, text: string, offset: number): void {
  const { style } = context;
  const candidates: Candidate[] = [];
  const guards = notProseIn(text); // addresses, phone numbers, code: their figures are no dates

  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const candidate = dateCandidate(m, style);
    if (candidate) candidates.push(candidate);
  }
  NUMBER_RANGE.lastIndex = 0;
  for (let m = NUMBER_RANGE.exec(text); m; m = NUMBER_RANGE.exec(text)) {
    const candidate = namesAModel(text, m.index) ? undefined : rangeCandidate(m, style);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);

  // A number range inside a date ("10-13 June") is the date's; addresses and phone numbers are no dates.
  let lastEnd = -1;
  let p = 0;
  for (const candidate of candidates) {
    if (candidate.range.start < lastEnd) continue;
    while (p < guards.length && guards[p]!.end <= candidate.range.start) p++;
    const guard = guards[p];
    if (guard && guard.start < candidate.range.end) continue;
    lastEnd = candidate.range.end;
    if (candidate.reasons.length === 0) continue;
    const range = { start: offset + candidate.range.start, end: offset + candidate.range.end };
    const message = `Write "${candidate.replacement}", not "${candidate.original}": ${list(candidate.reasons)}.`;
    // "The Dec. 7, 2021, attack": the comma after the year belongs to the month-first form, or
    // ends a clause ("On Dec. 7, 2021, police ..."). Which one is the writer's call: both offered.
    const yearComma = /^\d{4}$/.test(candidate.original.slice(-4)) && /^\p{L}/u.test(candidate.original) && /^,[ \u00a0]/.test(text.slice(candidate.range.end));
    if (yearComma) {
      const withComma = { start: range.start, end: range.end + 1 };
      context.report({
        message,
        range,
        suggestions: [
          { title: `Write "${candidate.replacement}" and drop the comma after it`, fix: { range: withComma, text: candidate.replacement } },
          { title: `Write "${candidate.replacement}"`, fix: { range, text: candidate.replacement } },
        ],
      });
    } else context.report({ message, range, fix: { range, text: candidate.replacement } });
  }
}

interface DayPart {
  value: number;
  ordinal?: string;
}

function dateCandidate(m: RegExpExecArray, style: HouseStyle): Candidate | undefined {
  const n = m.groups!;
  const dayFirst = n.dfDay !== undefined;
  // "8 July 12 August" (a first month, no dash) cannot be read as one date.
  if (dayFirst && n.dfMonth !== undefined && n.dfDash === undefined) return undefined;
  const g = dayFirst
    ? {
        day: n.dfDay,
        ordinal: n.dfDayOrdinal,
        month: n.dfMonth ?? n.dfLastMonth,
        dash: n.dfDash,
        month2: n.dfMonth !== undefined ? n.dfLastMonth : undefined,
        day2: n.dfDay2,
        ordinal2: n.dfDay2Ordinal,
        comma: n.dfComma,
        year: n.dfYear,
      }
    : {
        day: n.mfDay,
        ordinal: n.mfDayOrdinal,
        month: n.mfMonth,
        dash: n.mfDash,
        month2: n.mfMonth2,
        day2: n.mfDay2,
        ordinal2: n.mfDay2Ordinal,
        comma: n.mfComma,
        year: n.mfYear,
      };
  const first: DayPart = { value: Number(g.day), ordinal: g.ordinal };
  const second: DayPart | undefined = g.day2 !== undefined ? { value: Number(g.day2), ordinal: g.ordinal2 } : undefined;
  const month = monthOf(g.month!)!;
  const month2 = g.month2 !== undefined ? monthOf(g.month2) : undefined;
  if (first.value < 1 || first.value > 31 || (second && (second.value < 1 || second.value > 31))) return undefined;
  if (second && !month2 && second.value <= first.value) return undefined;

  const usOrder = style.dateline.dateFormat === 'MMMM D, YYYY';
  const houseDash = style.dates.rangeDash === 'en-dash' ? '–' : '-';
  const reasons: string[] = [];
  if (usOrder === dayFirst) reasons.push(usOrder ? 'the month comes before the day' : 'the day comes before the month');
  if (first.ordinal || second?.ordinal) reasons.push('dates take no ordinal suffix');
  if (month.abbreviated || month2?.abbreviated) reasons.push('months are written in full');
  if (g.year !== undefined && !usOrder && g.comma) reasons.push('the year follows the month without a comma');
  if (g.year !== undefined && usOrder && !g.comma) reasons.push('a comma comes before the year');
  if (g.dash && g.dash !== houseDash) reasons.push(houseDash === '–' ? 'ranges take an en dash' : 'ranges take a hyphen');

  const name = MONTH_NAMES[month.month - 1]!;
  const name2 = month2 && MONTH_NAMES[month2.month - 1]!;
  let replacement: string;
  if (usOrder) {
    replacement = `${name} ${first.value}`;
    if (second) replacement += `${houseDash}${name2 ? `${name2} ` : ''}${second.value}`;
    if (g.year !== undefined) replacement += `, ${g.year}`;
  } else {
    replacement = `${first.value}`;
    if (second) replacement += `${name2 ? ` ${name}` : ''}${houseDash}${second.value}`;
    replacement += ` ${name2 ?? name}`;
    if (g.year !== undefined) replacement += ` ${g.year}`;
  }
  return { range: { start: m.index, end: m.index + m[0].length }, original: m[0], replacement, reasons };
}

function rangeCandidate(m: RegExpExecArray, style: HouseStyle): Candidate | undefined {
  const [original, a, dash, b] = m as unknown as [string, string, string, string];
  if ((/^0\d/.test(a) || /^0\d/.test(b)) || Number(a) >= Number(b)) {
    // Leading zeros (codes) and falling pairs (scores, 3-1) are no ranges; a year and its decade
    // ("2015-19") are, read below.
    if (!(a.length === 4 && b.length === 2 && Number(b) > Number(a) % 100)) return undefined;
  }
  // "555-1234" is a phone number; "2019-5" is a code.
  if ((a.length === 3 && b.length === 4) || (a.length === 4 && b.length !== 4 && b.length !== 2)) return undefined;
  const houseDash = style.dates.rangeDash === 'en-dash' ? '–' : '-';
  const range = { start: m.index, end: m.index + original.length };
  const reasons = dash === houseDash ? [] : [houseDash === '–' ? 'ranges take an en dash' : 'ranges take a hyphen'];
  return { range, original, replacement: `${a}${houseDash}${b}`, reasons };
}

/** A capitalised word, then spaces, at the end of a text. */
const NAME_BEFORE = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*[ \u00a0]+$/u;

/**
 * "Boeing 737-800": numbers straight after a name in the middle of a sentence are a model, not
 * a range. A capitalised word that opens a sentence ("In 2015-2019") or is a month does not
 * count. (It hides a range after a name, "Articles 3-5": better unreported than miscorrected.)
 */
function namesAModel(text: string, at: number): boolean {
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!name || monthOf(name[0].trim())) return false;
  const wordStart = at - name[0].length;
  const before = text.slice(Math.max(0, wordStart - 10), wordStart).trimEnd();
  // At the start of the text or after a full stop, the capital is the sentence's, not a name's.
  return before !== '' && !/[.!?:;"“(\n]$/.test(before);
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
