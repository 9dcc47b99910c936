/**
 * Generators of house style files: hostile YAML (random bytes, YAML punctuation soup, deep
 * nesting, alias bombs, huge strings, wrong types everywhere, a valid file mutated), and
 * valid styles whose values are hostile (to lint with).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ruleIds } from '../../server/src/engine/rules/index';
import { hostileUnit } from './arbitraries';
import { RICH_STYLE_YAML } from './styles';

const SCHEMA_KEYS = ['extends', 'dialect', 'dateline', 'acronyms', 'programmes', 'contact', 'headline', 'dates', 'endMark', 'words', 'rules', '$schema'];
const INNER_KEYS = ['separator', 'dateFormat', 'requireCountry', 'registry', 'ignore', 'headlineExempt', 'name', 'mentions', 'boilerplate', 'previous', 'heading', 'require', 'requireOneOf', 'maxLength', 'rangeDash', 'marks', ...ruleIds];
const YAML_PIECES = ['[', ']', '{', '}', ',', ':', ': ', '- ', '? ', '&a ', '*a', '!!str ', '!!binary ', '!!js/function ', '!<tag:x> ', '|', '>-', '"', "'", '#', '%YAML 1.2\n', '---\n', '...\n', '\n', '\n  ', '\n    ', '\t', '<<: ', '~', 'null', 'true', '0x1F', '.inf', '.nan', '1e400', '-0', '\\', '\\u', '\\x', '\r', '\r\n', '\uFEFF', '\u0000', '\u2028', '@', '`'];

/** Any JSON-like value, wrong in type for every key of the schema most of the time. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ unit: hostileUnit, maxLength: 20 }),
    fc.constantFrom('en-GB', 'en-US', 'error', 'off', 'warning', 'D MMMM YYYY', 'hyphen', 'recommended', '../x.yaml', 'https://example.org/style.yaml'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...SCHEMA_KEYS, ...INNER_KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A top-level mapping with the schema's keys and anything under them. */
const wrongTypes: fc.Arbitrary<string> = fc
  .dictionary(fc.constantFrom(...SCHEMA_KEYS, ...INNER_KEYS, '__proto__', 'constructor'), anyValue, { maxKeys: 8 })
  .chain((object) => fc.constantFrom('yaml', 'json').map((form) => (form === 'json' ? JSON.stringify(object) : stringify(object))));

/** Nesting of one kind, to a depth around and far beyond the limit; closed or not. */
const deepNesting: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 1, max: 20_000 }), kind: fc.constantFrom('[', '{a: ', '- ', '? ', 'a:\n', 'key: '), closed: fc.boolean(), prefix: fc.constantFrom('', 'words: ', 'rules:\n  ') })
  .map(({ depth, kind, closed, prefix }) => {
    if (kind === 'a:\n') return prefix + Array.from({ length: Math.min(depth, 1200) }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    const open = kind.repeat(depth);
    const close = closed ? (kind === '[' ? ']' : kind === '{a: ' ? '}' : '').repeat(depth) : '';
    return prefix + open + 'x' + close;
  });

/** `&a [x, x, ...]`, `&b [*a, *a, ...]`, ... : billions of nodes if expanded. */
const aliasBomb: fc.Arbitrary<string> = fc
  .record({ levels: fc.integer({ min: 1, max: 30 }), width: fc.integer({ min: 1, max: 30 }), under: fc.constantFrom('', 'words', 'acronyms.ignore', 'programmes') })
  .map(({ levels, width, under }) => {
    const lines = [`l0: &l0 [${Array(width).fill('lol').join(', ')}]`];
    for (let level = 1; level <= levels; level++) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
    if (under === 'words') lines.push(`words: *l${levels}`);
    if (under === 'acronyms.ignore') lines.push(`acronyms:\n  ignore: *l${levels}`);
    if (under === 'programmes') lines.push(`programmes:\n  - name: X\n    boilerplate: B\n    previous: *l${levels}`);
    return lines.join('\n');
  });

/** A valid key holding one huge scalar, or a huge key. */
const hugeString: fc.Arbitrary<string> = fc
  .record({ size: fc.integer({ min: 1_000, max: 200_000 }), char: fc.constantFrom('x', ' ', '\u00e9', '\uD83C\uDF0D', '"', '\\', '\n'), where: fc.constantFrom('words', 'boilerplate', 'key', 'separator') })
  .map(({ size, char, where }) => {
    const big = char.repeat(Math.ceil(size / char.length));
    const quoted = JSON.stringify(big);
    if (where === 'words') return `words: [${quoted}]`;
    if (where === 'boilerplate') return `programmes:\n  - name: Big\n    boilerplate: ${quoted}`;
    if (where === 'separator') return `dateline:\n  separator: ${quoted}`;
    return `${quoted}: 1`;
  });

/** Punctuation soup: YAML indicators, tags and breaks at random. */
const yamlSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.constantFrom(...SCHEMA_KEYS, ...INNER_KEYS), hostileUnit), { maxLength: 200 })
  .map((pieces) => pieces.join(''));

