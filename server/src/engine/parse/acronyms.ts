/**
 * The acronym analysis of a draft, shared by the four acronym rules: every acronym token with
 * its range, every definition (`Full Name (ACR)`, `ACR (Full Name)`, a glossary line
 * `ACR: Full Name`) with the ranges of the name, the brackets and the acronym, and how each
 * definition relates to the registry.
 *
 * It is computed once per document and house style (cached in a WeakMap keyed by the
 * DraftDocument), in one pass over the words of each scanned block. Looking back or ahead from
 * a bracket is bounded by a fixed number of words, so the whole analysis is linear in the text.
 *
 * What is not an acronym, and so never collected: tokens on the ignore list, Roman numerals
 * (Phase II), single letters, tokens that start with a digit (21ST), the dateline (DAKAR,
 * 21 MAY 2016 - ), lines written in capitals (a shouted headline), URLs and e-mail addresses,
 * and the embargo line, contact section and end mark.
 */
import type { Block, DraftDocument } from './document';
import { parseDateline } from './dateline';
import type { HouseStyle } from '../config/style';
import type { Fix, TextRange } from '../vocabulary';
import { normaliseForComparison } from '../text/words';
import type { ParagraphMemo } from '../paragraph-memo';
import { ownString } from '../text/own-string';

/** How a definition is written. */
export type DefinitionForm = 'name-first' | 'acronym-first' | 'glossary';

/**
 * How a definition's name relates to the registry:
 * `registry` it is the registry's name; `differs` it is meant to be the registry's name but is
 * worded otherwise; `local` the acronym is not in the registry, or the text gives it another,
 * unrelated meaning (an Election Commission (EC) is not the European Commission).
 */
export type DefinitionRelation = 'registry' | 'differs' | 'local';

/** One place where the text expands an acronym. */
export interface AcronymDefinition {
  /** Registry key: upper case, dots removed (GLOACT for GLO.ACT). */
  key: string;
  /** The acronym as written, without a plural or possessive ending. */
  acronym: string;
  form: DefinitionForm;
  /** The expansion as the text writes it. */
  name: string;
  nameRange: TextRange;
  /** The acronym token, ending included (`NGOs`). */
  acronymRange: TextRange;
  /** `(` and `)`; for a glossary line, the colon (twice). */
  openBracket: TextRange;
  closeBracket: TextRange;
  /** The whole definition: name, brackets and acronym. */
  range: TextRange;
  /** The edit that reduces this definition to the acronym alone; none for a glossary line. */
  drop?: Fix;
  relation: DefinitionRelation;
  /** The registry's name for the acronym, if it has one. */
  registryName?: string;
  /** The acronym is plural (`non-governmental organisations (NGOs)`). */
  plural: boolean;
  block: Block;
  /** In a headline (or sub-headline, "About" heading) the house lets use acronyms freely. */
  exempt: boolean;
}

/** One occurrence of an acronym in the text. */
export interface AcronymUse {
  key: string;
  /** The acronym as written, without its ending. */
  acronym: string;
  /** The token: the acronym and a plural `s` if any (a possessive `'s` is left outside). */
  range: TextRange;
  plural: boolean;
  possessive: boolean;
  block: Block;
  exempt: boolean;
  /** The definition this token is the acronym of, if it is one. */
  definition?: AcronymDefinition;
  /** The token sits inside another acronym's expansion (`UN` in `UN Office on Drugs and Crime (UNODC)`). */
  inName: boolean;
  /** One letter and digits (G20): an acronym only when the registry or the text says so. */
  weak: boolean;
}

/** Everything the text does with one acronym. */
export interface AcronymEntry {
  key: string;
  /** As first written in the text. */
  acronym: string;
  registryName?: string;
  /** In text order. */
  uses: AcronymUse[];
  /** In text order. */
  definitions: AcronymDefinition[];
}

export interface AcronymAnalysis {
  uses: AcronymUse[];
  definitions: AcronymDefinition[];
  /** By key, in the order the acronyms first occur. */
  entries: Map<string, AcronymEntry>;
}

interface RegistryEntry {
  acronym: string;
  name: string;
  /** Normalised and lower-cased, to compare with the text. */
  normalised: string;
  wordCount: number;
  contentWords: string[];
}

interface StyleLookup {
  registry: Map<string, RegistryEntry>;
  ignore: Set<string>;
  headlineExempt: boolean;
}

/** Small words an organisation's name may hold without taking a letter of the acronym. */
const JOINERS = new Set([
  'a', 'an', 'and', '&', 'at', 'against', 'de', 'del', 'der', 'des', 'di', 'du', 'et', 'for', 'from',
  'in', 'into', 'la', 'le', 'les', 'of', 'on', 'or', 'the', 'to', 'und', 'with', 'y',
]);

