/**
 * What the spelling rule reports on a parsed draft, given a loaded dictionary: unknown words
 * (with suggestions) and words spelt the other dialect's way (with a fix).
 *
 * The draft's prose is read block by block (headline, dateline and body, boilerplate, contact
 * block; never front matter or control comments). What is accepted without configuration:
 * - all-caps tokens (GLO.ACT, UNODC, NGOs): the acronym rules' business;
 * - tokens with a digit (5km, COVID-19, 2019/20, G20) and short units after a number (10 mln);
 * - URLs, e-mail addresses (also "name[at]org.int"), domain and file names, @handles, #hashtags,
 *   Markdown code and HTML tags;
 * - in English, words with a letter outside A-Z (LEFÖ, Bogotá, António, Минск): spelled as written;
 * - in French (a draft checked in French: the French dictionary), English words, and the word
 *   after an elision (l’Office) read alone;
 * - names and organisations of the contact block, everywhere in the draft;
 * - the words of the acronym registry's names, the ignore list, programme names and mentions;
 * - in a boilerplate paragraph, the words of the programme's canonical text;
 * - house words (`words:` and the words file), and the words the draft lists in a
 *   `<!-- presslint-words ... -->` or `<!-- cspell:words ... -->` comment;
 * - what cspell accepts (cspell.ts: software terms, companies, the team's cspell words and
 *   dictionaries; its flagWords are reported) and regular forms of known words (word-forms.ts);
 * - a capitalised word the dictionary does not know, unless one slip (two letters swapped, a
 *   letter dropped, added or a vowel changed inside the word) turns it into a common word (for
 *   words of six letters or more) or a month, weekday or country (five or more): "Goverment",
 *   "Septmber" and "Brazl" are typos, "Nyanenkova" and "Amina" are names.
 *
 * Every answer about a word is cached for the speller's life, so re-checking an edited draft
 * only looks up the words that changed.
 */
import type { HouseStyle } from '../config/style';
import { proseOf, type Block, type DraftDocument } from '../parse/document';
import type { Report, Suggestion, TextRange } from '../vocabulary';
import { dialectVariant, matchCase, mayBeVariant, preferredSpelling, regularVariant } from './dialect';
import type { Dictionary, WordSet } from './dictionary';
import type { CspellWords } from './cspell';
import { CALENDAR_WORDS } from '../text/dates';
import { COUNTRY_WORDS } from '../text/places';
import { isCapitalsToken } from '../text/capitals';
import { ownString } from '../text/own-string';
import { WordCache } from './word-cache';
import { contactParts, recurringNames, skippedSpans } from './not-prose';
import { fencedCodeOf } from '../parse/not-prose';
import { tokens, type Token } from './tokens';
import { knownForm } from './word-forms';
import { draftLanguage } from '../parse/language';
import { parseDateline } from '../parse/dateline';
import { draftWords } from '../parse/directives';
import { insideQuotation } from '../text/quotations';
import { detectLanguage, languageName, styleLanguageOf, type Language } from '../text/language';
import { withinOneEdit } from '../text/edit-distance';
import { edits, rankBySlips, slips } from './slips';
import { atSentenceStart, onlySpaces, sentenceAround } from './sentences';
import { draftNote } from './draft-note';

/** Suggestions offered per unknown word, at most. */
export const MAX_SUGGESTIONS = 5;
/** Lower-case words shorter than this are not checked (cspell's default is 4; "teh" is 3). */
const MIN_LOWER_LENGTH = 3;
/** Capitalised words this long or longer are reported when one slip from a common word. */
const MIN_NAME_CHECK_LENGTH = 6;
/** ... or from a month, weekday or country (Brazl, Kenay); shorter ones are names or abbreviations (Amb, Tel). */
const MIN_KNOWN_NAME_SLIP_LENGTH = 5;

