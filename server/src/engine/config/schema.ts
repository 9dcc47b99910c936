/**
 * The house style file's JSON schema: one source for the validator (config/validate.ts),
 * for the shipped `server/presslint.schema.json` (written by the build) and for editors.
 */
import { ruleIds } from '../rules/index';
import { LANGUAGE_SECTION_KEYS } from './style';
import { languageName, STYLE_LANGUAGES } from '../text/language';

/** The subset of JSON Schema that config/validate.ts interprets. */
export interface Schema {
  type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number' | 'null';
  /** Alternatives told apart by their type (a text, a mapping, null): the first whose type fits applies. */
  oneOf?: readonly Schema[];
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: { enum: readonly string[] };
  required?: readonly string[];
  items?: Schema;
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression (Unicode) a text must match. */
  pattern?: string;
  /** What a text failing `pattern` should be, for the message (the ajv-errors keyword; editors ignore it). */
  errorMessage?: string;
  default?: unknown;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
/** Text with a word in it: a boilerplate of blanks or punctuation can never be recognised in a draft. */
const WORDY = { pattern: '[\\p{L}\\p{N}]', errorMessage: 'a text with words in it' } as const;
/** Text with something other than white space in it. */
const NOT_BLANK = { pattern: '\\S', errorMessage: 'a text that is not blank' } as const;
const text = (description: string, extra: Partial<Schema> = {}): Schema => ({ type: 'string', description, ...extra });
const list = (description: string, items: Schema = { type: 'string', minLength: 1 }): Schema => ({
  type: 'array',
  description,
  items,
});

export const houseStyleSchema: Schema = {
  type: 'object',
  description: 'A presslint house style (.presslint.yaml or .presslint.json).',
  additionalProperties: false,
  properties: {
    $schema: text('The JSON schema this file follows (for editors).'),
    extends: text('A built-in style ("recommended") or a house style file inside the project to build on.', {
      default: 'recommended',
    }),
    dialect: { type: 'string', enum: ['en-GB', 'en-US', 'en-GB-oxendict'], description: 'The spelling the house uses: British, American, or British with Oxford -ize spelling (en-GB-oxendict: organization, recognize; analyse, colour).', default: 'en-GB' },
    dateline: {
      type: 'object',
      description: 'The form of the dateline that opens the first paragraph.',
      additionalProperties: false,
      properties: {
        // Only what the dateline parser reads back: any other text made the dateline fix insert a
        // separator the rule could not see, again on every pass (found by the fuzzer).
        separator: text('What separates the dateline from the first sentence, spaces included.', {
          minLength: 1,
          default: ' - ',
          pattern: '^ ?(?:--|[-‐‒–—―:]) ?$',
          errorMessage: 'a dash or a colon, with at most one ordinary space on each side (" - ", " – ", ": ")',
        }),
        dateFormat: { type: 'string', enum: ['D MMMM YYYY', 'MMMM D, YYYY'], description: 'The order of day, month and year.' },
        requireCountry: { type: 'boolean', description: 'The place names a country as well as a city.' },
        maxAgeDays: { type: 'integer', minimum: 0, description: 'The oldest the dateline\'s date may be, in days (date-agreement): a release reused from last year is caught in CI.' },
      },
    },
    acronyms: {
      type: 'object',
      description: 'The acronym registry and the all-caps words that are not acronyms.',
      additionalProperties: false,
      properties: {
        registry: {
          type: 'object',
          description: 'Acronym -> official name, added to the built-in registry.',
          additionalProperties: { type: 'string', minLength: 1 },
        },
        ignore: list('All-caps tokens that are not acronyms to expand (PDR as in Lao PDR).'),
        headlineExempt: { type: 'boolean', description: 'A headline may use an acronym before the body expands it.' },
      },
    },
    terms: {
      type: 'object',
      description:
        "The house's terms (the terminology rule): a term -> the house's word for it (\"Ivory Coast\": \"Côte d'Ivoire\"), a term the house forbids -> { message, replacement? }, or null to drop a term of the style this one extends. A term with a capital matches with its capitals only (Turkey, not turkey).",
      additionalProperties: {
        oneOf: [
          text("The house's word for the term.", { minLength: 1, ...WORDY }),
          {
            type: 'object',
            description: 'A term the house forbids: the message to show, and the replacement if there is one.',
            additionalProperties: false,
            required: ['message'],
            properties: {
              message: text('What to write instead, in the house\'s words.', { minLength: 1, ...NOT_BLANK }),
              replacement: text('The replacement a fix writes, when there is one.', { minLength: 1, ...WORDY }),
            },
          },
          { type: 'null', description: 'Drops this term from the style this one extends.' },
        ],
      },
    },
    variants: list('Groups of spellings of one word or name that a release must not mix (the consistency rule): [[email, e-mail], [Dmitry, Dmitri]]; added to the built-in groups.', {
      type: 'array',
      items: { type: 'string', minLength: 1, ...WORDY },
    }),
    programmes: list('The programmes whose boilerplate a release that mentions them must carry.', {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'boilerplate'],
      properties: {
        name: text('The programme short name (GLO.ACT).', { minLength: 1 }),
        mentions: list('Words whose presence means the release mentions the programme (default: its name).'),
        // Blank text passes minLength; a boilerplate without words was inserted on every fix pass (fuzz).
        boilerplate: text('The canonical "About" paragraph.', { minLength: 1, ...WORDY }),
        previous: list('Older versions of the boilerplate: recognised, reported as outdated.', { type: 'string', minLength: 1, ...WORDY }),
      },
    }),
    contact: {
      type: 'object',
      description: 'The contact block at the end of the release.',
      additionalProperties: false,
      properties: {
        // A heading of blanks, digits or punctuation, or with a colon inside (read as "heading: entry"),
        // inserted by a fix was never read back as one, and was inserted again on every pass (fuzz).
        heading: text('The heading that opens the contact block.', {
          minLength: 1,
          pattern: '^[#*_ ]*\\p{L}[^:]*:?\\s*$',
          errorMessage: 'a text that starts with a word, with a colon only at its end ("For more information, please contact:")',
        }),
        require: list('What every contact entry names.', { type: 'string', enum: ['organisation', 'name'] }),
        requireOneOf: list('Channels of which every entry needs at least one.', { type: 'string', enum: ['email', 'phone'] }),
      },
    },
    headline: {
      type: 'object',
      additionalProperties: false,
      properties: { maxLength: { type: 'integer', minimum: 10, description: 'Longest headline, in characters.' } },
    },
    dates: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rangeDash: { type: 'string', enum: ['en-dash', 'hyphen'], description: 'The dash in ranges (2015–2019).' },
      },
    },
    embargo: {
      type: 'object',
      description: 'The form of the embargo line (date-agreement).',
      additionalProperties: false,
      properties: { label: text('The words the embargo line opens with, before the time: EMBARGOED UNTIL.', { minLength: 1, ...NOT_BLANK }) },
    },
    endMark: {
      type: 'object',
      additionalProperties: false,
      properties: { marks: list('Accepted end marks; the first is the one a fix inserts (###, -ENDS-).', { type: 'string', minLength: 1, ...NOT_BLANK }) },
    },
    words: list('House words the spelling check accepts (names, terms).'),
    rules: {
      type: 'object',
      description: 'Severity per rule: error, warning, info or off.',
      propertyNames: { enum: ruleIds },
      additionalProperties: { type: 'string', enum: SEVERITIES },
    },
  },
};

