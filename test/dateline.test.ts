/**
 * The dateline parser and the `dateline` / `date-style` rules, table by table: every form of
 * issue 3 with its parts and its rewrite into the house form, the dates that are errors, and
 * the numbers that are not ranges.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../server/src/engine/parse/document';
import { opensWithDateline, parseDateline } from '../server/src/engine/parse/dateline';
import { placeInTitleCase } from '../server/src/engine/text/places';
import { closestMonth, findFullDate, formatDate, impossibility, monthInAnyLanguage, monthOf } from '../server/src/engine/text/dates';
import { lint } from '../server/src/engine/lint';
import { applyFixes } from '../server/src/engine/fix';
import { recommended } from '../server/src/engine/config/recommended';
import type { HouseStyle } from '../server/src/engine/config/style';
import { dateline } from '../server/src/engine/rules/dateline';
import { dateStyle } from '../server/src/engine/rules/date-style';

const NOW = new Date('2026-06-01T12:00:00Z');
const HEADLINE = 'Ministry opens a new clinic for mothers and children\n\n';
const BODY = 'The new clinic will serve three districts.';
const NEXT = '\n\nA second paragraph follows here.\n';

interface FormCase {
  form: string;
  /** The lead paragraph (or the dateline and the lead, for a dateline on its own). */
  lead: string;
  places: string[];
  countries: string[];
  inBrackets?: boolean;
  date: string;
  day: number;
  month: number;
  year?: number;
  order: 'day-month' | 'month-day';
  source?: string;
  separator?: string;
  ownLine?: boolean;
  dateFirst?: boolean;
  /** The house-form dateline the fix writes, or null when the rule offers no fix. */
  rewrite: string | null;
  /** The rewrite drops words (a weekday, a source credit) or joins lines: offered as a suggestion, not a fix. */
  offered?: boolean;
  /** What the finding's message lists (substrings); [] for a dateline in the house form. */
  differences: string[];
}