const HAS_DIGIT = /\p{N}/u;
const HAS_UPPER = /\p{Lu}/u;
const NON_ASCII_LETTER = /[^\x00-\x7F]/;
/** French elision before a word: l’, d’, j’, m’, n’, s’, t’, c’, qu’, jusqu’, lorsqu’, puisqu’, quoiqu’ (key: straight apostrophe). */
const ELIDED = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/iu;

/** ", Afghanistan" after a word: the word is a place in that country ("in Bagram, Afghanistan"). */
const COUNTRY_AFTER = /^,[ \t\u00a0]+(\p{Lu}\p{L}+)/u;

/** Words after a number that are units or multipliers (5 km, 10 mln, 3 bn), whatever they are. */
const MAX_UNIT_LENGTH = 4;

/**
 * Two more names in a list, after or before a word: short items with a capital in each
 * ("Codefresh, DigitalOcean, Cars.com"; "nearForm, npm" does not count: no capital in npm).
 */
const LIST_ITEM = "[ \\t\\u00a0]*(?=[^,\\n]*\\p{Lu})[^\\s,.;:!?()](?:[^,.;:!?()\\n]|\\.(?=\\p{L})){0,30}?";
const LIST_AFTER = new RegExp(`^,${LIST_ITEM},${LIST_ITEM}(?:,|[ \\t]+and[ \\t])`, 'u');
const LIST_BEFORE = new RegExp(`,${LIST_ITEM},${LIST_ITEM},[ \\t\\u00a0]*$`, 'u');
/** How far around a word a list of names is looked for. */
const LIST_REACH = 80;

/** Paragraphs whose language is read on its own: prose a writer may quote in another language. */
const PASSAGE_KINDS: ReadonlySet<Block['kind']> = new Set(['body', 'boilerplate']);

/** Words before a dialect variant at the start of a sentence that make it part of a name. */
const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'to', 'in', 'against']);

/** The style-dependent part of the rule; one per speller. */
export class SpellChecker {
  private readonly known = new WordCache<boolean>();
  private readonly otherKnown = new WordCache<boolean>();
  private readonly nearMisses = new WordCache<boolean>();
  private readonly suggestionCache = new WordCache<string[]>();
  /** Lower-cased words accepted everywhere: house words, registry, ignore list, programmes. */
  private readonly accepted: Set<string>;
  /** Lower-cased house words (they also win over the dialect's preference). */
  private readonly houseWords: Set<string>;
  private readonly houseWordList: string[];
  /**
   * Words of official names as written (World Health Organization, World Food Programme):
   * accepted with their capitals only, so that "programme" in an en-US house is still reported.
   */
  private readonly officialNameWords: Set<string>;
  /** Words of the canonical boilerplates as written. */
  private readonly boilerplateWords: Set<string>;

  constructor(
    private readonly dictionary: Dictionary,
    /** The other dialect's dictionary: a word only it knows is English, not a typo. */
    private readonly otherDialect: Dictionary | undefined,
    /** People's names as they are capitalised ("Parris", "Grogan"): a name one slip from a word is no typo. */
    private readonly personNames: WordSet,
    /** What cspell accepts and forbids: the team's cspell settings, cspell's software terms and companies. */
    private readonly cspell: CspellWords,
    private readonly style: HouseStyle,
    houseWords: readonly string[],
    /** False: reports leave out suggestions, which `suggestionsOf` gives on request (the server). */
    private readonly suggestWithReports = true,
  ) {
    this.houseWordList = [...new Set(houseWords.flatMap((w) => tokens(w).map((t) => t.key)))];
    this.houseWords = new Set(this.houseWordList.map((w) => w.toLowerCase()));
    const officialNames = [
      ...Object.values(style.acronyms.registry),
      ...style.programmes.flatMap((p) => [p.name, ...p.mentions]),
    ];
    this.officialNameWords = new Set(officialNames.flatMap((name) => tokens(name).map((t) => t.key)));
    this.accepted = new Set([
      ...this.houseWords,
      ...Object.keys(style.acronyms.registry).flatMap((k) => tokens(k).map((t) => t.key.toLowerCase())),
      ...style.acronyms.ignore.flatMap((k) => tokens(k).map((t) => t.key.toLowerCase())),
    ]);
    this.boilerplateWords = new Set(
      style.programmes.flatMap((p) => [p.boilerplate, ...p.previous]).flatMap((text) => tokens(text).map((t) => t.key)),
    );
  }