/** Letters (with combining marks) and digits, joined by dots, apostrophes and hyphens. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
/** An acronym core: capitals and digits, dot-separated groups, a trailing number (COVID-19). */
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\p{M}\p{N}]*(?:\.[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}]*)*$/u;
const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const UPPER_LETTER = /\p{Lu}/gu;
const ALL_CAPS_WORD = /^[\p{Lu}\p{M}\p{N}.'’\-‐]*\p{Lu}[\p{Lu}\p{M}\p{N}.'’\-‐]*$/u;
/** Punctuation that ends a name: a name never runs across it. */
const NAME_BREAK = /[.!?;:()[\]{}"“”,]/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/giu;
/** An e-mail address, matched around its `@` (scanning from every character would be quadratic). */
const EMAIL_AROUND_AT = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.\p{L}{2,}/u;
/** A token that has a capital letter: the only kind that can hold an acronym. */
const HAS_CAPITAL = /\p{Lu}/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const MAYBE_ACRONYM = /\p{Lu}[^]*[\p{Lu}\p{N}]/u;
/** MAYBE_ACRONYM for some word of a paragraph (words run over letters, marks, digits and joiners). */
const BLOCK_MAYBE_ACRONYM = /\p{Lu}[\p{L}\p{M}\p{N}.'’\-‐]*[\p{Lu}\p{N}]/u;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
/** A day and a month in either order, with an optional year: the date of a dateline. */
const MONTH_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
  'i',
);
/** A word that starts in lower case: prose, not a place name (`de`, `es` are too short to count). */
const PROSE_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]{3,}/u;
const PLACE_PARTICLES = new Set(['de', 'del', 'der', 'des', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'les', 'el', 'al', 'es', 'en', 'et', 'y', 'of', 'on', 'upon', 'am', 'an', 'sur', 'au', 'aux']);
const PLACE_THEN_SEPARATOR = /^(\p{Lu}[^\r\n.!?]{0,60}?)(?:\s+(?:-{1,3}|[–—])\s*|[–—]\s*)/u;
const DATELINE_SEPARATOR = /\s+(?:-{1,3}|[–—])\s*|[–—]\s*|\s*--\s*|:\s+/;
/** At most this many words are looked at before a bracket for a name. */
const NAME_WINDOW = 30;
/** A shouted line: at least this many capitalised words that are not acronyms ... */
const SHOUT_MIN_WORDS = 3;
/** ... making up at least this share of the line's words. */
const SHOUT_SHARE = 0.6;

const lookups = new WeakMap<HouseStyle['acronyms'], StyleLookup>();
const analyses = new WeakMap<DraftDocument, { acronyms: HouseStyle['acronyms']; analysis: AcronymAnalysis }>();

/** The registry key of an acronym: upper case, NFC, dots removed (GLO.ACT and GLOACT are one). */
export function acronymKey(acronym: string): string {
  return acronym.normalize('NFC').toUpperCase().replace(/\./g, '');
}

/** Lower-cased, with case, dashes, quotes and spaces folded: how names are compared. */
function comparable(text: string): string {
  return normaliseForComparison(text.replace(/[*_]/g, '')).toLowerCase();
}

function wordTexts(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0]);
}

/** The registry and ignore list of a style, indexed once per style. */
function styleLookup(acronyms: HouseStyle['acronyms']): StyleLookup {
  let lookup = lookups.get(acronyms);
  if (lookup) return lookup;
  const registry = new Map<string, RegistryEntry>();
  for (const [acronym, name] of Object.entries(acronyms.registry)) {
    const words = wordTexts(normaliseForComparison(name));
    registry.set(acronymKey(acronym), {
      acronym,
      name,
      normalised: comparable(name),
      wordCount: words.length,
      contentWords: words.map((w) => w.toLowerCase()).filter((w) => !JOINERS.has(w)),
    });
  }
  const ignore = new Set(acronyms.ignore.map(acronymKey));
  lookup = { registry, ignore, headlineExempt: acronyms.headlineExempt };
  lookups.set(acronyms, lookup);
  return lookup;
}

/** The acronym analysis of a document under a house style; computed once and cached. */
export function analyseAcronyms(doc: DraftDocument, style: Pick<HouseStyle, 'acronyms'>): AcronymAnalysis {
  const cached = analyses.get(doc);
  if (cached && cached.acronyms === style.acronyms) return cached.analysis;
  const analysis = new Analyser(doc, styleLookup(style.acronyms)).run();
  analyses.set(doc, { acronyms: style.acronyms, analysis });
  return analysis;
}

/** The registry's official name of an acronym under a style, if it has one. */
export function registryName(style: Pick<HouseStyle, 'acronyms'>, acronym: string): string | undefined {
  return styleLookup(style.acronyms).registry.get(acronymKey(acronym))?.name;
}

/** `name` in the plural, for a plural acronym (organisation -> organisations). */
export function pluralName(name: string): string {
  return /s$/i.test(name) ? name : `${name}s`;
}