const forms: FormCase[] = [
  {
    form: 'house form',
    lead: `Accra, Ghana, 3 May 2018 - ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' - ',
    rewrite: null, differences: [],
  },
  {
    form: 'no comma before the date',
    lead: `Accra, Ghana 3 May 2018 - ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' - ',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['there is no comma before the date'],
  },
  {
    form: 'a dash between country and date',
    lead: `Accra, Ghana - 3 May 2018 - ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' - ',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['a dash stands between the place and the date'],
  },
  {
    form: 'country in brackets',
    lead: `Lima (Peru), 14 February 2022 - ${BODY}`,
    places: ['Lima'], countries: ['Peru'], inBrackets: true, date: '14 February 2022', day: 14, month: 2, year: 2022, order: 'day-month', separator: ' - ',
    rewrite: 'Lima, Peru, 14 February 2022 - ', differences: ['the country is in brackets'],
  },
  {
    form: 'several places',
    lead: `Vienna/Lima (Austria/Peru) 2 March 2021 - ${BODY}`,
    places: ['Vienna', 'Lima'], countries: ['Austria', 'Peru'], inBrackets: true, date: '2 March 2021', day: 2, month: 3, year: 2021, order: 'day-month', separator: ' - ',
    rewrite: 'Vienna/Lima, Austria/Peru, 2 March 2021 - ', differences: ['the country is in brackets', 'there is no comma before the date'],
  },
  {
    form: 'all capitals and a comma before the year',
    lead: `DAKAR, 21 MAY, 2016 - ${BODY}`,
    places: ['DAKAR'], countries: [], date: '21 MAY, 2016', day: 21, month: 5, year: 2016, order: 'day-month', separator: ' - ',
    rewrite: 'Dakar, 21 May 2016 - ', differences: ['it names no country', '"DAKAR" and "MAY" are in capital letters', 'a comma stands before the year'],
  },
  {
    form: 'zero-padded day',
    lead: `Nairobi, Kenya, 04 November 2019 - ${BODY}`,
    places: ['Nairobi'], countries: ['Kenya'], date: '04 November 2019', day: 4, month: 11, year: 2019, order: 'day-month', separator: ' - ',
    rewrite: 'Nairobi, Kenya, 4 November 2019 - ', differences: ['the day has a leading zero ("04")'],
  },
  {
    form: 'ordinal day',
    lead: `Tunis, Tunisia, 16th June 2020 - ${BODY}`,
    places: ['Tunis'], countries: ['Tunisia'], date: '16th June 2020', day: 16, month: 6, year: 2020, order: 'day-month', separator: ' - ',
    rewrite: 'Tunis, Tunisia, 16 June 2020 - ', differences: ['the day has an ordinal suffix ("16th")'],
  },
  {
    form: 'US order',
    lead: `Quito, Ecuador, March 9, 2023 - ${BODY}`,
    places: ['Quito'], countries: ['Ecuador'], date: 'March 9, 2023', day: 9, month: 3, year: 2023, order: 'month-day', separator: ' - ',
    rewrite: 'Quito, Ecuador, 9 March 2023 - ', differences: ['the month comes before the day', 'a comma stands before the year'],
  },
  {
    form: 'wire style',
    offered: true,
    lead: `DENVER, Colo., Jan. 9, 2025 /PRNewswire/ -- ${BODY}`,
    places: ['DENVER'], countries: ['Colo.'], date: 'Jan. 9, 2025', day: 9, month: 1, year: 2025, order: 'month-day', source: '/PRNewswire/', separator: ' -- ',
    rewrite: 'Denver, Colo., 9 January 2025 - ',
    differences: ['"DENVER" is in capital letters', 'the month is abbreviated ("Jan.")', 'the month comes before the day', 'it carries a source credit ("/PRNewswire/")', 'the separator is " -- " instead of " - "'],
  },
  {
    form: 'date first, on its own line',
    offered: true,
    lead: `16th June 2020 - Tunis, Tunisia\n\n${BODY}`,
    places: ['Tunis'], countries: ['Tunisia'], date: '16th June 2020', day: 16, month: 6, year: 2020, order: 'day-month', ownLine: true, dateFirst: true,
    rewrite: 'Tunis, Tunisia, 16 June 2020 - ', differences: ['the date comes before the place', 'it stands on a line of its own'],
  },
  {
    form: 'date first, then the text',
    lead: `16 June 2020 - Tunis, Tunisia: ${BODY}`,
    places: ['Tunis'], countries: ['Tunisia'], date: '16 June 2020', day: 16, month: 6, year: 2020, order: 'day-month', separator: ': ', dateFirst: true,
    rewrite: 'Tunis, Tunisia, 16 June 2020 - ', differences: ['the date comes before the place', 'the separator is ": " instead of " - "'],
  },
  {
    form: 'a source credit',
    offered: true,
    lead: `ROME, 5 May 2020 (FAO) - ${BODY}`,
    places: ['ROME'], countries: [], date: '5 May 2020', day: 5, month: 5, year: 2020, order: 'day-month', source: '(FAO)', separator: ' - ',
    rewrite: 'Rome, 5 May 2020 - ', differences: ['it names no country', 'it carries a source credit ("(FAO)")'],
  },
  {
    form: 'a source credit between the place and the date',
    offered: true,
    lead: `ROME (FAO), 5 May 2020 - ${BODY}`,
    places: ['ROME'], countries: [], date: '5 May 2020', day: 5, month: 5, year: 2020, order: 'day-month', source: '(FAO)', separator: ' - ',
    rewrite: 'Rome, 5 May 2020 - ', differences: ['it names no country', 'it carries a source credit ("(FAO)")'],
  },
  {
    form: 'a source credit, then the country',
    offered: true,
    lead: `ROME (FAO), Italy, 5 May 2020 - ${BODY}`,
    places: ['ROME'], countries: ['Italy'], date: '5 May 2020', day: 5, month: 5, year: 2020, order: 'day-month', source: '(FAO)', separator: ' - ',
    rewrite: 'Rome, Italy, 5 May 2020 - ', differences: ['it carries a source credit ("(FAO)")'],
  },
  {
    form: 'a country in capitals in brackets is a country, not a credit',
    lead: `Lima (PERU), 14 February 2022 - ${BODY}`,
    places: ['Lima'], countries: ['PERU'], inBrackets: true, date: '14 February 2022', day: 14, month: 2, year: 2022, order: 'day-month', separator: ' - ',
    rewrite: 'Lima, Peru, 14 February 2022 - ', differences: ['the country is in brackets', '"PERU" is in capital letters'],
  },
  {
    form: 'a day of the week before the date',
    offered: true,
    lead: `Geneva, Switzerland, Monday 8 July 2019 - ${BODY}`,
    places: ['Geneva'], countries: ['Switzerland'], date: '8 July 2019', day: 8, month: 7, year: 2019, order: 'day-month', separator: ' - ',
    rewrite: 'Geneva, Switzerland, 8 July 2019 - ', differences: ['it names the day of the week ("Monday")'],
  },
  {
    form: 'a day of the week with a comma, in a US-style date',
    offered: true,
    lead: `GENEVA, Tues., July 9, 2019 - ${BODY}`,
    places: ['GENEVA'], countries: [], date: 'July 9, 2019', day: 9, month: 7, year: 2019, order: 'month-day', separator: ' - ',
    rewrite: 'Geneva, 9 July 2019 - ', differences: ['it names the day of the week ("Tues.")', 'the month comes before the day', 'it names no country'],
  },
  {
    form: 'a day of the week in a date-first dateline',
    offered: true,
    lead: `Friday, 16 June 2023 - Tunis, Tunisia - ${BODY}`,
    places: ['Tunis'], countries: ['Tunisia'], date: '16 June 2023', day: 16, month: 6, year: 2023, order: 'day-month', separator: ' - ', dateFirst: true,
    rewrite: 'Tunis, Tunisia, 16 June 2023 - ', differences: ['the date comes before the place', 'it names the day of the week ("Friday")'],
  },
  {
    form: 'no year',
    lead: `Geneva, Switzerland, 5 May - ${BODY}`,
    places: ['Geneva'], countries: ['Switzerland'], date: '5 May', day: 5, month: 5, order: 'day-month', separator: ' - ',
    rewrite: null, differences: ['it has no year'],
  },
  {
    form: 'on its own line, body in the next paragraph',
    offered: true,
    lead: `Accra, Ghana, 3 May 2018\n\n${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', ownLine: true,
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['it stands on a line of its own'],
  },
  {
    form: 'on its own line, body on the next line',
    offered: true,
    lead: `Accra, Ghana, 3 May 2018\n${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', ownLine: true,
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['it stands on a line of its own'],
  },
  {
    form: 'en dash',
    lead: `Accra, Ghana, 3 May 2018 – ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' – ',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['the separator is " – " instead of " - "'],
  },
  {
    form: 'em dash without spaces',
    lead: `Accra, Ghana, 3 May 2018—${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: '—',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['the separator is "—" instead of " - "'],
  },
  {
    form: 'double hyphen',
    lead: `Accra, Ghana, 3 May 2018 -- ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' -- ',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['the separator is " -- " instead of " - "'],
  },
  {
    form: 'colon',
    lead: `Accra, Ghana, 3 May 2018: ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ': ',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['the separator is ": " instead of " - "'],
  },
  {
    form: 'hyphen without spaces',
    lead: `Accra, Ghana, 3 May 2018-${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: '-',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['the separator is "-" instead of " - "'],
  },
  {
    form: 'no separator',
    lead: `Accra, Ghana, 3 May 2018 ${BODY}`,
    places: ['Accra'], countries: ['Ghana'], date: '3 May 2018', day: 3, month: 5, year: 2018, order: 'day-month',
    rewrite: 'Accra, Ghana, 3 May 2018 - ', differences: ['there is no separator (" - ") after it'],
  },
  {
    form: 'a place name with joiners, in capitals',
    lead: `DAR ES SALAAM, Tanzania, 7 April 2024 - ${BODY}`,
    places: ['DAR ES SALAAM'], countries: ['Tanzania'], date: '7 April 2024', day: 7, month: 4, year: 2024, order: 'day-month', separator: ' - ',
    rewrite: 'Dar es Salaam, Tanzania, 7 April 2024 - ', differences: ['"DAR ES SALAAM" is in capital letters'],
  },
  {
    form: 'a month without its capital, a place with initials',
    lead: `Washington, D.C., 5 may 2020 - ${BODY}`,
    places: ['Washington'], countries: ['D.C.'], date: '5 may 2020', day: 5, month: 5, year: 2020, order: 'day-month', separator: ' - ',
    rewrite: 'Washington, D.C., 5 May 2020 - ', differences: ['the month has no capital letter ("may")'],
  },
  {
    form: 'no-break spaces are read as spaces',
    lead: `Minsk,\u00a0Belarus, 8\u00a0July 2019 - ${BODY}`,
    places: ['Minsk'], countries: ['Belarus'], date: '8\u00a0July 2019', day: 8, month: 7, year: 2019, order: 'day-month', separator: ' - ',
    rewrite: null, differences: [],
  },
  {
    form: 'Markdown emphasis around the dateline',
    lead: `**Abidjan, Côte d'Ivoire, 3rd May 2018** - ${BODY}`,
    places: ['Abidjan'], countries: ["Côte d'Ivoire"], date: '3rd May 2018', day: 3, month: 5, year: 2018, order: 'day-month', separator: ' - ',
    rewrite: "**Abidjan, Côte d'Ivoire, 3 May 2018** - ", differences: ['the day has an ordinal suffix ("3rd")'],
  },
];

function draft(lead: string): string {
  return HEADLINE + lead + NEXT;
}

function datelineFindings(text: string, style: HouseStyle = recommended) {
  return lint(text, style, { now: NOW, rules: [dateline] }).findings;
}

describe('parseDateline: every form of issue 3', () => {
  for (const c of forms) {
    it(c.form, () => {
      const text = draft(c.lead);
      const doc = parseDraft(text);
      assert.equal(doc.headline?.text, HEADLINE.trim(), 'the headline stays the headline');
      const parsed = parseDateline(doc);
      assert.ok(parsed, 'a dateline is found');
      assert.deepEqual(parsed.places.map((p) => p.text), c.places);
      assert.deepEqual(parsed.countries.map((p) => p.text), c.countries);
      assert.equal(parsed.countryInBrackets, c.inBrackets ?? false);
      assert.equal(parsed.date?.text, c.date);
      assert.equal(parsed.date?.day.value, c.day);
      assert.equal(parsed.date?.month.value, c.month);
      assert.equal(parsed.date?.year?.value, c.year);
      assert.equal(parsed.date?.order, c.order);
      assert.equal(parsed.source?.text, c.source);
      assert.equal(parsed.separator?.text, c.separator);
      assert.equal(parsed.ownLine, c.ownLine ?? false);
      assert.equal(parsed.dateFirst, c.dateFirst ?? false);
      // Every part's range points at its text.
      for (const part of [...parsed.places, ...parsed.countries, parsed.date, parsed.source, parsed.separator]) {
        if (part) assert.equal(text.slice(part.range.start, part.range.end), part.text);
      }
      assert.equal(text.slice(parsed.bodyStart!, parsed.bodyStart! + BODY.length), BODY, 'the body starts after the dateline');
    });
  }
});

describe('dateline rule: one finding per dateline, one rewrite into the house form', () => {
  for (const c of forms) {
    it(c.form, () => {
      const text = draft(c.lead);
      const findings = datelineFindings(text);
      if (c.differences.length === 0) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
      const [finding] = findings;
      for (const difference of c.differences) assert.ok(finding!.message.includes(difference), `${finding!.message}\nlacks: ${difference}`);
      if (c.rewrite === null) {
        assert.equal(finding!.fix, undefined);
        return;
      }
      const change = c.offered ? finding!.suggestions?.[0]?.fix : finding!.fix;
      if (c.offered) assert.equal(finding!.fix, undefined, 'a rewrite that drops words or joins lines is a suggestion, not a fix');
      assert.ok(change, c.offered ? 'the finding offers the rewrite' : 'the finding has a fix');
      const fixed = applyFixes(text, [change]).text;
      assert.equal(fixed, draft(c.rewrite + BODY));
      assert.ok(finding!.message.endsWith(`Rewrite it as "${c.rewrite.replace(/^\*\*|\*\*(?= - $)/g, '')}".`), finding!.message);
      // The rewrite is stable: only findings without a fix may remain.
      assert.deepEqual(datelineFindings(fixed).filter((f) => f.fix), []);
    });
  }
});

describe('dateline rule: the house style decides', () => {
  const us: HouseStyle = { ...recommended, dateline: { separator: ' -- ', dateFormat: 'MMMM D, YYYY', requireCountry: false } };

  it('a US house rewrites day-month dates and keeps its own separator', () => {
    const text = draft(`Accra, Ghana, 3 May 2018 - ${BODY}`);
    const [finding] = datelineFindings(text, us);
    assert.match(finding!.message, /the day comes before the month; there is no comma before the year; the separator is " - " instead of " -- "/);
    assert.equal(applyFixes(text, [finding!.fix!]).text, draft(`Accra, Ghana, May 3, 2018 -- ${BODY}`));
  });

  it('a US house accepts its own form and a place without a country', () => {
    assert.deepEqual(datelineFindings(draft(`Quito, Ecuador, March 9, 2023 -- ${BODY}`), us), []);
    assert.deepEqual(datelineFindings(draft(`Quito, March 9, 2023 -- ${BODY}`), us), []);
  });
});

describe('dateline rule: dates that are errors, without a fix', () => {
  const cases: [string, string, string][] = [
    ['31 June', `Accra, Ghana, 31 June 2020 - ${BODY}`, 'The dateline\'s date "31 June 2020" does not exist: June has 30 days.'],
    ['29 February in a common year', `Accra, Ghana, 29 February 2023 - ${BODY}`, 'The dateline\'s date "29 February 2023" does not exist: 2023 is not a leap year.'],
    ['a date in the future', `Accra, Ghana, 3 July 2026 - ${BODY}`, 'The dateline\'s date "3 July 2026" is in the future (today is 1 June 2026); date the release the day it is published, or add an embargo line.'],
    ['an unknown month', `Accra, Ghana, 3 Juen 2018 - ${BODY}`, '"Juen" in the dateline is not the name of a month (did you mean June?).'],
    ['an unknown month nothing like one', `Accra, Ghana, 3 Brumaire 2018 - ${BODY}`, '"Brumaire" in the dateline is not the name of a month.'],
  ];
  for (const [name, lead, message] of cases) {
    it(name, () => {
      const findings = datelineFindings(draft(lead));
      assert.deepEqual(findings.map((f) => [f.message, f.fix]), [[message, undefined]]);
    });
  }

  it('an ordinal beside an impossible date is reported, but not rewritten', () => {
    const findings = datelineFindings(draft(`Accra, Ghana, 31st June 2020 - ${BODY}`));
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.fix === undefined));
  });

  it('tomorrow somewhere on Earth is not the future yet', () => {
    assert.deepEqual(datelineFindings(draft(`Apia, Samoa, 2 June 2026 - ${BODY}`)), []);
  });

  it('an embargo line allows its own date and earlier ones, not later ones', () => {
    const embargoed = (lead: string) => `EMBARGOED UNTIL 10 June 2026 09:00 CET\n\n${draft(lead)}`;
    assert.deepEqual(datelineFindings(embargoed(`Accra, Ghana, 10 June 2026 - ${BODY}`)), []);
    assert.deepEqual(
      datelineFindings(embargoed(`Accra, Ghana, 12 June 2026 - ${BODY}`)).map((f) => f.message),
      ['The dateline\'s date "12 June 2026" is after the embargo date (10 June 2026).'],
    );
  });
});