/** Random bytes, read as UTF-8 (as the loader reads a file). */
const randomBytes: fc.Arbitrary<string> = fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('utf8'));

/** The rich house style with characters inserted, deleted or swapped. */
const mutatedStyle: fc.Arbitrary<string> = fc
  .array(fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 12 }), insert: fc.oneof(fc.constantFrom(...YAML_PIECES), hostileUnit, fc.constant('')) }), { minLength: 1, maxLength: 8 })
  .map((edits) => {
    let text = RICH_STYLE_YAML;
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
    }
    return text;
  });

/** Every kind of hostile house style file. */
export const hostileStyleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: wrongTypes },
  { weight: 2, arbitrary: deepNesting },
  { weight: 2, arbitrary: aliasBomb },
  { weight: 1, arbitrary: hugeString },
  { weight: 3, arbitrary: yamlSoup },
  { weight: 2, arbitrary: randomBytes },
  { weight: 3, arbitrary: mutatedStyle },
);

const hostileText = (minLength: number, maxLength = 12) => fc.array(hostileUnit, { minLength, maxLength }).map((units) => units.join(''));

/** A house style that the schema accepts, with hostile values: the rules must cope with it. */
export const validHostileStyle: fc.Arbitrary<string> = fc
  .record(
    {
      dialect: fc.constantFrom('en-GB', 'en-US'),
      dateline: fc.record(
        { separator: hostileText(1, 3), dateFormat: fc.constantFrom('D MMMM YYYY', 'MMMM D, YYYY'), requireCountry: fc.boolean() },
        { requiredKeys: [] },
      ),
      acronyms: fc.record(
        {
          registry: fc.dictionary(fc.oneof(fc.constantFrom('UN', 'GLO.ACT', 'A', '(', 'UNODC', '.', 'EU-', 'NGO'), hostileText(1, 4)), hostileText(1, 8), { maxKeys: 4 }),
          ignore: fc.array(fc.oneof(fc.constantFrom('UN', 'PDR', '*', '(', 'A.B'), hostileText(1, 3)), { maxLength: 4 }),
          headlineExempt: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      programmes: fc.array(
        fc.record(
          {
            name: fc.oneof(fc.constantFrom('GLO.ACT', 'SolarSchools', '(', '.*', 'a'), hostileText(1, 3)),
            mentions: fc.array(fc.oneof(fc.constantFrom('GLO.ACT', 'Solar Schools Initiative', '(', '[', '\\', ' '), hostileText(1, 3)), { maxLength: 3 }),
            boilerplate: fc.oneof(fc.constantFrom('The Solar Schools Initiative (SolarSchools) is run by the Brightwater Trust.', '.', 'x\n\ny'), hostileText(1, 30)),
            previous: fc.array(hostileText(1, 20), { maxLength: 2 }),
          },
          { requiredKeys: ['name', 'boilerplate'] },
        ),
        { maxLength: 3 },
      ),
      contact: fc.record(
        {
          heading: fc.oneof(fc.constantFrom('Contacts:', '#', ':', 'For more information, please contact:'), hostileText(1, 5)),
          require: fc.subarray(['organisation', 'name']),
          requireOneOf: fc.subarray(['email', 'phone']),
        },
        { requiredKeys: [] },
      ),
      headline: fc.record({ maxLength: fc.oneof(fc.integer({ min: 10, max: 200 }), fc.constant(Number.MAX_SAFE_INTEGER)) }),
      dates: fc.record({ rangeDash: fc.constantFrom('en-dash', 'hyphen') }),
      endMark: fc.record({ marks: fc.array(fc.oneof(fc.constantFrom('###', '-ENDS-', '#', '-', ' '), hostileText(1, 3)), { maxLength: 3 }) }),
      words: fc.array(hostileText(1, 3), { maxLength: 4 }),
      rules: fc.dictionary(fc.constantFrom(...ruleIds), fc.constantFrom('error', 'warning', 'info', 'off')),
    },
    { requiredKeys: [] },
  )
  .map((style) => stringify(style));
