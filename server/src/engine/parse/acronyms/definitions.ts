/**
 * Reading a definition around a bracketed acronym or a glossary line: `Full Name (ACR)`,
 * `ACR (Full Name)`, `ACR: Full Name`. Each reader looks a bounded number of words back or
 * ahead, so the analysis stays linear in the text.
 */
import type { Block } from '../blocks';
import { hasNoLowerCase } from '../../text/capitals';
import { comparable, initialsStart, JOINERS, lettersOf, looseInitialsStart, pluralName, resembles, sameWord, spelledAcross, spelledWithin } from './names';
import type { AcronymDefinition, DefinitionRelation, Piece, StyleLookup, Token } from './model';

/** Punctuation that ends a name: a name never runs across it. */
const NAME_BREAK = /[.!?;:()[\]{}"“”,]/;
/** ... except a list of words in one name, read loosely: "Homophobia, Transphobia and Biphobia". */
const SENTENCE_BREAK = /[.!?;:()[\]{}"“”]/;
/** An acronym and a hyphen opening a word: "UNODC-" in "UNODC-World". */
const ACRONYM_PREFIX = /^[\p{Lu}\p{N}.]{2,}[-‐](?=\p{Lu})/u;
/** Initials written with stops, as a word reader returns them without the last one: U.S, U.K. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** At most this many words are looked at before a bracket for a name. */
const NAME_WINDOW = 30;

export class DefinitionReader {
  constructor(
    private readonly text: string,
    private readonly lookup: StyleLookup,
  ) {}

  nameFirst(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
    const before = this.gap(block, tokens, i - 1, i);
    // `(ACR)`, also emphasised, quoted (`Acme Inc. ("ACME")`, as contracts write it) or as a
    // Markdown link: `([ACR](https://...))`.
    const open = /\(\s*[*_"“]*\[?[*_]*$/.exec(before);
    // (A number or one word may follow the acronym inside the brackets: "Wide Field Camera 3
    // (WFC 3)", "Dow Jones Sustainability World Index (DJSI World)".)
    const close = /^(?:'s|’s)?[*_"”]*(?:\]\([^()\s]{0,500}\))?[*_"”]*(?:[ \u00a0]+(?:\d{1,3}|\p{Lu}\p{Ll}+))?\s*\)/u.exec(this.text.slice(piece.end, Math.min(piece.end + 520, block.range.end)));
    if (!open || !close || i === 0) return undefined;
    const openStart = tokens[i]!.start - before.length + open.index;
    const closeStart = piece.end + close[0].length - 1;
    const nameEnd = tokens[i - 1]!.end;
    // (The name may end in an abbreviation's stop, "Olympia Financial Group Inc. (OFGI)", or be
    // quoted: `the "Container Control Programme" (CCP)`.)
    if (!/^[.”"’]?[\s*_]*$/.test(this.text.slice(nameEnd, openStart))) return undefined;
    const letters = lettersOf(piece.core);
    const registered = this.lookup.registry.get(key);

    const make = (from: number, relation: DefinitionRelation, skip = 0): AcronymDefinition => {
      const nameRange = { start: tokens[from]!.start + skip, end: nameEnd };
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
    // 2. The initials of the words before the bracket spell the acronym. A word joined to an
    // acronym before it counts from its hyphen: "the UNODC-World Customs Organization (WCO)".
    const windowStart = this.windowStart(block, tokens, i, letters.length + 8, false);
    const prefixes = tokens.slice(windowStart, i).map((t) => ACRONYM_PREFIX.exec(t.text)?.[0].length ?? 0);
    const names = tokens.slice(windowStart, i).map((t, k) => t.text.slice(prefixes[k]));
    const initialsFrom = initialsStart(names, letters);
    if (initialsFrom >= 0) {
      const from = windowStart + initialsFrom;
      const relation = registered && resembles(names.slice(initialsFrom), registered) ? 'differs' : 'local';
      return make(from, relation, prefixes[initialsFrom]);
    }
    // ... or one word holds them: "258 gigabytes (GB)", "solar photovoltaic (PV) systems".
    if (!registered && spelledWithin(tokens[i - 1]!.text, letters)) return make(i - 1, 'local');
    // 3. A name that is mostly the registry's, worded otherwise (Global Action against ... (GLO.ACT)).
    if (registered) {
      // (Over capitalised words, unless the registry writes the name in lower case: "non-governmental organisation".)
      let from = this.windowStart(block, tokens, i, NAME_WINDOW, /^\p{Lu}/u.test(registered.name));
      while (from < i) {
        const word = tokens[from]!.text;
        const shared = registered.contentWords.some((w) => sameWord(w, word.toLowerCase()));
        if (!JOINERS.has(word.toLowerCase()) && (shared || hasNoLowerCase(word))) break;
        from++;
      }
      if (from < i && resembles(tokens.slice(from, i).map((t) => t.text), registered)) return make(from, 'differs');
    }
    // 4. Looser: the letters in order at the starts of the words before the bracket, a few words
    // left out ("Bureau of Alcohol Tobacco Firearms and Explosives (ATF)", "International Day
    // against Homophobia, Transphobia and Biphobia (IDAHOT)").
    const looseWindow = this.windowStart(block, tokens, i, letters.length * 2 + 4, false, true);
    const looseFrom = looseInitialsStart(tokens.slice(looseWindow, i).map((t) => t.text), letters);
    if (looseFrom >= 0) return make(looseWindow + looseFrom, registered ? 'differs' : 'local');
    // 5. A name of capitalised words right before the bracket whose letters hold the acronym's
    // in order, most of its words giving their initial: "Deep Phreatic Thermal Explorer
    // (DEPTHX)", "U.S. Marshal's Service (USMS)", "ECMAScript 2015 (ES6)".
    if (!registered) {
      const namesFrom = this.windowStart(block, tokens, i, letters.length + 4, true);
      const spelledFrom = spelledAcross(tokens.slice(namesFrom, i).map((t) => t.text), letters);
      if (spelledFrom >= 0) return make(namesFrom + spelledFrom, 'local');
    }
    return undefined;
  }

  /** `ACR (Full Name)`: a name in brackets right after the token. */
  acronymFirst(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
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
   * `ACR, the Full Name, ...`: a name set off by commas (or dashes) right after the acronym,
   * that is the registry's or spells it: "UNFPA, the United Nations Population Fund, and its
   * partners". Nothing to drop: the sentence needs both.
   */
  appositive(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
    if (piece.possessive || i + 1 >= tokens.length) return undefined;
    const after = this.gap(block, tokens, i, i + 1);
    if (!/^[*_]*\s*,\s+$/.test(after)) return undefined;
    let first = i + 1;
    while (first < tokens.length && /^(?:the|an?)$/i.test(tokens[first]!.text)) first++;
    let last = first;
    for (; last < tokens.length && last < first + NAME_WINDOW; last++) {
      const gap = this.gap(block, tokens, last, last + 1);
      if (/^\s*(?:,|[–—]|\s-\s)/.test(gap)) break;
      if (/[()[\].!?;:"“”]/.test(gap) || last + 1 >= tokens.length) return undefined;
    }
    if (last >= tokens.length || first > last) return undefined;
    const comma = piece.end + after.indexOf(',');
    const closeAt = tokens[last]!.end + this.gap(block, tokens, last, last + 1).search(/[,–—-]/);
    return this.nameAfter(block, tokens, piece, key, first, last, 'appositive', comma, closeAt);
  }

  /**
   * `ACR: Full Name` at the start of a line (a glossary, as in "Notes to editors"). Only a name
   * that is the registry's or spells the acronym counts: `WHO: the outbreak is over` is not one.
   * A pronunciation in brackets after the colon is skipped (`IEEE: (I triple E) Institute ...`).
   */
  glossary(block: Block, tokens: Token[], i: number, piece: Piece, key: string): AcronymDefinition | undefined {
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
    const colonAt = piece.end + after.indexOf(':');
    return this.nameAfter(block, tokens, piece, key, first, last, 'glossary', colonAt, colonAt);
  }

  /**
   * A definition whose name follows the acronym, tokens `first` to `last` (a glossary line, an
   * appositive): the registry's name, or one whose initials spell the acronym from its first
   * word. `open` and `close` are the marks around the name (a colon, two commas).
   */
  private nameAfter(block: Block, tokens: Token[], piece: Piece, key: string, first: number, last: number, form: 'glossary' | 'appositive', open: number, close: number): AcronymDefinition | undefined {
    const names = tokens.slice(first, last + 1).map((t) => t.text);
    const nameRange = { start: tokens[first]!.start, end: tokens[last]!.end };
    const name = this.text.slice(nameRange.start, nameRange.end);
    const registered = this.lookup.registry.get(key);
    let relation: DefinitionRelation | undefined;
    if (registered && comparable(name) === registered.normalised) relation = 'registry';
    else if (initialsStart(names, lettersOf(piece.core), true) === 0) relation = registered && resembles(names, registered) ? 'differs' : 'local';
    if (!relation) return undefined;
    return {
      key,
      acronym: piece.core,
      form,
      name,
      nameRange,
      acronymRange: { start: piece.start, end: piece.end },
      openBracket: { start: open, end: open + 1 },
      closeBracket: { start: close, end: close + 1 },
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
  private windowStart(block: Block, tokens: Token[], i: number, limit: number, namesOnly: boolean, acrossCommas = false): number {
    let from = i;
    const breaks = acrossCommas ? SENTENCE_BREAK : NAME_BREAK;
    while (from > 0 && i - from < limit) {
      const candidate = tokens[from - 1]!;
      const gap = this.gap(block, tokens, from - 1, from);
      // (The stop of dotted initials is no break: "U.S. Marshal's Service (USMS)".)
      if (from < i && breaks.test(gap) && !(/^\.\s+$/.test(gap) && DOTTED_INITIALS.test(candidate.text))) break;
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