describe('dateline rule: a missing dateline', () => {
  // Long enough not to be taken for a sub-headline.
  const lead = `${BODY} It opens its doors to patients on Monday, with twelve midwives, two doctors and a pharmacy stocked by the regional health office.`;

  it('offers the skeleton, dated today, at the start of the lead: a suggestion, never applied by --fix', () => {
    const text = draft(lead);
    const [finding] = datelineFindings(text);
    assert.equal(finding!.message, 'The first paragraph does not open with a dateline ("City, Country, D Month YYYY - ").');
    assert.equal(finding!.fix, undefined, 'the skeleton holds blanks to fill in');
    assert.equal(applyFixes(text, [finding!.suggestions![0]!.fix]).text, draft(`City, Country, 1 June 2026 - ${lead}`));
  });

  it('dates the skeleton with the embargo date when there is one', () => {
    const text = `Embargoed until 10 June 2026\n\n${draft(lead)}`;
    const [finding] = datelineFindings(text);
    assert.equal(finding!.suggestions![0]!.fix.text, 'City, Country, 10 June 2026 - ');
  });

  it('reports the placeholders the skeleton leaves, without a fix', () => {
    const findings = datelineFindings(draft(`City, Country, 1 June 2026 - ${BODY}`));
    assert.deepEqual(findings.map((f) => [f.message, f.fix]), [
      ['The dateline still has the placeholders "City" and "Country": name the place the release comes from.', undefined],
    ]);
  });

  it('offers a first paragraph when the release has none', () => {
    const text = 'Ministry opens a new clinic\n\nFor more information, please contact:\n\nUNICEF Ghana: Ama Mensah, ama@example.org\n';
    const [finding] = datelineFindings(text);
    assert.match(finding!.message, /has no first paragraph/);
    assert.equal(finding!.fix, undefined);
    assert.equal(
      applyFixes(text, [finding!.suggestions![0]!.fix]).text,
      'Ministry opens a new clinic\n\nCity, Country, 1 June 2026 -\n\nFor more information, please contact:\n\nUNICEF Ghana: Ama Mensah, ama@example.org\n',
    );
  });

  it('does not insert a skeleton before a dateline it cannot read', () => {
    const [finding] = datelineFindings(draft(`**GENEVA**, 5 May 2020 - ${BODY}`));
    assert.equal(finding!.fix, undefined);
    assert.match(finding!.message, /looks like a dateline in a form presslint cannot read/);
  });

  it('a sentence that opens with a date or a name is no dateline', () => {
    for (const lead of ['On 3 May 2018, the ministry opened a clinic.', 'Today, 3 May 2018, the ministry opened a clinic.', 'UNICEF - the children\'s agency - opened a clinic.', 'The ministry opened on 3 May 2018 a clinic.']) {
      assert.equal(opensWithDateline(lead), false, lead);
    }
  });
});