  /** The spelling reports of a draft, in text order. */
  check(doc: DraftDocument): Report[] {
    // A draft in another language would be all unknown words: one finding says so instead.
    const language = draftLanguage(doc, this.style);
    if (language.code !== this.style.language) return [this.otherLanguage(doc, language.other ?? { code: language.code!, name: languageName(language.code!) }, language.source === 'detected')];
    const reports: Report[] = [];
    const { skipped, names: contactNames } = contactParts(doc);
    const names = new Set([...contactNames, ...recurringNames(doc, (word) => this.isKnown(word))]);
    for (const word of draftWords(doc.directives)) for (const t of tokens(word)) names.add(t.key.toLowerCase()); // <!-- presslint-words ... -->
    skipped.push(...fencedCodeOf(doc));
    // The dateline's place and country are names ("Nakuru, Kenya"), whose form the dateline rule checks.
    const dateline = parseDateline(doc);
    if (dateline) skipped.push(...[...dateline.places, ...dateline.countries].map((place) => place.range));
    skipped.sort((a, b) => a.start - b.start);
    // A paragraph's reports depend on its text, its kind and the names of the draft (contact
    // names, recurring capitalised words): while the names stay the same, an unchanged
    // paragraph's reports are reused (the document's paragraph memo, which the server keeps
    // from one lint to the next).
    doc.memo?.dependsOn('spelling', [...names].sort().join('\n'));
    // Blocks and spans are both in text order: one pass hands each block the spans inside it.
    let first = 0;
    for (const block of doc.blocks) {
      if (block.kind === 'end-mark') continue;
      // A long passage in another language (a quotation in Spanish): one finding says so, its words are not checked.
      const passage = PASSAGE_KINDS.has(block.kind) ? this.passageLanguage(doc, block) : undefined;
      if (passage) {
        reports.push(this.otherLanguagePassage(block, passage));
        continue;
      }
      while (first < skipped.length && skipped[first]!.end <= block.range.start) first++;
      let last = first;
      while (last < skipped.length && skipped[last]!.start < block.range.end) last++;
      if (last > first) {
        this.checkBlock(block, skipped.slice(first, last), names, reports);
        continue;
      }
      const check = () => {
        const found: Report[] = [];
        this.checkBlock(block, [], names, found);
        return found;
      };
      const key = `${block.kind}\u0000${block.text}`;
      reports.push(...(doc.memo ? doc.memo.place('spelling', key, block, check) : check()));
    }
    return reports;
  }

  /** The one finding on a draft not written in English: where its prose starts. */
  /** The language of a paragraph when it is long enough to tell and not the house's; undefined otherwise. */
  private passageLanguage(doc: DraftDocument, block: Block): Language | undefined {
    const detect = () => {
      const language = detectLanguage(proseOf(block));
      return language && styleLanguageOf(language) !== this.style.language ? language : undefined;
    };
    return doc.memo ? doc.memo.get('passage-language', block.text, detect) : detect();
  }

  private otherLanguagePassage(block: Block, language: Language): Report {
    const line = block.lines[0]!;
    return {
      message: `This paragraph seems to be written in ${language.name}: its spelling is not checked (presslint checks English, ${this.style.dialect}).`,
      range: { start: Math.max(line.start, block.range.start), end: line.end },
      severity: 'info',
      data: { language: language.code },
    };
  }

  /** `detected`: read from the prose, not said by the draft's front matter or name. */
  private otherLanguage(doc: DraftDocument, language: Language, detected: boolean): Report {
    const written = detected ? 'seems to be written' : 'is written';
    return draftNote(doc, `This draft ${written} in ${language.name}: its spelling is not checked (presslint spells English, French, and Spanish when its dictionary is installed).`, { language: language.code });
  }