const NO_PIECES: Piece[] = [];

/** One block's uses and definitions, as found at `base` (the block's start then). */
interface BlockScan {
  base: number;
  uses: AcronymUse[];
  definitions: AcronymDefinition[];
}

/** What a remembered scan points at instead of a block: the block is the draft's of the day. */
const DETACHED: Block = { kind: 'body', range: { start: 0, end: 0 }, text: '', lines: [] };

/**
 * A block's uses and definitions moved by `delta` and pointing at `block`; with no block, a
 * copy for the memo, which must not keep the draft it came from alive: it points at no block
 * and its strings are copies (see ownString).
 */
function copyScan(uses: readonly AcronymUse[], definitions: readonly AcronymDefinition[], delta: number, block: Block | undefined): Omit<BlockScan, 'base'> {
  const own = (text: string) => (block ? text : ownString(text));
  const move = (range: TextRange): TextRange => ({ start: range.start + delta, end: range.end + delta });
  const copies = new Map<AcronymDefinition, AcronymDefinition>();
  for (const definition of definitions) {
    copies.set(definition, {
      ...definition,
      acronym: own(definition.acronym),
      name: own(definition.name),
      nameRange: move(definition.nameRange),
      acronymRange: move(definition.acronymRange),
      openBracket: move(definition.openBracket),
      closeBracket: move(definition.closeBracket),
      range: move(definition.range),
      drop: definition.drop && { range: move(definition.drop.range), text: own(definition.drop.text) },
      block: block ?? DETACHED,
    });
  }
  return {
    definitions: [...copies.values()],
    uses: uses.map((use) => ({
      ...use,
      acronym: own(use.acronym),
      range: move(use.range),
      block: block ?? DETACHED,
      definition: use.definition && copies.get(use.definition),
    })),
  };
}

interface CoreInfo {
  key: string;
  /** In the registry or on the ignore list. */
  known: boolean;
  /** Ignored, or a Roman numeral. */
  notAcronym: boolean;
  weak: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** A candidate acronym inside a word. */
interface Piece {
  core: string;
  start: number;
  /** End of the core. */
  coreEnd: number;
  /** End of the token (core plus a plural `s`). */
  end: number;
  plural: boolean;
  possessive: boolean;
  /** The piece is the whole word (possibly with its ending). */
  whole: boolean;
}

class Analyser {
  private readonly text: string;
  private readonly uses: AcronymUse[] = [];
  private readonly definitions: AcronymDefinition[] = [];
  private readonly datelineEnd: number;
  private readonly cores = new Map<string, CoreInfo>();

  constructor(
    private readonly doc: DraftDocument,
    private readonly lookup: StyleLookup,
  ) {
    this.text = doc.text;
    // The parsed dateline, or a looser reading of one the parser does not take (a garbled form).
    this.datelineEnd = doc.lead ? Math.max(datelineEnd(doc.lead), parseDateline(doc)?.range.end ?? -1) : -1;
  }

  run(): AcronymAnalysis {
    const memo = this.doc.memo;
    for (const block of this.doc.blocks) {
      if (block.kind === 'embargo' || block.kind === 'contact' || block.kind === 'end-mark') continue;
      // The lead paragraph's scan depends on where its dateline ends, not on its text alone.
      if (memo && block !== this.doc.lead) this.scanRemembered(block, memo);
      else this.scanBlock(block);
    }
    const entries = new Map<string, AcronymEntry>();
    const entry = (key: string, acronym: string) => {
      let found = entries.get(key);
      if (!found) {
        found = { key, acronym, registryName: this.lookup.registry.get(key)?.name, uses: [], definitions: [] };
        entries.set(key, found);
      }
      return found;
    };
    for (const use of this.uses) entry(use.key, use.acronym).uses.push(use);
    for (const definition of this.definitions) entry(definition.key, definition.acronym).definitions.push(definition);
    return { uses: this.uses, definitions: this.definitions, entries };
  }

  /**
   * A block's scan from the memo when the previous lint saw the same paragraph (moved by as
   * much as the text before it grew or shrank), scanned and remembered otherwise.
   */
  private scanRemembered(block: Block, memo: ParagraphMemo): void {
    let scanned = false;
    const work = this.isExempt(block) ? 'acronym-scan-exempt' : 'acronym-scan';
    const scan = memo.get<BlockScan>(work, block.text, () => {
      scanned = true;
      const firstUse = this.uses.length;
      const firstDefinition = this.definitions.length;
      this.scanBlock(block);
      return { base: block.range.start, ...copyScan(this.uses.slice(firstUse), this.definitions.slice(firstDefinition), 0, undefined) };
    });
    if (scanned) return;
    const copy = copyScan(scan.uses, scan.definitions, block.range.start - scan.base, block);
    this.uses.push(...copy.uses);
    this.definitions.push(...copy.definitions);
  }

