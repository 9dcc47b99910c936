/**
 * The contact block parser (server/src/engine/parse/contact.ts): a table of contact blocks as
 * press offices write them, and the entries each must give.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';
import { recommended } from '../server/src/engine/config/recommended';
import type { HouseStyle } from '../server/src/engine/config/style';
import { parseDraft } from '../server/src/engine/parse/document';
import { contactInfo, contactNames, isHandle, isPhoneNumber, isPersonName, type ContactEntry, type ContactPart } from '../server/src/engine/parse/contact';

const HEAD = 'Ministers agree on river clean-up plan\n\nKampala, Uganda, 3 March 2026 - Ministers from four countries agreed a plan to clean up the river basin.\n\n';

/** An entry as the table writes it: only the fields that are there; a `!` marks a malformed value, `?` a placeholder. */
type Expected = Partial<Record<'organisation' | 'name' | 'title', string>> &
  Partial<Record<'emails' | 'phones' | 'handles' | 'web', string[]>>;

function mark(part: ContactPart): string {
  return part.value + (part.malformed ? '!' : '') + (part.placeholder ? '?' : '');
}

function simplify(entry: ContactEntry): Expected {
  const result: Expected = {};
  for (const role of ['organisation', 'name', 'title'] as const) if (entry[role]) result[role] = mark(entry[role]!);
  for (const list of ['emails', 'phones', 'handles', 'web'] as const) if (entry[list].length > 0) result[list] = entry[list].map(mark);
  return result;
}

function read(contact: string) {
  const text = HEAD + contact;
  const doc = parseDraft(text);
  const info = contactInfo(doc);
  assert.ok(info, 'a contact block');
  return { text, doc, info };
}

