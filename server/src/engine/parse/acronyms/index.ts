/**
 * The acronym analysis of a draft, shared by the four acronym rules: every acronym token with
 * its range, every definition (`Full Name (ACR)`, `ACR (Full Name)`, a glossary line
 * `ACR: Full Name`) with the ranges of the name, the brackets and the acronym, and how each
 * definition relates to the registry.
 *
 * It is computed once per document and house style (kept in the document's derived values),
 * in one pass over the words of each scanned block. Looking back or ahead from a bracket is bounded by a fixed number of words, so the whole analysis is linear in the text.
 *
 * What is not an acronym, and so never collected: tokens on the ignore list, Roman numerals
 * (Phase II), single letters, tokens that start with a digit (21ST), the dateline (DAKAR,
 * 21 MAY 2016 - ), lines written in capitals (a shouted headline), URLs and e-mail addresses,
 * and the embargo line, contact section and end mark.
 */
import type { Block } from '../blocks';
import { hasNoLowerCase } from '../../text/capitals';
import type { DraftDocument } from '../document';
import { parseDateline } from '../dateline';
import { looseDatelineEnd } from '../dateline/recognise';
import { ADVISORY_LABELS, isEndMark } from '../section-marks';
import { fencedCodeOf, notProseIn } from '../not-prose';
import { inEnglish } from '../language';
import type { HouseStyle } from '../../config/style';
import type { TextRange } from '../../vocabulary';
import { DerivedKey } from '../../derived';
import { words } from '../../text/words';
import type { ParagraphMemo } from '../../paragraph-memo';
import { DefinitionReader } from './definitions';
import { acronymKey, isAcronymShape, plainWord, styleLookup } from './names';
import type { AcronymAnalysis, AcronymDefinition, AcronymEntry, AcronymUse, Piece, StyleLookup, Token } from './model';

export type * from './model';
export { acronymKey, expandedForm, nameForMessage, pluralName, registryName } from './names';