  private isExempt(block: Block): boolean {
    return this.lookup.headlineExempt && (block.kind === 'headline' || block.kind === 'subheadline' || block.kind === 'about-heading');
  }

  private scanBlock(block: Block): void {
    // A paragraph without a capital followed, inside one word, by another capital or a digit
    // holds no acronym (see MAYBE_ACRONYM): skip tokenising it.
    if (!BLOCK_MAYBE_ACRONYM.test(block.text)) return;
    const base = block.range.start;
    const tokens: Token[] = [];
    WORD.lastIndex = 0;
    for (let match = WORD.exec(block.text); match; match = WORD.exec(block.text)) {
      tokens.push({ text: match[0], start: base + match.index, end: base + match.index + match[0].length });
    }
    if (tokens.length === 0) return;
    const skip = this.skippedTokens(block, tokens);
    const exempt = this.isExempt(block);
    const firstUse = this.uses.length;
    const firstDefinition = this.definitions.length;

    for (let i = 0; i < tokens.length; i++) {
      if (skip[i]) continue;
      const token = tokens[i]!;
      if (plainWord(token.text)) continue;
      for (const piece of this.pieces(token)) {
        const core = this.core(piece.core);
        if (core.notAcronym) continue;
        const { key, weak } = core;
        const use: AcronymUse = {
          key,
          acronym: piece.core,
          range: { start: piece.start, end: piece.end },
          plural: piece.plural,
          possessive: piece.possessive,
          block,
          exempt,
          inName: false,
          weak,
        };
        if (piece.whole) {
          // Look at the characters around the token before trying a definition form.
          const previous = this.peek(tokens[i]!.start - 1, -1);
          const next = this.peek(piece.end, 1);
          const definition =
            (previous === '(' || previous === '[' ? this.nameFirst(block, tokens, i, piece, key) : undefined) ??
            (next === '(' ? this.acronymFirst(block, tokens, i, piece, key) : undefined) ??
            (next === ':' ? this.glossary(block, tokens, i, piece, key) : undefined);
          if (definition) {
            definition.exempt = exempt;
            use.definition = definition;
            this.definitions.push(definition);
          }
        }
        this.uses.push(use);
      }
    }
    this.markUsesInNames(firstUse, firstDefinition);
  }

  /** Uses that fall inside a definition's name (found in this block) are part of a name. */
  private markUsesInNames(firstUse: number, firstDefinition: number): void {
    const names = this.definitions.slice(firstDefinition).map((d) => d.nameRange);
    names.sort((a, b) => a.start - b.start);
    let n = 0;
    for (let u = firstUse; u < this.uses.length; u++) {
      const use = this.uses[u]!;
      while (n < names.length && names[n]!.end <= use.range.start) n++;
      const name = names[n];
      if (name && name.start <= use.range.start && use.range.end <= name.end) use.inName = true;
    }
  }