const cases: Array<{ title: string; contact: string; entries: Expected[]; shared?: string[]; placeholders?: string[] }> = [
  {
    title: 'the house form, Organisation: Name, without channels',
    contact: 'For more information, please contact:\n\nUNICEF Belarus: Dmitry Shylin\n\nUNODC Vienna: Elena Nyanenkova\n\nTwitter:\u00a0 @glo_act\n',
    entries: [
      { organisation: 'UNICEF Belarus', name: 'Dmitry Shylin' },
      { organisation: 'UNODC Vienna', name: 'Elena Nyanenkova' },
    ],
    shared: ['@glo_act'],
  },
  {
    title: 'labelled lines below a name, an [at] address',
    contact: 'Media contacts\n\nUNEP Nairobi: Amina Njoroge\nEmail: amina.njoroge[at]un.org\nTel: +254 20 762 1234\nMobile: +254 722 123 456\n',
    entries: [
      {
        organisation: 'UNEP Nairobi',
        name: 'Amina Njoroge',
        emails: ['amina.njoroge@un.org'],
        phones: ['+254 20 762 1234', '+254 722 123 456'],
      },
    ],
  },
  {
    title: 'name, title and organisation on one line, bare channels on the next',
    contact: 'Press enquiries\n\nJane Okafor, Communications Officer, WaterAid Uganda\njane.okafor@wateraid.org | +256 414 505 795\n',
    entries: [
      {
        organisation: 'WaterAid Uganda',
        name: 'Jane Okafor',
        title: 'Communications Officer',
        emails: ['jane.okafor@wateraid.org'],
        phones: ['+256 414 505 795'],
      },
    ],
  },
  {
    title: 'two people in one paragraph, channels on their own lines',
    contact:
      'For further information please contact\n\nNordwind Energy AG: Lukas Berger\nE-mail: l.berger@nordwind.example\nUNDP Uganda: Grace Atim\nPhone: 0414 233 440\n',
    entries: [
      { organisation: 'Nordwind Energy AG', name: 'Lukas Berger', emails: ['l.berger@nordwind.example'] },
      { organisation: 'UNDP Uganda', name: 'Grace Atim', phones: ['0414 233 440'] },
    ],
  },
  {
    title: 'channels written below a name after a blank line belong to that name',
    contact: 'For more information, please contact:\n\nIOM Uganda: Peter Ssali\n\nEmail: pssali@iom.int\n',
    entries: [{ organisation: 'IOM Uganda', name: 'Peter Ssali', emails: ['pssali@iom.int'] }],
  },
  {
    title: 'malformed e-mail, phone and handle',
    contact:
      'For more information, please contact:\n\nFAO: Maria Lopez\nEmail: maria.lopez@fao\nTel: +39 06 570\nX: @fao-newsroom-rome\n',
    entries: [
      {
        organisation: 'FAO',
        name: 'Maria Lopez',
        emails: ['maria.lopez@fao!'],
        phones: ['+39 06 570!'],
        handles: ['@fao-newsroom-rome!'],
      },
    ],
  },
  {
    title: 'placeholders',
    contact: 'For more information, please contact:\n\n[Organisation]: [Name]\nEmail: TBC\nPhone: +41 22 XXX XX XX\n',
    entries: [
      { organisation: '[Organisation]?', name: '[Name]?', emails: ['TBC?'], phones: ['+41 22 XXX XX XX?'] },
    ],
    placeholders: ['[Organisation]', '[Name]', 'TBC', 'XXX'],
  },
  {
    title: 'a phone number in a legal disclaimer is not a contact',
    contact:
      'For more information, please contact:\n\nGreenLeaf Foods Ltd: Sam Patel, sam.patel@greenleaf.example\n\nThis message is confidential and intended solely for journalists. If you received it in error, call +44 20 7946 0000 and delete it. GreenLeaf Foods Ltd accepts no liability for its content.\n',
    entries: [{ organisation: 'GreenLeaf Foods Ltd', name: 'Sam Patel', emails: ['sam.patel@greenleaf.example'] }],
  },
  {
    title: 'an address line and a website are not people',
    contact:
      'For more information, please contact:\n\nOxfam Kenya: Wanjiru Kamau\nTel. +254 20 282 0000\nThe Mirage, Waiyaki Way, 4th Floor, Nairobi\nWeb: https://kenya.oxfam.example\n',
    entries: [{ organisation: 'Oxfam Kenya', name: 'Wanjiru Kamau', phones: ['+254 20 282 0000'], web: ['https://kenya.oxfam.example'] }],
  },
  {
    title: 'a heading with the entry on the same line',
    contact: 'Media contact: Tomás Herrera, ILO Lima, herrera@ilo.org\n',
    entries: [{ organisation: 'ILO Lima', name: 'Tomás Herrera', emails: ['herrera@ilo.org'] }],
  },
  {
    title: 'channels side by side, labels in the middle of a line',
    contact: 'For more information, please contact:\n\nWFP Sudan: Leni Kinzli, Tel: +249 91 217 7001, Email: leni.kinzli@wfp.org\n',
    entries: [
      { organisation: 'WFP Sudan', name: 'Leni Kinzli', phones: ['+249 91 217 7001'], emails: ['leni.kinzli@wfp.org'] },
    ],
  },
  {
    title: 'a title before the colon and a name after it',
    contact: 'For more information, please contact:\n\nSpokesperson: Ingrid Dahl\nT: +47 22 24 00 00\nE: ingrid.dahl@nordfjord.example\n',
    entries: [{ name: 'Ingrid Dahl', title: 'Spokesperson', phones: ['+47 22 24 00 00'], emails: ['ingrid.dahl@nordfjord.example'] }],
  },
  {
    title: 'an e-mail address alone is an entry without a name',
    contact: 'For more information, please contact:\n\npress@ifrc.org\n',
    entries: [{ emails: ['press@ifrc.org'] }],
  },
  {
    title: 'HTML line breaks, a Twitter/X label and a sentence before a handle',
    contact:
      'For more information, please contact:\n\nUNEP: Jane Wanjiku<br>\nEmail: jane.wanjiku@un.org<br>\n\nTwitter/X: @unep-x\nFollow us on Instagram: @unep.photos\n',
    entries: [{ organisation: 'UNEP', name: 'Jane Wanjiku', emails: ['jane.wanjiku@un.org'] }],
    shared: ['@unep-x', '@unep.photos'],
  },
  {
    title: 'a headless contact block at the end of the draft',
    contact: 'Rosa Mendes, Amazonia Alliance\nEmail: rosa.mendes@amazonia.example\n',
    entries: [{ organisation: 'Amazonia Alliance', name: 'Rosa Mendes', emails: ['rosa.mendes@amazonia.example'] }],
  },
];

describe('contact block parser', () => {
  for (const c of cases) {
    it(c.title, () => {
      const { info } = read(c.contact);
      assert.deepEqual(info.entries.map(simplify), c.entries);
      if (c.shared) assert.deepEqual(info.shared.map((p) => p.value), c.shared);
      if (c.placeholders) assert.deepEqual(info.placeholders.map((p) => p.text), c.placeholders);
    });
  }

  it('gives every part its exact range in the original text', () => {
    for (const c of cases) {
      const { text, info } = read(c.contact);
      for (const entry of info.entries) {
        const parts = [entry.organisation, entry.name, entry.title, ...entry.emails, ...entry.phones, ...entry.handles, ...entry.web];
        for (const part of parts) if (part) assert.equal(text.slice(part.range.start, part.range.end), part.text, c.title);
        assert.ok(entry.range.start < entry.range.end);
      }
    }
  });

  it('reads the heading without its Markdown marks', () => {
    const text = '# Ministers agree on a plan\n\nKampala, Uganda, 3 March 2026 - Ministers agreed.\n\n## **Press enquiries**\n\nWHO Uganda: Ana Silva, ana@who.int\n';
    const info = contactInfo(parseDraft(text))!;
    assert.equal(info.heading?.text, 'Press enquiries');
    assert.equal(text.slice(info.heading!.range.start, info.heading!.range.end), 'Press enquiries');
  });

  it('is computed once per document', () => {
    const doc = parseDraft(HEAD + 'For more information, please contact:\n\nUNDP: Ana Silva\n');
    assert.equal(contactInfo(doc), contactInfo(doc));
    assert.deepEqual(contactNames(doc).map((p) => p.text), ['Ana Silva']);
  });

  it('has no contact info for a draft without a contact block', () => {
    assert.equal(contactInfo(parseDraft(HEAD)), undefined);
  });
});