describe('parseDateline: details', () => {
  it('is computed once per document', () => {
    const doc = parseDraft(draft(`Accra, Ghana, 3 May 2018 - ${BODY}`));
    assert.equal(parseDateline(doc), parseDateline(doc));
  });

  it('reads a wire dateline without a date', () => {
    const parsed = parseDateline(parseDraft(draft(`GENEVA (Reuters) - ${BODY}`)));
    assert.deepEqual([parsed?.places[0]?.text, parsed?.source?.text, parsed?.date], ['GENEVA', '(Reuters)', undefined]);
  });

  it('keeps exact ranges with CRLF line endings and a BOM', () => {
    const text = `\uFEFF${HEADLINE}Lima (Peru), 14 February 2022 - ${BODY}${NEXT}`.replace(/\n/g, '\r\n');
    const parsed = parseDateline(parseDraft(text))!;
    assert.equal(text.slice(parsed.range.start, parsed.range.end), 'Lima (Peru), 14 February 2022 -');
    assert.equal(text.slice(parsed.countries[0]!.range.start, parsed.countries[0]!.range.end), 'Peru');
  });

  it('writes places in capitals in title case', () => {
    const cases: [string, string][] = [
      ['DAR ES SALAAM', 'Dar es Salaam'],
      ["N'DJAMENA", "N'Djamena"],
      ["CÔTE D'IVOIRE", "Côte d'Ivoire"],
      ['PORT-AU-PRINCE', 'Port-au-Prince'],
      ['WASHINGTON, D.C.', 'Washington, D.C.'],
      ['LAO PDR', 'Lao PDR'],
      ['BOSNIA AND HERZEGOVINA', 'Bosnia and Herzegovina'],
    ];
    for (const [caps, title] of cases) assert.equal(placeInTitleCase(caps), title);
  });
});