  /** Marks the tokens that are not prose: the dateline, URLs, e-mail addresses, shouted lines. */
  private skippedTokens(block: Block, tokens: Token[]): boolean[] {
    const skip = new Array<boolean>(tokens.length).fill(false);
    const base = block.range.start;
    const urls: TextRange[] = [];
    if (block.text.includes('http') || block.text.includes('www.')) {
      for (const match of block.text.matchAll(URL)) {
        urls.push({ start: base + match.index, end: base + match.index + match[0].length });
      }
    }
    for (let at = block.text.indexOf('@'); at >= 0; at = block.text.indexOf('@', at + 1)) {
      // The address is the run of non-space characters around the `@`.
      let from = at;
      while (from > 0 && !/\s/.test(block.text[from - 1]!)) from--;
      let to = at + 1;
      while (to < block.text.length && !/\s/.test(block.text[to]!)) to++;
      if (EMAIL_AROUND_AT.test(block.text.slice(from, to))) urls.push({ start: base + from, end: base + to });
      at = to;
    }
    urls.sort((a, b) => a.start - b.start);
    let u = 0;
    let line = 0;
    let lineFirst = 0;
    let lettered = 0;
    let shouting = 0;
    const closeLine = (end: number) => {
      if (shouting >= SHOUT_MIN_WORDS && shouting >= lettered * SHOUT_SHARE) skip.fill(true, lineFirst, end);
      lettered = 0;
      shouting = 0;
      lineFirst = end;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      while (line < block.lines.length - 1 && token.start >= block.lines[line]!.end) {
        line++;
        closeLine(i);
      }
      while (u < urls.length && urls[u]!.end <= token.start) u++;
      if ((u < urls.length && urls[u]!.start <= token.start) || (block === this.doc.lead && token.start < this.datelineEnd)) skip[i] = true;
      const code = token.text.charCodeAt(0);
      if (code >= 97 && code <= 122) {
        lettered++; // a lower-case word: the common case, decided on its first letter
        continue;
      }
      if (code >= 48 && code <= 57 && !/\p{L}/u.test(token.text)) continue; // a number
      lettered++;
      if (HAS_CAPITAL.test(token.text[0]!) || (code >= 0xd800 && code < 0xdc00)) {
        const bare = token.text.replace(/['’]s$/, '');
        if (ALL_CAPS_WORD.test(bare) && !this.isKnown(bare)) shouting++;
      }
    }
    closeLine(tokens.length);
    return skip;
  }

  private isKnown(acronym: string): boolean {
    return this.core(acronym).known;
  }

  /** What the registry and ignore list say about a token, remembered: the same acronyms recur. */
  private core(text: string): CoreInfo {
    let info = this.cores.get(text);
    if (!info) {
      const key = acronymKey(text);
      const ignored = this.lookup.ignore.has(key);
      info = {
        key,
        known: ignored || this.lookup.registry.has(key),
        notAcronym: ignored || ROMAN_NUMERAL.test(text),
        weak: (text.match(UPPER_LETTER)?.length ?? 0) < 2,
      };
      this.cores.set(text, info);
    }
    return info;
  }

  /** The first character from `at` in `direction` that is not a space or emphasis mark. */
  private peek(at: number, direction: 1 | -1): string {
    for (let i = at, steps = 0; i >= 0 && i < this.text.length && steps < 8; i += direction, steps++) {
      const ch = this.text[i]!;
      if (ch !== ' ' && ch !== '*' && ch !== '_' && ch !== '\u00a0') return ch;
    }
    return '';
  }

  /** The candidate acronyms in a word: `EU` in `EU-funded`, `COVID-19`, `GLO.ACT`, `NGO` in `NGOs`. */
  private pieces(token: Token): Piece[] {
    // Two capitals, or a capital and a digit, or nothing here can be an acronym.
    if (!MAYBE_ACRONYM.test(token.text)) return NO_PIECES;
    let word = token.text;
    let possessive = false;
    let plural = false;
    if (/['’]s$/.test(word)) {
      possessive = true;
      word = word.slice(0, -2);
    } else if (/\p{Lu}s$/u.test(word)) {
      plural = true;
      word = word.slice(0, -1);
    }
    const start = token.start;
    // Initials with dots (U.N., S.E.A.): the last dot belongs to the acronym.
    const lastDot = !plural && !possessive && this.text[token.end] === '.' && DOTTED_INITIALS.test(word) ? '.' : '';
    // A registered or ignored hyphenated name (UN-Habitat, SARS-CoV-2) is one token.
    if ((this.isKnown(word) && HAS_CAPITAL.test(word[0] ?? '')) || (!/[-‐]\p{L}/u.test(word) && isAcronymShape(word))) {
      const coreEnd = start + word.length + lastDot.length;
      return [{ core: word + lastDot, start, coreEnd, end: coreEnd + (plural ? 1 : 0), plural, possessive, whole: true }];
    }
    // Split at hyphens; a number joins the part before it (COVID-19-related -> COVID-19, related).
    const pieces: Piece[] = [];
    const parts: Array<{ text: string; start: number }> = [];
    let offset = 0;
    for (const part of word.split(/[-‐]/)) {
      const previous = parts[parts.length - 1];
      if (previous && /^\p{N}+$/u.test(part)) previous.text += word[offset - 1]! + part;
      else parts.push({ text: part, start: start + offset });
      offset += part.length + 1;
    }
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      const last = index === parts.length - 1;
      if (isAcronymShape(part.text)) {
        pieces.push({
          core: part.text,
          start: part.start,
          coreEnd: part.start + part.text.length,
          end: part.start + part.text.length + (last && plural ? 1 : 0),
          plural: last && plural,
          possessive: last && possessive,
          whole: parts.length === 1 && part.text === word,
        });
        continue;
      }
      // `UNODC.The` (a missing space): the capitals before the dot are still a token.
      if (part.text.includes('.')) {
        let at = part.start;
        for (const segment of part.text.split('.')) {
          if (isAcronymShape(segment)) {
            pieces.push({ core: segment, start: at, coreEnd: at + segment.length, end: at + segment.length, plural: false, possessive: false, whole: false });
          }
          at += segment.length + 1;
        }
      }
    }
    return pieces;
  }

  /** `Full Name (ACR)`: the token is alone in brackets after a name. */
  private nameFirst(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
    const before = this.gap(block, tokens, i - 1, i);
    // `(ACR)`, also emphasised or as a Markdown link: `([ACR](https://...))`.
    const open = /\(\s*[*_]*\[?[*_]*$/.exec(before);
    const close = /^(?:'s|’s)?[*_]*(?:\]\([^()\s]{0,500}\))?[*_]*\s*\)/.exec(this.text.slice(piece.end, Math.min(piece.end + 520, block.range.end)));
    if (!open || !close || i === 0) return undefined;
    const openStart = tokens[i]!.start - before.length + open.index;
    const closeStart = piece.end + close[0].length - 1;
    const nameEnd = tokens[i - 1]!.end;
    if (!/^[\s*_]*$/.test(this.text.slice(nameEnd, openStart))) return undefined;
    const letters = lettersOf(piece.core);
    const registered = this.lookup.registry.get(key);

    const make = (from: number, relation: DefinitionRelation): AcronymDefinition => {
      const nameRange = { start: tokens[from]!.start, end: nameEnd };
      // Dropping the name keeps what the brackets hold, markup included (`**UNODC**`, a link);
      // an emphasised name loses its opening marks with it.
      let dropStart = nameRange.start;
      if (/[*_]/.test(this.text.slice(nameEnd, openStart))) {
        while (dropStart > block.range.start && /[*_]/.test(this.text[dropStart - 1]!)) dropStart--;
      }
      const inner = this.text.slice(openStart + 1, closeStart).trim();
      return {
        key,
        acronym: piece.core,
        form: 'name-first',
        name: this.text.slice(nameRange.start, nameRange.end),
        nameRange,
        acronymRange: { start: piece.start, end: piece.end },
        openBracket: { start: openStart, end: openStart + 1 },
        closeBracket: { start: closeStart, end: closeStart + 1 },
        range: { start: nameRange.start, end: closeStart + 1 },
        drop: { range: { start: dropStart, end: closeStart + 1 }, text: inner },
        relation,
        registryName: registered?.name,
        plural: piece.plural,
        block,
        exempt: false,
      };
    };

    // 1. The registry's name, word for word (case, dashes, quotes and spaces aside).
    if (registered && i - registered.wordCount >= 0) {
      const from = i - registered.wordCount;
      const written = comparable(this.text.slice(tokens[from]!.start, nameEnd));
      if (written === registered.normalised || (piece.plural && written === comparable(pluralName(registered.name)))) {
        return make(from, 'registry');
      }
    }
    // 2. The initials of the words before the bracket spell the acronym.
    const windowStart = this.windowStart(block, tokens, i, letters.length + 8, false);
    const names = tokens.slice(windowStart, i).map((t) => t.text);
    const initialsFrom = initialsStart(names, letters);
    if (initialsFrom >= 0) {
      const from = windowStart + initialsFrom;
      const relation = registered && resembles(names.slice(initialsFrom), registered) ? 'differs' : 'local';
      return make(from, relation);
    }
    // 3. A name that is mostly the registry's, worded otherwise (Global Action against ... (GLO.ACT)).
    if (registered) {
      let from = this.windowStart(block, tokens, i, NAME_WINDOW, true);
      while (from < i) {
        const word = tokens[from]!.text;
        const shared = registered.contentWords.some((w) => sameWord(w, word.toLowerCase()));
        if (!JOINERS.has(word.toLowerCase()) && (shared || ALL_CAPS_WORD.test(word))) break;
        from++;
      }
      if (from < i && resembles(tokens.slice(from, i).map((t) => t.text), registered)) return make(from, 'differs');
    }
    return undefined;
  }

  /** `ACR (Full Name)`: a name in brackets right after the token. */
  private acronymFirst(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
    if (piece.possessive) return undefined;
    const after = this.gap(block, tokens, i, i + 1);
    const open = /^[*_]*\s*\(\s*$/.exec(after);
    if (!open || i + 1 >= tokens.length) return undefined;
    // The name runs to the closing bracket, without crossing a sentence or another bracket.
    let last = -1;
    for (let j = i + 1; j < tokens.length && j <= i + NAME_WINDOW; j++) {
      const gap = this.gap(block, tokens, j, j + 1);
      if (/^\s*\)/.test(gap)) {
        last = j;
        break;
      }
      if (/[()[\].!?;:]/.test(gap)) return undefined;
    }
    if (last < 0) return undefined;
    const registered = this.lookup.registry.get(key);
    let first = i + 1;
    while (first < last && JOINERS.has(tokens[first]!.text.toLowerCase())) first++;
    const names = tokens.slice(first, last + 1).map((t) => t.text);
    const nameRange = { start: tokens[first]!.start, end: tokens[last]!.end };
    const name = this.text.slice(nameRange.start, nameRange.end);
    let relation: DefinitionRelation | undefined;
    if (registered && (comparable(name) === registered.normalised || comparable(name) === comparable(pluralName(registered.name)))) {
      relation = 'registry';
    } else if (initialsStart(names, lettersOf(piece.core), true) === 0) {
      relation = registered && resembles(names, registered) ? 'differs' : 'local';
    } else if (registered && resembles(names, registered)) {
      relation = 'differs';
    }
    if (!relation) return undefined;
    const openStart = piece.end + after.indexOf('(');
    const closeStart = tokens[last]!.end + this.gap(block, tokens, last, last + 1).indexOf(')');
    return {
      key,
      acronym: piece.core,
      form: 'acronym-first',
      name,
      nameRange,
      acronymRange: { start: piece.start, end: piece.end },
      openBracket: { start: openStart, end: openStart + 1 },
      closeBracket: { start: closeStart, end: closeStart + 1 },
      range: { start: piece.start, end: closeStart + 1 },
      drop: { range: { start: piece.end + (/^[*_]*/.exec(after)?.[0].length ?? 0), end: closeStart + 1 }, text: '' },
      relation,
      registryName: registered?.name,
      plural: piece.plural,
      block,
      exempt: false,
    };
  }

  /**
   * `ACR: Full Name` at the start of a line (a glossary, as in "Notes to editors"). Only a name
   * that is the registry's or spells the acronym counts: `WHO: the outbreak is over` is not one.
   * A pronunciation in brackets after the colon is skipped (`IEEE: (I triple E) Institute ...`).
   */
  private glossary(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
    if (piece.possessive || piece.start !== tokens[i]!.start) return undefined;
    const before = i === 0 ? this.text.slice(block.range.start, tokens[0]!.start) : this.gap(block, tokens, i - 1, i);
    const lineStart = i === 0 || /[\r\n]/.test(before);
    if (!lineStart || !/^[\s\-*•–]*$/.test(before.replace(/^[^]*[\r\n]/, ''))) return undefined;
    const after = this.gap(block, tokens, i, i + 1);
    const colon = /^\s*:\s+/.exec(after);
    if (!colon || i + 1 >= tokens.length) return undefined;
    let first = i + 1;
    if (after.slice(colon[0].length).startsWith('(')) {
      // Skip the bracketed aside.
      while (first < tokens.length && first <= i + NAME_WINDOW && !this.gap(block, tokens, first, first + 1).includes(')')) first++;
      first++;
    }
    if (first >= tokens.length) return undefined;
    let last = first;
    while (last + 1 < tokens.length && last < first + NAME_WINDOW) {
      const gap = this.gap(block, tokens, last, last + 1);
      if (/[\r\n.;:()!?]/.test(gap)) break;
      last++;
    }
    while (first < last && JOINERS.has(tokens[first]!.text.toLowerCase())) first++;
    const names = tokens.slice(first, last + 1).map((t) => t.text);
    const nameRange = { start: tokens[first]!.start, end: tokens[last]!.end };
    const name = this.text.slice(nameRange.start, nameRange.end);
    const registered = this.lookup.registry.get(key);
    let relation: DefinitionRelation | undefined;
    if (registered && comparable(name) === registered.normalised) relation = 'registry';
    else if (initialsStart(names, lettersOf(piece.core), true) === 0) {
      relation = registered && resembles(names, registered) ? 'differs' : 'local';
    }
    if (!relation) return undefined;
    const colonAt = piece.end + after.indexOf(':');
    return {
      key,
      acronym: piece.core,
      form: 'glossary',
      name,
      nameRange,
      acronymRange: { start: piece.start, end: piece.end },
      openBracket: { start: colonAt, end: colonAt + 1 },
      closeBracket: { start: colonAt, end: colonAt + 1 },
      range: { start: piece.start, end: nameRange.end },
      relation,
      registryName: registered?.name,
      plural: piece.plural,
      block,
      exempt: false,
    };
  }

  /**
   * How far back a name before token `i` may reach: at most `limit` words, never across
   * sentence punctuation, brackets or commas; with `namesOnly`, only over capitalised words,
   * acronyms, numbers and joiners.
   */
  private windowStart(block: Block, tokens: Token[], i: number, limit: number, namesOnly: boolean): number {
    let from = i;
    while (from > 0 && i - from < limit) {
      const candidate = tokens[from - 1]!;
      if (from < i && NAME_BREAK.test(this.gap(block, tokens, from - 1, from))) break;
      if (namesOnly && !/^[\p{Lu}\p{N}]/u.test(candidate.text) && !JOINERS.has(candidate.text.toLowerCase())) break;
      from--;
    }
    return from;
  }

  /** The text between token `a` and token `b` (or the block's end / start). */
  private gap(block: Block, tokens: Token[], a: number, b: number): string {
    const start = a < 0 ? block.range.start : tokens[a]!.end;
    const end = b >= tokens.length ? block.range.end : tokens[b]!.start;
    return this.text.slice(start, end);
  }
}

/**
 * A word that cannot hold an acronym, decided on its first two characters: one that starts with
 * a lower-case ASCII letter, or a capital followed by one, and has no hyphen or dot to split at.
 */
function plainWord(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (!(isAsciiLower(first) || (first >= 65 && first <= 90 && isAsciiLower(second)))) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 46 || code === 0x2010) return false;
  }
  return true;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The letters of an acronym, upper case (GLO.ACT -> G L O A C T; COVID-19 -> C O V I D). */
function lettersOf(acronym: string): string[] {
  return Array.from(acronym.normalize('NFC')).filter((ch) => /\p{L}/u.test(ch)).map((ch) => ch.toUpperCase());
}

function isAcronymShape(text: string): boolean {
  if (!ACRONYM_SHAPE.test(text.replace(/[-‐]\p{N}+$/u, ''))) return false;
  // At least two capitals, or one and a number (G20): single letters are words.
  const capitals = text.match(UPPER_LETTER)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && /\p{N}/u.test(text));
}

/** Two words are the same for naming purposes: equal, or sharing a five-letter stem (organisation/organization). */
function sameWord(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));
}

/** More than half of the name's content words are the registry name's. */
function resembles(names: string[], registered: RegistryEntry): boolean {
  const content = names.map((w) => normaliseForComparison(w).toLowerCase()).filter((w) => !JOINERS.has(w));
  if (content.length === 0) return false;
  const shared = content.filter((w) => registered.contentWords.some((r) => sameWord(r, w))).length;
  return shared * 2 > content.length;
}

/**
 * The earliest word from which `words` (up to their end) spell `letters`: every word gives the
 * next letter(s) (a prefix, GLObal ACTion; or the initials of its hyphenated parts,
 * Non-Governmental), except joiners (of, and, for ...), which may give a letter or none.
 * The first word must give a letter. Returns -1 if no start works; with `fromStart`, only 0 is tried.
 */
function initialsStart(words: string[], letters: string[], fromStart = false): number {
  if (letters.length === 0 || words.length === 0) return -1;
  const n = words.length;
  const memo = new Map<number, boolean>();
  const options = (word: string, at: number): number[] => {
    const chars = Array.from(word.normalize('NFC')).filter((ch) => /\p{L}/u.test(ch)).map((ch) => ch.toUpperCase());
    const result: number[] = [];
    for (let k = 1; k <= chars.length && at + k <= letters.length; k++) {
      if (chars[k - 1] !== letters[at + k - 1]) break;
      result.push(k);
    }
    const parts = word.split(/[-‐]/).filter((p) => p.length > 0);
    if (parts.length > 1 && at + parts.length <= letters.length) {
      if (parts.every((p, x) => p[0]!.toUpperCase() === letters[at + x])) result.push(parts.length);
    }
    return result;
  };
  const match = (wi: number, li: number): boolean => {
    if (wi === n) return li === letters.length;
    const key = wi * 1024 + li;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = JOINERS.has(words[wi]!.toLowerCase()) && match(wi + 1, li);
    if (!ok) for (const k of options(words[wi]!, li)) if ((ok = match(wi + 1, li + k))) break;
    memo.set(key, ok);
    return ok;
  };
  const last = fromStart ? 0 : n - 1;
  for (let s = 0; s <= last; s++) {
    for (const k of options(words[s]!, 0)) if (match(s + 1, k)) return s;
  }
  return -1;
}

/** Every word capitalised but place-name particles: `The Hague`, `Rio de Janeiro`, `Dar es Salaam`. */
function isPlace(text: string): boolean {
  for (const match of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) {
    if (!PLACE_PARTICLES.has(match[0])) return false;
  }
  return true;
}

/** Where the dateline of the lead paragraph ends (its separator included), or -1. */
function datelineEnd(lead: Block): number {
  const firstLine = lead.lines[0]!;
  const line = lead.text.slice(0, Math.min(firstLine.end - lead.range.start, 240));
  const date = MONTH_DATE.exec(line);
  // Before the date only a place may stand: no running prose ("UNODC and the EU agreed on 8 July").
  if (!date || date.index > 100 || PROSE_WORD.test(line.slice(0, date.index))) return -1;
  const afterDate = date.index + date[0].length;
  const separator = DATELINE_SEPARATOR.exec(line.slice(afterDate));
  if (separator && separator.index < 60) {
    let end = afterDate + separator.index + separator[0].length;
    // Date first, place after: `16th June 2020 - TUNIS, Tunisia - `.
    const place = line.slice(0, date.index).trim() === '' ? PLACE_THEN_SEPARATOR.exec(line.slice(end)) : null;
    if (place && isPlace(place[1]!)) end += place[0].length;
    return lead.range.start + end;
  }
  // The dateline on its own line, the body on the next.
  if (lead.lines.length > 1 && line.length < 120) return firstLine.end;
  return lead.range.start + date.index + date[0].length;
}

/** `Full Name (ACR)` written for one use of the acronym (plural: `Full Names (ACRs)`). */
export function expandedForm(name: string, acronym: string, plural: boolean): string {
  return plural ? `${pluralName(name)} (${acronym}s)` : `${name} (${acronym})`;
}

/** A definition's name on one line, for messages. */
export function nameForMessage(name: string): string {
  return normaliseForComparison(name);
}