describe('contact values', () => {
  const phones: Array<[string, boolean]> = [
    ['+41 22 917 1234', true],
    ['(022) 917 12 34', true],
    ['+1 212-963-1234 ext. 12', true],
    ['+44 (0)20 7946 0000', true],
    ['0414 233 440 (mobile)', true],
    ['+41 22 917', false],
    ['+41 22 917 1234 5678 9012', false],
    ['22+917 1234', false],
    ['+41 22 9I7 1234', false],
    ['(022 917 12 34', false],
  ];
  for (const [text, valid] of phones) {
    it(`${valid ? 'accepts' : 'rejects'} the phone number ${text}`, () => assert.equal(isPhoneNumber(text), valid));
  }
  const handles: Array<[string, string | undefined, boolean]> = [
    ['@glo_act', 'Twitter', true],
    ['@UNODC_Belarus_Off', 'X', false],
    ['@glo-act', 'Twitter', false],
    ['@unodc.vienna', 'Instagram', true],
    ['https://x.com/unodc', 'X', true],
    ['@newsroom@mastodon.example', 'Mastodon', true],
  ];
  for (const [text, network, valid] of handles) {
    it(`${valid ? 'accepts' : 'rejects'} the ${network} handle ${text}`, () => assert.equal(isHandle(text, network), valid));
  }
  const names: Array<[string, boolean]> = [
    ['Dmitry Shylin', true],
    ["Siobhán O'Neill", true],
    ['Ursula von der Leyen', true],
    ['Dr Ana María Dlamini-Zuma', true],
    ['Ewan McDonald', true],
    ['UNODC Vienna', false],
    ['communications team', false],
    ['Room 101', false],
  ];
  for (const [text, valid] of names) {
    it(`${valid ? 'takes' : 'does not take'} "${text}" for a name`, () => assert.equal(isPersonName(text), valid));
  }
});

/**
 * The real release in ../shared/seed (not part of the project: skipped where it is absent).
 * Its own boilerplate paragraph, read from the file at test time, is the house's canonical text.
 */
describe('the seed release, for the contact, boilerplate, spacing, headline and end-mark rules', () => {
  const seedFile = join(__dirname, '..', '..', 'shared', 'seed', 'glo-act-belarus-study-visit.txt');
  const present = existsSync(seedFile);
  const text = present ? readFileSync(seedFile, 'utf8') : '';
  const about = text.split(/\n\s*\n/).find((paragraph) => paragraph.startsWith('The Global Action to Prevent'));
  const style: HouseStyle = {
    ...recommended,
    programmes: about ? [{ name: 'GLO.ACT', mentions: ['GLO.ACT'], boilerplate: about, previous: [] }] : [],
  };
  const findings = (ruleId: string) => {
    const result = lint(text, style, { now: new Date('2026-06-01T12:00:00Z') });
    return result.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => {
        const at = result.doc.index.positionAt(f.range.start);
        return `${at.line + 1}:${at.character + 1} ${f.message} [${JSON.stringify(text.slice(f.range.start, f.range.end))}]`;
      });
  };
  const skip = (t: { skip(message: string): void }) => {
    if (!present) t.skip(`${seedFile} is not here: the seed release lives outside the project`);
    return !present;
  };

  it('accepts its boilerplate paragraph as the canonical text', (t) => {
    if (skip(t)) return;
    assert.ok(about, 'the seed has its boilerplate paragraph');
    assert.deepEqual(findings('boilerplate'), []);
  });

  it('reports the contacts that have a name but no e-mail address or phone number', (t) => {
    if (skip(t)) return;
    assert.deepEqual(findings('contact-block'), [
      '23:1 The contact entry "Dmitry Shylin" has no e-mail address or phone number. ["UNICEF Belarus: Dmitry Shylin"]',
      '25:1 The contact entry "Elena Nyanenkova" has no e-mail address or phone number. ["UNODC Vienna: Elena Nyanenkova"]',
    ]);
  });

  it('reports ( GLO.ACT) and the three runs of no-break spaces, one finding per run', (t) => {
    if (skip(t)) return;
    assert.deepEqual(findings('spacing'), [
      '3:165 Replace the space and 2 no-break spaces (U+00A0) with one space. [" \u00a0\u00a0"]',
      '3:199 Replace the space and 2 no-break spaces (U+00A0) with one space. [" \u00a0\u00a0"]',
      '3:417 Remove the space after the opening bracket. [" "]',
      '28:9 Replace the space and 3 no-break spaces (U+00A0) with one space. ["\u00a0\u00a0\u00a0 "]',
    ]);
  });

  it('has a headline the rule accepts and, with the end-mark rule off by default, no end-mark finding', (t) => {
    if (skip(t)) return;
    assert.deepEqual(findings('headline'), []);
    assert.deepEqual(findings('end-mark'), []);
  });
});