describe('text/dates', () => {
  it('knows month names and abbreviations in any case', () => {
    assert.deepEqual(monthOf('MAY'), { month: 5, abbreviated: false });
    assert.deepEqual(monthOf('Sept.'), { month: 9, abbreviated: true });
    assert.deepEqual(monthOf('jan'), { month: 1, abbreviated: true });
    assert.equal(monthOf('Juen'), undefined);
    assert.equal(closestMonth('Juen'), 'June');
    assert.equal(closestMonth('Febuary'), 'February');
    assert.equal(closestMonth('Brumaire'), undefined);
  });

  it('reads French and Spanish month names through Intl, English first', () => {
    assert.deepEqual(monthInAnyLanguage('novembre'), { month: 11, abbreviated: false, language: 'fr' });
    assert.deepEqual(monthInAnyLanguage('FÉVRIER'), { month: 2, abbreviated: false, language: 'fr' });
    assert.deepEqual(monthInAnyLanguage('fevrier'), { month: 2, abbreviated: false, language: 'fr' });
    assert.deepEqual(monthInAnyLanguage('juil.'), { month: 7, abbreviated: true, language: 'fr' });
    assert.deepEqual(monthInAnyLanguage('diciembre'), { month: 12, abbreviated: false, language: 'es' });
    assert.deepEqual(monthInAnyLanguage('dic'), { month: 12, abbreviated: true, language: 'es' });
    // "mar" and "may" are English abbreviations and names before they are Spanish ones.
    assert.deepEqual(monthInAnyLanguage('Mar'), { month: 3, abbreviated: true });
    assert.deepEqual(monthInAnyLanguage('may'), { month: 5, abbreviated: false });
    assert.equal(monthInAnyLanguage('Brumaire'), undefined);
    // Body dates stay English: date-style never reads "3 mars" as a date to rewrite.
    assert.equal(monthOf('mars'), undefined);
  });

  it('reads French and Spanish datelines: "le", "de", "1er", a credit after the date', () => {
    const cases: Array<[string, string, number, number, number | undefined]> = [
      ['Genève, le 1er mai 2026 – ', '1er mai 2026', 1, 5, 2026],
      ['GINEBRA, Suiza, 1 de octubre de 2025 (ACNUR) – ', '1 de octubre de 2025', 1, 10, 2025],
      ['Bogotá, 3 de marzo – ', '3 de marzo', 3, 3, undefined],
    ];
    for (const [dateline, date, day, month, year] of cases) {
      const parsed = parseDateline(parseDraft(`${HEADLINE}${dateline}${BODY}\n`));
      assert.ok(parsed?.date, dateline);
      assert.equal(parsed.date.text, date);
      assert.deepEqual([parsed.date.day.value, parsed.date.month.value, parsed.date.year?.value], [day, month, year]);
    }
  });

  it('knows which dates exist', () => {
    assert.equal(impossibility({ day: 29, month: 2, year: 2024 }), undefined);
    assert.equal(impossibility({ day: 29, month: 2 }), undefined);
    assert.equal(impossibility({ day: 29, month: 2, year: 1900 }), '1900 is not a leap year.');
    assert.equal(impossibility({ day: 31, month: 4, year: 2024 }), 'April has 30 days.');
  });

  it('formats in both house forms and reads dates out of an embargo line', () => {
    assert.equal(formatDate({ day: 8, month: 7, year: 2019 }, 'D MMMM YYYY'), '8 July 2019');
    assert.equal(formatDate({ day: 8, month: 7, year: 2019 }, 'MMMM D, YYYY'), 'July 8, 2019');
    assert.deepEqual(findFullDate('EMBARGOED UNTIL 00:01 GMT, Wednesday 10 JUNE 2026'), { day: 10, month: 6, year: 2026 });
    assert.deepEqual(findFullDate('Embargo: June 10, 2026, 9 a.m.'), { day: 10, month: 6, year: 2026 });
    assert.deepEqual(findFullDate('Not before 2026-06-10T09:00'), { day: 10, month: 6, year: 2026 });
  });
});