const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const UPPER_LETTER = /\p{Lu}/gu;
/** A token that has a capital letter: the only kind that can hold an acronym. */
const HAS_CAPITAL = /\p{Lu}/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const MAYBE_ACRONYM = /\p{Lu}[^]*[\p{Lu}\p{N}]/u;
/** MAYBE_ACRONYM for some word of a paragraph (words run over letters, marks, digits and joiners). */
const BLOCK_MAYBE_ACRONYM = /\p{Lu}[\p{L}\p{M}\p{N}.'’\-‐]*[\p{Lu}\p{N}]/u;
/** A shouted line: at least this many capitalised words that are not acronyms ... */
const SHOUT_MIN_WORDS = 3;
/** ... making up at least this share of the line's words. */
const SHOUT_SHARE = 0.6;

/** Letters a name written in capitals has at least, and at most (see namesInCapitals) ... */
const MIN_NAME_IN_CAPITALS = 4;
const MAX_NAME_IN_CAPITALS = 40;
/** ... and how many such words one search looks for. */
const MAX_NAMES_SEARCHED = 500;
/** How far around a word in capitals a list of names is looked for. */
const LIST_REACH = 40;
/** A name in mixed case, then a comma, right before the word: "Fidelity, " (not "UNDP, "). */
const MIXED_CASE_ITEM_BEFORE = /(?:^|[\s,])\p{Lu}[\p{L}\p{N}.&'’-]*\p{Ll}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,2},\s*$/u;
/** ... and one after it: ", Joyent" or " and Joyent". */
const MIXED_CASE_ITEM_AFTER = /^(?:,\s*|\s+and\s+)\p{Lu}[\p{L}\p{N}.&'’-]*\p{Ll}/u;

/** A stock listing: `(NYSE: VMC)`, `(TSX: OLY)`, `Nasdaq: ACME`, `(OTCQB: ABCD)`: the exchange and the ticker are no acronyms. */
const STOCK_LISTING = /\b(?:NYSE(?: American| MKT| Arca)?|NASDAQ|Nasdaq|TSX(?:-?V)?|OTC(?:QB|QX| ?BB| Pink)?|LSE|ASX|AMEX|AIM|SIX|Euronext|JSE|NSE|BSE|HKEX|SGX)\s*:\s*[A-Z][A-Z0-9.]{0,7}\b/g;
/** A US state or Canadian province code after a place and a comma: `Portland, OR`, `Washington, DC`. */
const REGION_CODE =
  /(?<=\p{Lu}[\p{Ll}.'’-]+,[ \u00a0])(?:A[KLRZB]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ABDEINOST]|N[BCDEHJLMSTVY]|O[HKNR]|P[AEIR]|QC|RI|S[CDK]|T[NX]|UT|V[AIT]|W[AIVY]|YT)\b(?![\p{L}\p{N}])/gu;

/**
 * A reference or room code: letters and digits run together (`C0225A`, three digits or more) or
 * parts joined by slashes with a number among them (`UNIS/MA/352`, `A/RES/70/1`).
 */
const REFERENCE_CODE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Lu}\p{N}]*\d{3,}[\p{Lu}\p{N}]*|(?:[\p{Lu}\p{N}.]+\/)+[\p{Lu}\p{N}.]+)(?![\p{L}\p{N}])/gu;

/** A room, gate or stand named by a code: `Press Briefing Room CO3`, `Conference Room 4B`. */
const PLACE_CODE = /(?<=\b(?:Room|Hall|Gate|Floor|Level|Booth|Stand|Building)[ \u00a0])[\p{Lu}\p{N}][\p{Lu}\p{N}.\-‐]*(?![\p{L}\p{N}])/gu;
/** A product's name in capitals marked as a trade mark: `BAND-IT® clamps`, `ACME™`. */
const TRADE_MARK = /(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{Lu}\p{N}\-‐]*[®™]/gu;
/** Initials between a first name and a surname: `George H.W. Bush`, `Mary J. K. Smith`. */
const NAME_INITIALS = /(?<=\p{Lu}\p{Ll}+[ \u00a0])(?:\p{Lu}\.[ \u00a0]?){2,3}(?=[ \u00a0]?\p{Lu}\p{Ll})/gu;

/** Spans of a paragraph whose capitals are no acronyms: stock listings, region codes, reference and room codes, trade marks, a name's initials, a media advisory's labels. */
function notAcronymSpans(text: string, schedule: boolean): TextRange[] {
  const spans: TextRange[] = [];
  const add = (start: number, end: number) => spans.push({ start, end });
  if (/[®™]/.test(text)) for (const match of text.matchAll(TRADE_MARK)) add(match.index, match.index + match[0].length);
  if (/\b(?:Room|Hall|Gate|Floor|Level|Booth|Stand|Building) /.test(text)) for (const match of text.matchAll(PLACE_CODE)) if (/\d/.test(match[0])) add(match.index, match.index + match[0].length);
  if (/\p{Lu}\.\p{Lu}|\p{Lu}\. \p{Lu}\./u.test(text)) for (const match of text.matchAll(NAME_INITIALS)) add(match.index, match.index + match[0].length);
  if (/\d/.test(text)) {
    for (const match of text.matchAll(REFERENCE_CODE)) if (/\d/.test(match[0])) add(match.index, match.index + match[0].length);
  }
  // Each form has a mark (a colon, a comma) that most paragraphs lack: they skip its pattern.
  if (text.includes(',')) for (const match of text.matchAll(REGION_CODE)) add(match.index, match.index + match[0].length);
  if (!text.includes(':')) return spans;
  for (const match of text.matchAll(STOCK_LISTING)) add(match.index, match.index + match[0].length);
  // A schedule has several labels (WHAT:, WHEN:, WHERE:), in this paragraph or, one a
  // paragraph, in the draft; "WHO: the agency said" alone is the organisation.
  const labels = [...text.matchAll(ADVISORY_LABEL_LINE)].filter((match) => ADVISORY_LABELS.has(match[1]!.toLowerCase()));
  if (schedule || new Set(labels.map((match) => match[1]!.toLowerCase())).size >= MIN_SCHEDULE_LABELS) {
    for (const match of labels) add(match.index + match[0].length - match[1]!.length - 1, match.index + match[0].length);
  }
  return spans;
}
/** Different schedule labels a paragraph needs before its labels are taken for a schedule's. */
const MIN_SCHEDULE_LABELS = 2;
/** A label in capitals opening a line, before a colon: `WHAT:` (checked against ADVISORY_LABELS). */
const ADVISORY_LABEL_LINE = /(?:^|\n)[ \t]*(\p{Lu}+):/gu;

const ACRONYM_ANALYSIS = new DerivedKey<AcronymAnalysis>('the acronym analysis');

/** The acronym analysis of a document under a house style; computed once per document and style registry. */
export function analyseAcronyms(doc: DraftDocument, style: Pick<HouseStyle, 'acronyms' | 'language'>): AcronymAnalysis {
  // The registry names English organisations: in a French or Spanish draft (ACNUR, ONU) every
  // acronym would be "unknown", so the acronym rules have nothing to say about it.
  if (!inEnglish(doc, style)) return NO_ACRONYMS;
  return doc.derived.get(ACRONYM_ANALYSIS, () => new Analyser(doc, styleLookup(style.acronyms)).run(), [style.acronyms]);
}
const NO_ACRONYMS: AcronymAnalysis = Object.freeze({ uses: [], definitions: [], entries: new Map() });

const NO_PIECES: Piece[] = [];

interface CoreInfo {
  key: string;
  /** In the registry or on the ignore list. */
  known: boolean;
  /** Ignored, or a Roman numeral. */
  notAcronym: boolean;
  weak: boolean;
}

class Analyser {
  private readonly text: string;
  private readonly uses: AcronymUse[] = [];
  private readonly definitions: AcronymDefinition[] = [];
  /** The draft's fenced code (Markdown): no acronym is read in it. */
  private readonly fenced: readonly TextRange[];
  /** The draft holds a media advisory's schedule (WHAT:, WHEN:, WHERE: ...): its labels are no acronyms. */
  private readonly schedule: boolean;
  /** The paragraph the dateline opens and where the dateline ends: its capitals are places, not acronyms. */
  private readonly dateline: { block?: Block; end: number };
  private readonly cores = new Map<string, CoreInfo>();
  private readonly definitionReader: DefinitionReader;
  /** Where the release ends: after an end mark (`###`), what follows is an address footer, not the release. */
  private readonly releaseEnd: number;

  constructor(
    private readonly doc: DraftDocument,
    private readonly lookup: StyleLookup,
  ) {
    this.text = doc.text;
    this.definitionReader = new DefinitionReader(doc.text, lookup);
    // The parsed dateline, or a looser reading of one the parser does not take (a garbled form).
    this.fenced = fencedCodeOf(doc);
    // A media advisory's schedule written one label a paragraph: the draft has several labels.
    const labels = new Set([...doc.text.matchAll(ADVISORY_LABEL_LINE)].map((match) => match[1]!.toLowerCase()).filter((label) => ADVISORY_LABELS.has(label)));
    this.schedule = labels.size >= MIN_SCHEDULE_LABELS;
    const endLine = doc.lines.find((line) => isEndMark(doc.text.slice(line.start, line.end)));
    this.releaseEnd = endLine ? endLine.end : doc.text.length;
    const parsed = parseDateline(doc);
    this.dateline =
      parsed && parsed.block !== doc.lead
        ? { block: parsed.block, end: parsed.range.end }
        : { block: doc.lead, end: doc.lead ? Math.max(looseDatelineEnd(doc.lead), parsed?.range.end ?? -1) : -1 };
  }

  run(): AcronymAnalysis {
    const memo = this.doc.memo;
    for (const block of this.doc.blocks) {
      if (block.kind === 'embargo' || block.kind === 'masthead' || block.kind === 'contact' || block.kind === 'end-mark') continue;
      // The dateline's paragraph (the lead's, as a rule) is scanned by where its dateline ends, not by its text alone.
      // (In a media advisory the schedule's labels depend on the whole draft, and fenced code on
      // the fences around a paragraph: no memo for those.)
      const inCode = this.fenced.some((code) => code.start < block.range.end && block.range.start < code.end);
      if (memo && !this.schedule && !inCode && block !== this.doc.lead && block !== this.dateline.block) this.scanRemembered(block, memo);
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
    const names = this.namesInCapitals();
    const uses = names.size === 0 ? this.uses : this.uses.filter((use) => !names.has(use.key) || use.definition);
    for (const use of uses) entry(use.key, use.acronym).uses.push(use);
    for (const definition of this.definitions) entry(definition.key, definition.acronym).definitions.push(definition);
    return { uses, definitions: this.definitions, entries };
  }

  /**
   * Names written in capitals, not acronyms: a word of four letters or more that the draft also
   * writes in lower or mixed case ("JOYENT: Joyent is announcing ...", "NODESOURCE" and
   * "NodeSource"), or one standing in a list between names in mixed case ("members include
   * Fidelity, IBM, Joyent and ..."). Not for the registry's acronyms, nor a defined one.
   */
  private namesInCapitals(): Set<string> {
    const names = new Set<string>();
    // Words in capitals that could be names, by their letters in lower case.
    const candidates = new Map<string, string>();
    for (const use of this.uses) {
      if (this.lookup.registry.has(use.key) || !/^\p{Lu}+$/u.test(use.acronym) || use.acronym.length < MIN_NAME_IN_CAPITALS) continue;
      candidates.set(use.acronym.toLowerCase(), use.key);
    }
    // One case-blind search of the draft for those words, keeping the ones written with a
    // lower-case letter somewhere (no allocation per word of the draft: only matches are looked at).
    if (candidates.size > 0) {
      const words = [...candidates.keys()].filter((word) => word.length <= MAX_NAME_IN_CAPITALS).slice(0, MAX_NAMES_SEARCHED);
      const search = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      for (const match of this.text.matchAll(search)) {
        if (/\p{Ll}/u.test(match[0])) names.add(candidates.get(match[0].toLowerCase())!);
      }
    }
    for (const use of this.uses) {
      if (names.has(use.key) || this.lookup.registry.has(use.key)) continue;
      const before = this.text.slice(Math.max(0, use.range.start - LIST_REACH), use.range.start);
      const after = this.text.slice(use.range.end, use.range.end + LIST_REACH);
      if (MIXED_CASE_ITEM_BEFORE.test(before) && MIXED_CASE_ITEM_AFTER.test(after)) names.add(use.key);
    }
    return names;
  }

  /** A block's scan, from the memo when the previous lint saw the same paragraph (see ParagraphMemo.place). */
  private scanRemembered(block: Block, memo: ParagraphMemo): void {
    const work = this.isExempt(block) ? 'acronym-scan-exempt' : 'acronym-scan';
    const scan = memo.place(work, block.text, block, () => {
      const firstUse = this.uses.length;
      const firstDefinition = this.definitions.length;
      this.scanBlock(block);
      const found = { uses: this.uses.splice(firstUse), definitions: this.definitions.splice(firstDefinition) };
      return found;
    });
    this.uses.push(...scan.uses);
    this.definitions.push(...scan.definitions);
  }

  private isExempt(block: Block): boolean {
    return this.lookup.headlineExempt && (block.kind === 'headline' || block.kind === 'subheadline' || block.kind === 'about-heading');
  }

  private scanBlock(block: Block): void {
    // A paragraph without a capital followed, inside one word, by another capital or a digit
    // holds no acronym (see MAYBE_ACRONYM): skip tokenising it.
    if (!BLOCK_MAYBE_ACRONYM.test(block.text)) return;
    const base = block.range.start;
    const tokens: Token[] = words(block.text, 'name', base);
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
            (previous === '(' || previous === '[' ? this.definitionReader.nameFirst(block, tokens, i, piece, key) : undefined) ??
            (next === '(' ? this.definitionReader.acronymFirst(block, tokens, i, piece, key) : undefined) ??
            (next === ':' ? this.definitionReader.glossary(block, tokens, i, piece, key) : undefined) ??
            (next === ',' ? this.definitionReader.appositive(block, tokens, i, piece, key) : undefined);
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
    // What is not prose (addresses, handles, code, tags: parse/not-prose.ts), fenced code, and
    // the capitals that are no acronyms here (listings, codes, schedule labels).
    const urls: TextRange[] = [];
    for (const span of notProseIn(block.text)) urls.push({ start: base + span.start, end: base + span.end });
    for (const code of this.fenced) if (code.start < block.range.end && block.range.start < code.end) urls.push(code);
    for (const span of notAcronymSpans(block.text, this.schedule)) urls.push({ start: base + span.start, end: base + span.end });
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
      if ((u < urls.length && urls[u]!.start <= token.start) || (block === this.dateline.block && token.start < this.dateline.end) || token.start >= this.releaseEnd) skip[i] = true;
      const code = token.text.charCodeAt(0);
      if (code >= 97 && code <= 122) {
        lettered++; // a lower-case word: the common case, decided on its first letter
        continue;
      }
      if (code >= 48 && code <= 57 && !/\p{L}/u.test(token.text)) continue; // a number
      lettered++;
      if (HAS_CAPITAL.test(token.text[0]!) || (code >= 0xd800 && code < 0xdc00)) {
        const bare = token.text.replace(/['’]s$/, '');
        if (hasNoLowerCase(bare) && !this.isKnown(bare)) shouting++;
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
      // (Quotes too: `Acme Inc. ("ACME")`.)
      if (ch !== ' ' && ch !== '*' && ch !== '_' && ch !== '\u00a0' && ch !== '"' && ch !== '“' && ch !== '”') return ch;
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
}
