/**
 * The fuzzer's input generators (fast-check arbitraries): hostile Unicode text, release
 * vocabulary strung together at random, and valid releases mutated line by line.
 */
import fc from 'fast-check';
import { RELEASES } from './corpus';

/** Characters that have broken text tools before: spaces, breaks, marks, directions, halves of pairs. */
export const HOSTILE_CHARS: readonly string[] = [
  '\u00A0', // no-break space
  '\u202F', // narrow no-break space
  '\u2007', // figure space
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // BOM / zero-width no-break space
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u0085', // next line
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\v',
  '\f',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0301', // combining acute accent
  '\uD800', // unpaired high surrogate
  '\uDBFF',
  '\uDC00', // unpaired low surrogate
  '\uDFFF',
  '\uD83C\uDF0D', // 🌍, a valid pair
  '\uD83D\uDC69\u200D\uD83D\uDCBB', // 👩‍💻, a ZWJ sequence
  'שלום', // Hebrew
  'مرحبا', // Arabic
  'İ', // dotted capital I: changes length when lower-cased
  'ß', // changes length when upper-cased
  'ﬁ', // ligature: changes length when upper-cased
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2019', // right single quotation mark
  '"',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  ':',
  '-',
  '#',
  '*',
  '@',
  '<',
  '>',
];

/** Pieces of releases: headings, datelines, acronyms, contacts, directives, Markdown. */
export const RELEASE_TOKENS: readonly string[] = [
  'For more information, please contact:',
  'Contacts:',
  'Media contact',
  'About GLO.ACT',
  'About the Solar Schools Initiative',
  '###',
  '-ENDS-',
  '# ',
  '## ',
  '---',
  '```',
  '> ',
  '- ',
  '1. ',
  '<!-- presslint-disable -->',
  '<!-- presslint-enable -->',
  '<!-- presslint-disable-next-line spacing, headline -->',
  '<!-- presslint-disable acronym-unknown no-such-rule -->',
  '<!--',
  '-->',
  'Vienna, Austria, 8 July 2019 - ',
  'Kathmandu, Nepal, 10 October 2018 - ',
  'Geneva, 12 March 2024 - ',
  'NEW YORK, July 8, 2019 – ',
  '8th July 2019',
  '31 June 2023',
  '29 February 2023',
  'June 10-13',
  '10-13 June',
  '2015-2019',
  '2015–2019',
  'EMBARGOED UNTIL 1 January 2030',
  'UNODC',
  'UNICEF',
  'GLO.ACT',
  'MAR.NET',
  'LEFÖ',
  'UN-Habitat',
  'COVID-19',
  'Lao PDR',
  'EU',
  'NGO',
  'NGOs',
  "UNODC's",
  'XYZQ',
  'United Nations Office on Drugs and Crime (UNODC)',
  'United Nations Office on Drugs and Crime',
  'Global Action against Trafficking in Persons and the Smuggling of Migrants (GLO.ACT)',
  'The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and UNODC.',
  'The Solar Schools Initiative (SolarSchools) is run by the Brightwater Trust, a charity registered in England and Wales.',
  'Solar Schools Initiative',
  'UNODC Nepal: Sita Gurung, sita.gurung@un.org, +977 1 552 3200',
  'Email: press@',
  'Phone: +44',
  'Twitter: @unodc',
  'X: @',
  '[Name]',
  'TBC',
  'XXX',
  '( ',
  ' )',
  '  ',
  '\u00A0\u00A0',
  'organised',
  'organized',
  'programme',
  'https://www.unodc.org/a(b)',
  'name@example.org',
  '<br>',
  '**',
  '_',
];

/** One unit of hostile text: any code point, a lone surrogate, a hostile character or a release token. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 3, arbitrary: fc.constantFrom(...RELEASE_TOKENS) },
);

/** Arbitrary text: up to a few hundred hostile units. */
export const unicodeText: fc.Arbitrary<string> = fc.array(hostileUnit, { maxLength: 120 }).map((units) => units.join(''));

/** Pure random code units (any 16-bit value), for text no tokenizer has seen. */
export const rawCodeUnits: fc.Arbitrary<string> = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((codes) => String.fromCharCode(...codes));

/** One edit of a release. Positions are taken modulo the size of what they index. */
export type Mutation =
  | { kind: 'delete'; line: number }
  | { kind: 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'insert'; line: number; at: number; text: string }
  | { kind: 'cut'; line: number; at: number; length: number }
  | { kind: 'spaces'; line: number; with: string };

export type LineEnding = 'keep' | 'lf' | 'crlf' | 'cr' | 'mixed';

export interface ReleaseCase {
  release: number;
  mutations: Mutation[];
  endings: LineEnding;
  bom: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), at: fc.nat(), text: fc.array(hostileUnit, { minLength: 1, maxLength: 4 }).map((u) => u.join('')) }),
  fc.record({ kind: fc.constant('cut' as const), line: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('spaces' as const), line: fc.nat(), with: fc.constantFrom('\u00A0', '\u200B', '  ', '\t', '\u202F', '') }),
);

/** A release from the corpus with a few line edits, new line endings and perhaps a BOM. */
export const releaseCase: fc.Arbitrary<ReleaseCase> = fc.record({
  release: fc.nat({ max: RELEASES.length - 1 }),
  mutations: fc.array(mutation, { maxLength: 6 }),
  endings: fc.constantFrom<LineEnding>('keep', 'keep', 'lf', 'crlf', 'cr', 'mixed'),
  bom: fc.boolean(),
});

/** The text of a release case (deterministic: the same case gives the same text). */
export function buildRelease(c: ReleaseCase): string {
  const source = RELEASES[c.release % RELEASES.length]!.replace(/^\uFEFF/, '');
  const lines = source.split(/\r\n|\r|\n/);
  for (const m of c.mutations) applyMutation(lines, m);
  let text: string;
  switch (c.endings) {
    case 'keep': {
      const eol = /\r\n/.test(source) ? '\r\n' : /\r/.test(source) ? '\r' : '\n';
      text = lines.join(eol);
      break;
    }
    case 'lf':
      text = lines.join('\n');
      break;
    case 'crlf':
      text = lines.join('\r\n');
      break;
    case 'cr':
      text = lines.join('\r');
      break;
    case 'mixed':
      text = lines.map((line, i) => (i === lines.length - 1 ? line : line + ['\n', '\r\n', '\r'][i % 3])).join('');
      break;
  }
  return (c.bom ? '\uFEFF' : '') + text;
}

function applyMutation(lines: string[], m: Mutation): void {
  if (lines.length === 0) {
    if (m.kind === 'insert') lines.push(m.text);
    return;
  }
  const i = m.line % lines.length;
  const line = lines[i]!;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      return;
    case 'duplicate':
      lines.splice(i, 0, line);
      return;
    case 'swap': {
      const j = m.other % lines.length;
      lines[i] = lines[j]!;
      lines[j] = line;
      return;
    }
    case 'insert': {
      const at = m.at % (line.length + 1);
      lines[i] = line.slice(0, at) + m.text + line.slice(at);
      return;
    }
    case 'cut': {
      const at = m.at % (line.length + 1);
      lines[i] = line.slice(0, at) + line.slice(at + m.length);
      return;
    }
    case 'spaces':
      lines[i] = line.replace(/ /g, m.with);
      return;
  }
}

/** A mutated release, as text. */
export const mutatedRelease: fc.Arbitrary<string> = releaseCase.map(buildRelease);