describe('date-style rule', () => {
  const hyphenUs: HouseStyle = {
    ...recommended,
    dateline: { ...recommended.dateline, dateFormat: 'MMMM D, YYYY' },
    dates: { rangeDash: 'hyphen' },
  };
  const fixesIn = (sentence: string, style: HouseStyle = recommended) => {
    const text = draft(`Accra, Ghana, 3 May 2018 - ${sentence}`);
    return lint(text, style, { now: NOW, rules: [dateStyle] }).findings.map((f) => [text.slice(f.range.start, f.range.end), f.fix?.text]);
  };

  const rewrites: [string, string, string][] = [
    ['June 10-13', '10–13 June', 'the day comes before the month and ranges take an en dash'],
    ['July 8, 2019', '8 July 2019', 'the day comes before the month and the year follows the month without a comma'],
    ['8th July', '8 July', 'dates take no ordinal suffix'],
    ['10-13 June', '10–13 June', 'ranges take an en dash'],
    ['10th-13th June 2019', '10–13 June 2019', 'dates take no ordinal suffix and ranges take an en dash'],
    ['30 June-2 July', '30 June–2 July', 'ranges take an en dash'],
    ['June 30-July 2', '30 June–2 July', 'the day comes before the month and ranges take an en dash'],
    ['9 Sept. 2025', '9 September 2025', 'months are written in full'],
    ['2015-2019', '2015–2019', 'ranges take an en dash'],
    ['2015-19', '2015–19', 'ranges take an en dash'],
    ['15-24 years', '15–24', 'ranges take an en dash'],
  ];
  for (const [written, house, why] of rewrites) {
    it(`rewrites "${written}" as "${house}"`, () => {
      const text = draft(`Accra, Ghana, 3 May 2018 - The meeting ran ${written} in Accra.`);
      const findings = lint(text, recommended, { now: NOW, rules: [dateStyle] }).findings;
      assert.equal(findings.length, 1);
      assert.equal(findings[0]!.fix!.text, house);
      assert.match(findings[0]!.message, new RegExp(`: ${why}\\.$`));
    });
  }

  it('a US house with hyphens rewrites the other way', () => {
    assert.deepEqual(fixesIn('It ran 10–13 June and on 8 July 2019, in 2015–2019.', hyphenUs), [
      ['10–13 June', 'June 10-13'],
      ['8 July 2019', 'July 8, 2019'],
      ['2015–2019', '2015-2019'],
    ]);
  });

  it('leaves alone what is no range', () => {
    const sentence =
      'Call +43 1 26060-4433 or 555-1234; ISBN 978-3-16-148410-0; COVID-19, A-1, F-16 and G-20; from 10:00-12:00; a 3-1 win; ' +
      'see https://example.org/2015-2019 or write to team-2015-2019@example.org; code 2019-06-10; in May 2019; 10–13 June; 2015–2019.';
    assert.deepEqual(fixesIn(sentence), []);
  });

  it('leaves alone a model number after a name, and still reads a range at the start of a sentence', () => {
    assert.deepEqual(fixesIn('The airline flies a Boeing 737-800 and two Airbus 320-200 aircraft.'), []);
    assert.deepEqual(fixesIn('In 2015-2019 it grew. Between 10-12 people came; June 10-13 was busy.'), [
      ['2015-2019', '2015–2019'],
      ['10-12', '10–12'],
      ['June 10-13', '10–13 June'],
    ]);
  });

  it('does not read the dateline, nor contact lines with phone numbers', () => {
    const text =
      'Ministry opens a new clinic\n\nDENVER, Colo., Jan. 9, 2025 - The clinic opened.\n\nFor more information, please contact:\n\nUNICEF Ghana: Ama Mensah, Tel: +233 30 277-2524, 9-17 daily\n';
    assert.deepEqual(lint(text, recommended, { now: NOW, rules: [dateStyle] }).findings, []);
  });
});