  private checkBlock(block: Block, contactSpans: readonly TextRange[], names: ReadonlySet<string>, reports: Report[]): void {
    const text = block.text;
    const base = block.range.start;
    const skip = skippedSpans(text, base, contactSpans, this.cspell.ignorePatterns);
    let s = 0;
    let previous: Token | undefined;
    for (const token of tokens(text)) {
      while (s < skip.length && skip[s]!.end <= token.start) s++;
      const overlapsSkipped = s < skip.length && skip[s]!.start < token.end;
      const spaced = previous !== undefined && onlySpaces(text, previous.end, token.start);
      const afterNumber = spaced && previous!.isNumber;
      const wordBefore = spaced ? previous : undefined;
      previous = token;
      if (overlapsSkipped || token.isNumber || HAS_DIGIT.test(token.core)) continue;
      if (afterNumber && token.core.length <= MAX_UNIT_LENGTH) continue;
      const report = this.checkWord(text, base, token, block, names, wordBefore);
      if (report) reports.push(report);
    }
  }

  private checkWord(
    text: string,
    base: number,
    token: Token,
    block: Block,
    names: ReadonlySet<string>,
    wordBefore: Token | undefined,
  ): Report | undefined {
    const { core, key } = token;
    const lower = key.toLowerCase();
    const upper = HAS_UPPER.test(core);
    if (!upper && core.length < MIN_LOWER_LENGTH) return undefined;
    if (isCapitalsToken(core)) return undefined;
    if (this.accepted.has(lower) || names.has(lower) || this.officialNameWords.has(key)) return undefined;
    if (this.cspell.isForbidden(key)) {
      return { message: `"${core}" is a forbidden word (flagWords in ${this.cspell.file ?? 'the cspell settings'}).`, range: { start: base + token.start, end: base + token.start + core.length }, data: { word: core, forbidden: 'true' } };
    }
    if (block.kind === 'boilerplate' && this.boilerplateWords.has(key)) return undefined;
    const english = this.style.language === 'en';
    // (English words with letters beyond ASCII are names and loanwords: café, Zürich.)
    if (english && NON_ASCII_LETTER.test(key)) return undefined;
    const range = { start: base + token.start, end: base + token.start + core.length };
    if (!english) return this.checkWordInLanguage(text, base, token, block, names, wordBefore, range);

    const preferred = mayBeVariant(lower, this.style.dialect)
      ? preferredSpelling(lower, this.style.dialect, {
          previousWord: wordBefore?.key.toLowerCase(),
          sentence: () => sentenceAround(text, token.start),
        })
      : undefined;
    if (preferred && this.dialectApplies(text, token, upper)) return this.dialectReport(text, token, range, preferred);

    if (this.isKnown(key)) return undefined;
    // A word of the other dialect ("misdemeanor", "judgment", "onsite"): English, not a typo. Its
    // house spelling is asked for when a regular change gives one the house dictionary knows.
    if (this.knownToOtherDialect(key)) {
      const variant = regularVariant(lower, this.style.dialect, (word) => this.dictionary.has(word));
      return variant && this.dialectApplies(text, token, upper) ? this.dialectReport(text, token, range, variant) : undefined;
    }
    return this.unknownWord(text, token, wordBefore, range);
  }

  /**
   * A word of a draft in French (or Spanish): its dictionary, else English (a word of English in
   * a French release is a term, not a typo: open source, start-up); in French, an elided article or pronoun
   * (l’, d’, qu’, jusqu’) before a word the dictionary does not list with it is read off, and
   * the word after it checked alone (l’Office, d’Abidjan). No dialect: it is English's.
   */
  private checkWordInLanguage(text: string, base: number, token: Token, block: Block, names: ReadonlySet<string>, wordBefore: Token | undefined, range: TextRange): Report | undefined {
    const { core, key } = token;
    if (this.isKnown(key) || this.knownToOtherDialect(key)) return undefined;
    // A Spanish adverb of an adjective the dictionary knows (responsablemente): its list has few.
    if (this.style.language === 'es' && key.length > 8 && key.toLowerCase().endsWith('mente') && this.isKnown(key.slice(0, -5))) return undefined;
    const elided = this.style.language === 'fr' ? ELIDED.exec(key) : null;
    if (elided) {
      const skip = elided[1]!.length + 1;
      const rest: Token = { start: token.start + skip, end: token.end, core: core.slice(skip), key: key.slice(skip), isNumber: false };
      return this.checkWord(text, base, rest, block, names, wordBefore);
    }
    return this.unknownWord(text, token, wordBefore, range);
  }

