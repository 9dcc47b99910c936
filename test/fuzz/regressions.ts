/**
 * Every input the fuzzer (or a fault test) found breaking a promise, kept verbatim and run by
 * `npm test` against every property. Add an entry when a property fails: the counterexample,
 * the property and seed that found it, and what was wrong.
 */
import type { StyleName } from './styles';
import type { DraftFormat } from '../../server/src/engine/parse/document';

export interface DraftRegression {
  id: string;
  /** The property and seed that found it. */
  found: string;
  /** What broke, and where it was fixed. */
  cause: string;
  /** A style of the fuzzer, or the text of a house style file (merged over recommended). */
  style: StyleName | { yaml: string };
  format?: DraftFormat;
  text: string;
}

export interface StyleRegression {
  id: string;
  found: string;
  cause: string;
  /** The text of the house style file. */
  text: string;
  /** What reading it must give: a style, or a StyleError. */
  expect: 'style' | 'error';
}

export const DRAFT_REGRESSIONS: readonly DraftRegression[] = [
  {
    id: 'spacing-dateline-loop',
    found: 'unicode text, seed 3 (the first exploratory run, 1,500 inputs)',
    cause: 'spacing removed the space before a stray "}", which was the end of the dateline separator; the dateline fix put it back, pass after pass. Fixed in rules/spacing.ts: only a bracket opened on the line has an inside.',
    style: 'recommended',
    text: 'Geneva, 12 March 2024 - }*R.9]',
  },
  {
    id: 'spacing-dateline-loop-placeholder',
    found: 'unicode text, seed 3',
    cause: 'as spacing-dateline-loop, reached through the dateline skeleton the dateline fix inserts.',
    style: 'recommended',
    text: '},```\u200fAbout GLO.ACT\u2014',
  },
  {
    id: 'acronym-move-over-another-acronym',
    found: 'mutated releases, seed 7 (70 of 300 inputs)',
    cause: 'acronym-first-use moved the FAO expansion with one fix spanning the first use of IMO, whose own fix lay inside it: two fixes of one rule overlapped. Fixed in rules/acronym-first-use.ts: such a move expands in place.',
    style: 'recommended',
    text: 'Ports share data\n\nMombasa, Kenya, 10 June 2024 - Officials shared records with the FAO and the IMO.\n\nThe Food and Agriculture Organization of the United Nations (FAO) hosted the meeting.\n',
  },
  {
    id: 'acronym-moves-interleaved',
    found: 'mutated releases, seed 7',
    cause: 'as acronym-move-over-another-acronym, with the inner acronym moved too (its expansion comes later on its own line).',
    style: 'recommended',
    text: "Teachers trained\n\nN'Djamena, Chad, 20 January 2026 - UNHCR trained 300 teachers.\n\nIOM staff said the International Organization for Migration (IOM) would help.\n\nThe Office of the United Nations High Commissioner for Refugees (UNHCR) thanked them.\n",
  },
  {
    id: 'two-boilerplates-missing',
    found: 'mutated releases, seed 7 (24 of 300 inputs, rich style)',
    cause: 'boilerplate inserted each missing programme paragraph with its own fix at one point, before the contact block: two fixes of one rule overlapped and their order depended on which went first. Fixed in rules/boilerplate.ts: one fix inserts all of them (the first finding\'s; the others offer their own paragraph as a suggestion).',
    style: 'rich',
    text: 'Solar schools get a GLO.ACT grant\n\nLilongwe, Malawi, 2 February 2026 - Forty schools can hold evening classes after panels fitted by the Solar Schools Initiative, bought with a grant from GLO.ACT partners.\n\nFor more information, please contact:\n\nBrightwater Trust: Tom Ashby, tom@brightwater.example\n',
  },
  {
    id: 'short-boilerplate-inserted-forever',
    found: 'hostile valid styles, seed 20260601, input 67 (shrunk)',
    cause: 'a canonical boilerplate under 80 characters was never recognised as a boilerplate paragraph, so its fix inserted it again on every pass (ten copies after --fix). Fixed in parse/document.ts: no fixed floor on the length.',
    style: { yaml: 'programmes:\n  - name: SolarSchools\n    mentions: [Solar Schools Initiative]\n    boilerplate: The Solar Schools Initiative is run by the Brightwater Trust.\n' },
    text: 'Grant for solar schools\n\nLilongwe, Malawi, 2 February 2026 - Forty schools joined the Solar Schools Initiative this year.\n\nThe teachers were trained in March.\n\nFor more information, please contact:\n\nBrightwater Trust: Tom Ashby, tom@brightwater.example\n',
  },
  {
    id: 'programme-named-like-the-contact-heading',
    found: 'hostile valid styles, seed 20260601, input 67 (the counterexample as found, shrunk)',
    cause: 'as short-boilerplate-inserted-forever, with a programme whose name is the contact heading glued to the paragraph before it.',
    style: { yaml: 'programmes:\n  - name: "For more information, please contact:"\n    boilerplate: The Solar Schools Initiative (SolarSchools) is run by the\n      Brightwater Trust.\n' },
    text: "UNHCR opens registration centres ahead of the rainy season\n\nCox's Bazar, Bangladesh, 8 July 2019 - UNHCR, the UN Refugee Agency, opened two registration centres that will work from 10\u201313 July and again on 20 July, so that families can renew their documents before the rains close the roads.\n\nThe agency registered 12,000 people in 2017\u20132018 and expects a similar number this year. Staff work in shifts of 8\u201310 hours during peak days.\nFor more information, please contact:\n\nUNHCR Bangladesh: Nadia Rahman, nrahman@example.org, +880 2 555-0142\n",
  },
  {
    id: 'second-boilerplate-paragraph-inserted-forever',
    found: 'hostile valid styles, seed 20260601, input 67 (after the short-boilerplate fix), written out as a realistic case',
    cause: 'the document compared each paragraph with the whole canonical text of a two-paragraph boilerplate, so the second paragraph was never recognised and --fix inserted it again on every pass. Fixed in parse/document.ts: a boilerplate is matched paragraph by paragraph too.',
    style: { yaml: 'programmes:\n  - name: SolarSchools\n    mentions: [Solar Schools Initiative]\n    boilerplate: |-\n      The Solar Schools Initiative (SolarSchools) is run by the Brightwater Trust, a charity registered in England and Wales, with partners in three countries.\n\n      Since 2019 it has fitted solar panels and batteries to 320 rural schools in Malawi, Zambia and Tanzania, so that pupils can study after dark.\n' },
    text: 'Grant for solar schools\n\nLilongwe, Malawi, 2 February 2026 - Forty schools joined the Solar Schools Initiative this year.\n\nThe teachers were trained in March.\n\nFor more information, please contact:\n\nBrightwater Trust: Tom Ashby, tom@brightwater.example\n',
  },
  {
    id: 'boilerplate-after-contact-and-different',
    found: 'hostile valid styles, seed 20260601, input 67 (after the paragraph fix)',
    cause: 'a boilerplate after the contact block that also differed got two findings with overlapping fixes (the move and the replacement). Fixed in rules/boilerplate.ts: both carry the move, which writes the canonical text.',
    style: { yaml: 'programmes:\n  - name: "For more information, please contact:"\n    boilerplate: |-\n      x\n\n      y\n' },
    text: "UNHCR opens registration centres ahead of the rainy season\n\nCox's Bazar, Bangladesh, 8 July 2019 - UNHCR, the UN Refugee Agency, opened two registration centres that will work from 10\u201313 July and again on 20 July, so that families can renew their documents before the rains close the roads.\n\nThe agency registered 12,000 people in 2017\u20132018 and expects a similar number this year. Staff work in shifts of 8\u201310 hours during peak days.\nFor more information, please contact:\n\nUNHCR Bangladesh: Nadia Rahman, nrahman@example.org, +880 2 555-0142\n",
  },
  {
    id: 'boilerplate-not-recognised-but-present',
    found: 'hostile valid styles, seed 20260601, input 73 (shrunk; boilerplate "!\\r\\n0")',
    cause: 'a boilerplate the document did not recognise as one was reported missing though it stood in the draft word for word, and inserted again on every pass. Fixed in rules/boilerplate.ts: a canonical text present word for word is never missing.',
    style: { yaml: 'programmes:\n  - name: GLO.ACT\n    boilerplate: "a\\r\\n!"\n' },
    text: 'Global Action against Trafficking in Persons and the Smuggling of Migrants (GLO.ACT)',
  },
  {
    id: 'contact-heading-with-trailing-space',
    found: 'hostile valid styles, seed 20260601, input 165 (shrunk)',
    cause: 'a house heading "A: " was compared untrimmed ("a:" against "a"), so the heading the fix inserted was never read back as one and was inserted again on every pass. Fixed in parse/document.ts (trim before the colon goes) and rules/contact-block.ts (insert it trimmed).',
    style: { yaml: 'contact:\n  heading: "Press: "\n' },
    text: 'GLO.ACT helps Nepal train border officers\n\nKathmandu, Nepal, 10 October 2018 - Forty officers from five border posts finished a week of training.\n\nFor more information, please contact:\n\nUNODC Nepal: Sita Gurung, sita.gurung@un.org, +977 1 552 3200\n\n###\n',
  },
  {
    id: 'contact-heading-respaced',
    found: 'hostile valid styles, seed 20260601, inputs 1021 and 1654 (shrunk: headings "A  !" and "A ( !")',
    cause: 'the spacing rule respaced the heading the contact-block fix inserted, which then no longer matched the house heading and was inserted again. Fixed in parse/document.ts and rules/contact-block.ts: headings are compared without spaces.',
    style: { yaml: 'contact:\n  heading: "Media  desk ( press ) :"\n' },
    text: 'GLO.ACT helps Nepal train border officers\n\nKathmandu, Nepal, 10 October 2018 - Forty officers from five border posts finished a week of training.\n\nFor more information, please contact:\n\nUNODC Nepal: Sita Gurung, sita.gurung@un.org, +977 1 552 3200\n',
  },
  {
    id: 'fix-damage-quotation-and-nesting',
    found: 'the real-release corpus (issue: --fix never damages a release), invented text of the same forms',
    cause: '--fix expanded an acronym inside a quotation, before a possessive and inside brackets, nesting them ("the UN Migration Agency (International Organization for Migration (IOM))"). Fixed in rules/acronym-first-use.ts: those expansions are suggestions.',
    style: { yaml: 'rules:\n  spelling: off\n' },
    text: 'Partners back the returns\n\nConakry, Guinea, 3 May 2026 - "We thank IOM for its help," said the minister. The flight was run by the UN Migration Agency (IOM) with OHCHR\'s support and the UNODC-WCO programme.\n\nFor more information, please contact:\n\nMinistry: Fatoumata Camara, fatoumata.camara@example.org\n',
  },
  {
    id: 'consistency-against-an-organisation-name',
    found: 'mutated releases, seed 20260601, FUZZ_RUNS=3000 (input 1279, shrunk 14 times)',
    cause: 'a fix loop between two rules: acronym-expansion wrote OSCE\'s registered name ("Co-operation"), and consistency turned it back to the draft\'s majority "Cooperation", pass after pass. Fixed in rules/consistency.ts: an organisation\'s name before its acronym is spelt as the organisation spells it.',
    style: { yaml: 'rules:\n  spelling: off\n' },
    text: 'Coastguards train together\n\nMombasa, Kenya, 14 May 2026 - Coastguards completed an exercise on cooperation at sea. The Organisation for Security and Cooperation in Europe (OSCE) sent two observers.\n\nFor more information, please contact:\n\nUNODC Nairobi: Peter Otieno, peter.otieno@example.org\n',
  },
  {
    id: 'boilerplate-run-into-a-contact-line',
    found: 'mutated releases, seed 20260601, FUZZ_RUNS=3000 (the contact invariant)',
    cause: '--fix lost a contact: a line cut inside its e-mail address ran into the boilerplate ("Press office: Lena Meier, lena.meier@The Global Action ..."), and moving the boilerplate above the contact block replaced the whole line with the canonical text. Fixed in rules/boilerplate.ts: words run on before or after the canonical text make the move a suggestion.',
    style: 'rich',
    text: "Report counts the cost of floods\n\nGeneva, Switzerland, 13 January 2026 - A report published today counts the cost of last year's floods.\n\nFor more information, please contact:\n\nPress office: Lena Meier, lena.meier@The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and UNODC.example.org\n",
  },
  {
    id: 'two-boilerplates-after-the-contact-block',
    found: 'mutated releases, seed 20260601, npm run fuzz (20,000 runs; input 6,330)',
    cause: 'two boilerplates stood after the contact block (the heading, spaced with zero-width spaces, was not read at first, so the missing ones were inserted after it): each was moved above the contact block by one fix spanning from the block to its paragraph, and the two fixes overlapped. Fixed in rules/boilerplate.ts: the first moves, the others are suggestions until their turn.',
    style: 'rich',
    text: 'Border officers in Mali and Malawi trade notes on protecting children\n\nBamako, Mali, 9 March 2026 - Border officers trained under GLO.ACT met teachers from the Solar Schools Initiative to compare how each spots children travelling alone.\n\nFor\u200bmore\u200binformation,\u200bplease\u200bcontact:\n\nBrightwater Trust: Tom Ashby\n',
  },
  {
    id: 'expansion-after-a-stray-bracket',
    found: 'mutated releases, seed 20260601, npm run fuzz (20,000 runs; input 9,627)',
    cause: '--fix nested brackets: a paragraph opened with a stray "(" never closed, and acronym-first-use expanded UNEP further on to "United Nations Environment Programme (UNEP)", inside it. It looked for an open bracket only in the 40 characters before the use. Fixed in rules/acronym-first-use.ts: an unclosed bracket anywhere in the last 2,000 characters of the paragraph makes the expansion a suggestion.',
    style: 'recommended',
    text: '# Clean Seas Alliance opens a net recycling yard\n\n(  Mombasa, Kenya, 20 October 2026 - The Clean Seas Alliance opened a yard on Monday where fishing crews can bring worn nets for recycling, with support from UNEP.\n\nFor more information, please contact:\n\nClean Seas Alliance: Daniel Mwangi\nPhone: +254 20 000 0001\n\n###\n',
  },
  {
    id: 'fix-damage-skeleton-before-unread-dateline',
    found: 'the real-release corpus (issue: --fix never damages a release), invented text of the same form',
    cause: '--fix inserted the skeleton "City, Country, <today> - " before datelines it could not read and before a release without one; the skeleton and the contact template are suggestions now (rules/dateline.ts, rules/contact-block.ts).',
    style: { yaml: 'rules:\n  spelling: off\n' },
    text: 'MEDIA ADVISORY\nMinister opens a plant\n\nWHAT: Opening of the water plant\nWHEN: Friday, 15 May 2026\n',
  },
  {
    id: 'boilerplate-move-took-a-contact-line',
    found: 'mutated releases, seed 20260601, with the contact invariant (a contact line cut and the boilerplate run into it)',
    cause: 'the boilerplate after the contact block was moved above it as the canonical text, and the contact line run into the same paragraph ("Oficina de prensa: Diego Paredes, ...") went with it. Fixed in rules/boilerplate.ts: a paragraph that also holds a line of other text or an e-mail address or phone number gets the canonical text as a suggestion.',
    style: 'rich',
    format: 'markdown',
    text: 'The office opens a training centre\n\nLima, Peru, 3 March 2026 - The office opened a training centre for prosecutors on Tuesday.\n\nFor more information, please contact:\n\nPress office: Diego Paredes, diego.paredes@examp\nThe Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and UNODC.le.org\n',
  },
  {
    id: 'zero-width-space-in-a-contact-name',
    found: 'mutated releases, seed 20260601, FUZZ_RUNS=800 (the contact invariant)',
    cause: 'not a damage: the spacing rule removed a zero-width space inside a contact line, and the invariant compared names with it read as a space. The invariant now reads zero-width characters as nothing (test/fuzz/invariants.ts).',
    style: 'recommended',
    text: "Cold chain reaches the north\n\nPemba, Mozambique, 16 March 2026 - Solar fridges installed by the United Nations Children's Fund (UNICEF) keep vaccines cold.\n\nFor more information, please contact:\n\nSofia Macuacua\nEmail: smacuacua@unicef\n\n0\u200b\u0000Ministry of Health: [Name]\nEmail: TBC\n",
  },
];