const languageSection = (name: string): Schema => ({
  type: 'object',
  description: `Settings for drafts in ${name}, applied over the others (whichever file they come from).`,
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGE_SECTION_KEYS.map((key) => [key, houseStyleSchema.properties![key]!])),
});

// Added once the top level is defined (a language section takes its keys' schemas from there),
// after `extends`, where a reader of the file looks for what applies to it.
const { $schema, extends: extendsKey, ...settings } = houseStyleSchema.properties!;
houseStyleSchema.properties = {
  $schema: $schema!,
  extends: extendsKey!,
  language: {
    type: 'string',
    enum: STYLE_LANGUAGES,
    description: "The language of the drafts this style checks when a draft does not say (front matter lang:, a file name like draft.fr.release.md) and is too short to tell: en, fr or es. A folder's own house style can set it.",
    default: 'en',
  },
  languages: {
    type: 'object',
    description: 'Settings for drafts in other languages: dateline form, contact heading, registry, boilerplates, end mark, words, terms.',
    additionalProperties: false,
    properties: Object.fromEntries(STYLE_LANGUAGES.map((code) => [code, languageSection(languageName(code))])),
  },
  ...settings,
};

/** The schema as a JSON Schema document (draft-07), for editors and the shipped file. */
export function jsonSchemaDocument(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://presslint.dev/presslint.schema.json',
    title: 'presslint house style',
    ...houseStyleSchema,
  };
}