  /** A word no dictionary knows: reported, unless it is capitalised and reads as a name. */
  private unknownWord(text: string, token: Token, wordBefore: Token | undefined, range: TextRange): Report | undefined {
    const { core, key } = token;
    if (HAS_UPPER.test(core) && (!this.looksLikeTypo(key) || this.readsAsName(text, token, wordBefore))) return undefined;
    return {
      message: `Unknown word "${core}".`,
      range,
      ...(this.suggestWithReports ? { suggestions: this.suggestionsOf({ range, data: { word: core } }) } : {}),
      data: { word: core },
    };
  }

  /**
   * A capitalised word one slip from a common word that is a name all the same: a person's name
   * ("Parris"), a place followed by its country ("Bagram, Afghanistan"), a surname after a first
   * name ("Myles Borins"), or one of a list of names
   * ("members include Apigee, Codefresh, DigitalOcean, ...").
   */
  private readsAsName(text: string, token: Token, wordBefore: Token | undefined): boolean {
    if (this.personNames.has(token.key)) return true;
    const country = COUNTRY_AFTER.exec(text.slice(token.end, token.end + 40))?.[1];
    if (country && COUNTRY_WORDS.has(country.toLowerCase())) return true;
    if (wordBefore && HAS_UPPER.test(wordBefore.core.charAt(0)) && this.personNames.has(wordBefore.key)) return true;
    return LIST_AFTER.test(text.slice(token.end, token.end + LIST_REACH)) || LIST_BEFORE.test(text.slice(Math.max(0, token.start - LIST_REACH), token.start));
  }

  /** "organized" in an en-GB house: fixed to the house's spelling, offered inside a quotation. */
  private dialectReport(text: string, token: Token, range: TextRange, preferred: string): Report {
    const core = token.core;
    const replacement = matchCase(core, preferred);
    const change = { range, text: replacement };
    // In an Oxford house, "organised" is British all the same: only Oxford spelling writes -ize.
    const which = this.style.dialect === 'en-US' ? 'the British spelling' : /iz/i.test(replacement) && /is/i.test(core) ? 'not Oxford spelling' : 'the American spelling';
    return {
      message: `"${core}" is ${which}; the house style (${this.style.dialect}) writes "${replacement}".`,
      range,
      // Inside a quotation the word is what someone said: offered, not applied by --fix.
      ...(insideQuotation(text, 0, token.start) ? { suggestions: [{ title: `Change to "${replacement}"`, fix: change }] } : { fix: change }),
      data: { word: core, preferred: replacement, dialect: this.style.dialect },
    };
  }

  /** The suggestions for an unknown-word report (from its range and `data.word`), best first. */
  suggestionsOf(report: Pick<Report, 'range' | 'data'>): Suggestion[] {
    const core = report.data?.word;
    if (!core) return [];
    const key = core.includes('’') ? core.replace(/’/g, "'") : core;
    return this.suggestionsFor(key, core).map((word) => ({ title: `Change to "${word}"`, fix: { range: report.range, text: word } }));
  }