export const STYLE_REGRESSIONS: readonly StyleRegression[] = [
  {
    id: 'deep-flow-nesting',
    found: 'hostile YAML, hand-written case (a megabyte of "[")',
    cause: 'the YAML parser took 16 s before giving up with "Maximum call stack size exceeded". Fixed in config/parse.ts: nesting over 64 levels is refused before parsing.',
    text: '['.repeat(999_999),
    expect: 'error',
  },
  {
    id: 'deep-flow-nesting-closed',
    found: 'hostile YAML, hand-written case',
    cause: 'as deep-flow-nesting, with every bracket closed.',
    text: `words: ${'['.repeat(5000)}${']'.repeat(5000)}`,
    expect: 'error',
  },
  {
    id: 'deep-block-nesting',
    found: 'hostile YAML, hand-written case ("- - - ..." and "? ? ? ...")',
    cause: 'as deep-flow-nesting, with block indicators on one line.',
    text: `${'- '.repeat(200_000)}x\n${'? '.repeat(200_000)}`,
    expect: 'error',
  },
  {
    id: 'fifty-thousand-keys',
    found: 'hostile YAML, hand-written case',
    cause: "the parser's unique-key check compares every key with every other: 105 s for 50,000 keys. Fixed in config/parse.ts: keys are checked with a set.",
    text: Array.from({ length: 50_000 }, (_, i) => `k${i}: 1`).join('\n'),
    expect: 'error',
  },
  {
    id: 'large-registry',
    found: 'hostile YAML, hand-written case',
    cause: 'as fifty-thousand-keys, in a valid file: 31 s for 40,000 registry entries.',
    text: `acronyms:\n  registry:\n${Array.from({ length: 40_000 }, (_, i) => `    A${i}: Name ${i}`).join('\n')}\n`,
    expect: 'style',
  },
  {
    id: 'dateline-separator-unreadable',
    found: 'hostile valid styles, seed 20260601, the first input',
    cause: 'a separator the dateline parser cannot read ("\u{5B982}." here; ".", "|" or "  " too) made the dateline fix insert it again on every pass. Fixed in config/schema.ts: the separator must be a dash or a colon with at most one space each side.',
    text: 'dateline:\n  separator: \u{5B982}.\n  dateFormat: MMMM D, YYYY\n',
    expect: 'error',
  },
  {
    id: 'blank-boilerplate',
    found: 'hostile valid styles, seed 20260601, input 73 (shrunk)',
    cause: 'a boilerplate of one space passed "minLength: 1"; the rule inserted it (nothing visible) on every fix pass. Fixed in config/schema.ts: a boilerplate and its previous versions need a word.',
    text: 'programmes:\n  - name: GLO.ACT\n    boilerplate: " "\n',
    expect: 'error',
  },
  {
    id: 'boilerplate-without-words',
    found: 'hostile valid styles, seed 20260601, input 73 (after the blank fix, shrunk)',
    cause: 'as blank-boilerplate, with "!": a text without a letter or digit is never recognised in a draft. Fixed in config/schema.ts: a boilerplate needs a word.',
    text: 'programmes:\n  - name: GLO.ACT\n    boilerplate: "!"\n',
    expect: 'error',
  },
  {
    id: 'contact-heading-without-a-word',
    found: 'hostile valid styles, seed 20260601, input 165 (headings " ", ":\u17E0", "0:\\0", "A:!")',
    cause: 'a heading of blanks, digits or punctuation, or with a colon inside (read as "heading: entry"), was inserted by the fix and never read back as a heading. Fixed in config/schema.ts: a heading starts with a word and has a colon only at its end.',
    text: 'contact:\n  heading: "A:!"\n',
    expect: 'error',
  },
  {
    id: 'control-characters-in-style-text',
    found: 'hostile valid styles, seed 20260601, input 165 (heading "0:\\0")',
    cause: 'a YAML escape put a NUL into the contact heading. Fixed in config/validate.ts: no control characters in any text of a house style.',
    text: 'contact:\n  heading: "Contacts\\0"\n',
    expect: 'error',
  },
  {
    id: 'cr-line-endings',
    found: 'hostile YAML, hand-written case',
    cause: 'a valid style with old Mac line endings (CR) was refused as "Not valid YAML". Fixed in config/parse.ts: a lone CR is read as a line break.',
    text: 'dialect: en-GB\rwords: [Brightwater]\rrules:\r  end-mark: warning\r',
    expect: 'style',
  },
];
