/** What the acronym analysis finds in a draft: uses, definitions and entries, with their ranges. */
import type { Block } from '../blocks';
import type { Fix, TextRange } from '../../vocabulary';


/** How a definition is written. */
export type DefinitionForm = 'name-first' | 'acronym-first' | 'glossary' | 'appositive';

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

export interface RegistryEntry {
  acronym: string;
  name: string;
  /** Normalised and lower-cased, to compare with the text. */
  normalised: string;
  wordCount: number;
  contentWords: string[];
}

export interface StyleLookup {
  registry: Map<string, RegistryEntry>;
  ignore: Set<string>;
  headlineExempt: boolean;
}

/** A word of a paragraph as the analysis reads it. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A candidate acronym inside a word. */
export interface Piece {
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