  /**
   * A capitalised variant inside a sentence is part of a name (International Labour
   * Organization, Pan American Health Organization); at the start of one, it is a word,
   * unless the words after it read as a name or a number follows (a product: "Armory 20/20™").
   */
  private dialectApplies(text: string, token: Token, upper: boolean): boolean {
    if (!upper) return true;
    if (isCapitalsToken(token.core) || this.officialNameWords.has(token.key)) return false;
    if (!atSentenceStart(text, token.start)) return false;
    // A number or a trade mark after it makes it a product's name: "Armory 20/20™ protects ...".
    if (/^[\s\u00a0]*[\d™®]/u.test(text.slice(token.end, token.end + 3))) return false;
    const next = /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(token.end, token.end + 60))?.[1];
    return !next || (!HAS_UPPER.test(next.charAt(0)) && !NAME_CONNECTORS.has(next));
  }

  private knownToOtherDialect(key: string): boolean {
    if (!this.otherDialect) return false;
    let known = this.otherKnown.get(key);
    if (known === undefined) {
      // (An own copy of the word: a slice would keep the whole draft alive in cspell's cache.)
      known = this.otherDialect.has(ownString(key));
      this.otherKnown.set(key, known);
    }
    return known;
  }

  private isKnown(key: string): boolean {
    let known = this.known.get(key);
    if (known === undefined) {
      known = this.dictionary.has(key) || this.cspell.has(key) || knownForm(key, (word) => this.dictionary.has(word));
      this.known.set(key, known);
    }
    return known;
  }

  /**
   * One slip away from a common word (six letters or more) or a month, weekday or country (five
   * or more): see the module comment. Shorter names sit one slip from too many rare words
   * (Amina/amnia, Imran/Iran).
   */
  private looksLikeTypo(key: string): boolean {
    if (key.length < MIN_KNOWN_NAME_SLIP_LENGTH) return false;
    let typo = this.nearMisses.get(key);
    if (typo === undefined) {
      const lower = key.toLowerCase();
      const anyWord = lower.length >= MIN_NAME_CHECK_LENGTH;
      typo = false;
      for (const candidate of slips(lower)) {
        if ((CALENDAR_WORDS.has(candidate) || COUNTRY_WORDS.has(candidate)) || (anyWord && this.dictionary.hasExactly(candidate))) {
          typo = true;
          break;
        }
      }
      this.nearMisses.set(key, typo);
    }
    return typo;
  }

  /**
   * The dictionary's words one edit away (found by looking each one up: a few milliseconds);
   * only when there is none, cspell's own search, which reaches two edits but takes 40-200 ms.
   */
  private corrections(key: string, lower: string): string[] {
    const found = new Set<string>();
    if (/^[a-z']+$/.test(lower)) {
      for (const candidate of edits(lower)) {
        if (candidate.length > 1 && !found.has(candidate) && this.dictionary.has(candidate)) found.add(candidate);
      }
    }
    if (found.size > 0) return [...found];
    return this.dictionary.suggest(key, MAX_SUGGESTIONS + 3).filter((s) => /^[\p{L}'’-]+$/u.test(s));
  }

  /** Up to five corrections, best first, in the house's dialect and the word's capitals. */
  private suggestionsFor(key: string, written: string): string[] {
    let list = this.suggestionCache.get(key);
    if (!list) {
      const lower = key.toLowerCase();
      const capitalised = /^\p{Lu}/u.test(key);
      const house = this.houseWordList.filter((w) => withinOneEdit(w.toLowerCase(), lower));
      const fromDictionary = rankBySlips(lower, this.corrections(key, lower)).map((s) => {
          const variant = dialectVariant(s.toLowerCase(), this.style.dialect);
          const word = variant ? matchCase(s, variant) : s;
          if (capitalised) return word.charAt(0).toUpperCase() + word.slice(1);
          if (!this.dictionary.hasExactly(word)) {
            const upperFirst = word.charAt(0).toUpperCase() + word.slice(1);
            if (this.dictionary.hasExactly(upperFirst)) return upperFirst;
          }
          return word;
      });
      list = [...new Set([...house, ...fromDictionary])].filter((s) => s !== written && s !== key).slice(0, MAX_SUGGESTIONS);
      this.suggestionCache.set(key, list);
    }
    return list;
  }
}
