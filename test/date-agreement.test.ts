/**
 * The `date-agreement` rule on invented cases, one sentence or embargo line each, with the exact
 * messages expected. Weekdays were checked against a calendar by hand (Python's datetime).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, recommended, rules, type HouseStyle } from '../server/src/engine/index';

const rule = rules.filter((r) => r.meta.id === 'date-agreement');
const NOW = new Date('2026-06-01T12:00:00Z');

/** A release dated `dateline` (house form) whose lead goes on with `body`, an embargo line first when given. */
function release(body: string, { dateline = '2 March 2026', embargo }: { dateline?: string; embargo?: string } = {}): string {
  return `${embargo ? `${embargo}\n\n` : ''}Ministers meet on river data\n\nKampala, Uganda, ${dateline} - ${body}\n\nFor more information, please contact:\n\nPress office: Amina Odhiambo, amina.odhiambo@example.org\n`;
}

function messages(text: string, style: HouseStyle = recommended): string[] {
  return lint(text, style, { rules: rule, now: NOW }).findings.map((f) => f.message);
}

const WEEKDAYS_IN_THE_BODY: Array<[string, string, string[]]> = [
  ['a weekday that agrees, day first', 'They met on Monday, 2 March 2026.', []],
  ['a weekday that agrees, month first', 'They met on Monday, March 2, 2026.', []],
  ['a weekday that agrees, no comma', 'They meet on Tuesday 3 March.', []],
  ['a weekday that agrees, abbreviated', 'They meet on Tue. 3 March.', []],
  ['a weekday that agrees, ordinal', 'They meet on Monday the 9th of March.', []],
  ['a weekday that agrees, in capitals', 'They meet on MONDAY 9 March.', []],
  ['a weekday that agrees, leap day', 'The fund closed on Thursday, 29 February 2024.', []],
  ['a weekday that agrees, next year', 'The plan starts on Friday, 1 January 2027.', []],
  ['a weekday alone: "on Monday" is not checked', 'They met on Monday and agreed.', []],
  ['a weekday with no date nearby', 'On Friday the ministers spoke; in March they sign.', []],
  ['an impossible date is the dateline rule\'s, not this one', 'They meet on Monday 31 April.', []],
  ['a weekday in a web address is not prose', 'See https://example.org/Monday-9-March.', []],
  ['the wrong weekday, day first with year', 'They met on Tuesday, 2 March 2026.', ['2 March 2026 is a Monday, not a Tuesday.']],
  ['the wrong weekday, month first with year', 'They met on Sunday, March 2, 2026.', ['2 March 2026 is a Monday, not a Sunday.']],
  ['the wrong weekday, without a year', 'They meet on Wednesday 3 March.', ["3 March 2026 is a Tuesday, not a Wednesday (read in the dateline's year, 2026)."]],
  ['the wrong weekday, abbreviated', 'They meet on Fri. 9 March.', ["9 March 2026 is a Monday, not a Friday (read in the dateline's year, 2026)."]],
  ['the wrong weekday, ordinal', 'They meet on Tuesday the 9th of March.', ["9 March 2026 is a Monday, not a Tuesday (read in the dateline's year, 2026)."]],
  ['the wrong weekday, Christmas', 'The office closes on Thursday, 25 December 2026.', ['25 December 2026 is a Friday, not a Thursday.']],
  ['the wrong weekday, in another year', 'The fund closed on Friday, 29 February 2024.', ['29 February 2024 is a Thursday, not a Friday.']],
  ['the wrong weekday, month first without a year', 'Talks resume on Monday, July 4.', ["4 July 2026 is a Saturday, not a Monday (read in the dateline's year, 2026)."]],
  ['three dates, all agree', 'They meet on Monday 9 March and on Monday 16 March, then on Tuesday 24 March.', []],
  ['two dates, the second wrong', 'They meet on Monday 9 March and on Sunday 15 June.', ["15 June 2026 is a Monday, not a Sunday (read in the dateline's year, 2026)."]],
];

describe('date-agreement: a weekday beside a date in the body', () => {
  for (const [name, body, expected] of WEEKDAYS_IN_THE_BODY) {
    it(name, () => assert.deepEqual(messages(release(body)), expected));
  }

  it('offers the right weekday and the nearest date with the weekday written, never a fix', () => {
    const text = release('They meet on Wednesday 3 March.');
    const [finding] = lint(text, recommended, { rules: rule, now: NOW }).findings;
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(finding!.suggestions!.map((s) => [s.title, s.fix.text, text.slice(s.fix.range.start, s.fix.range.end)]), [
      ['Change the weekday to Tuesday', 'Tuesday', 'Wednesday'],
      ['Change the date to 4 March 2026, a Wednesday', 'Wednesday 4 March', 'Wednesday 3 March'],
    ]);
  });

  it('leaves a date without a year alone when the dateline has none', () => {
    assert.deepEqual(messages(release('They meet on Wednesday 3 March.', { dateline: '2 March' })), []);
  });

  // A masthead line holding only the release's date, then a dateline with a place alone.
  const dated = (dateLine: string, lead: string) => `River data briefing moves\n\n${dateLine}\n\nKAMPALA - ${lead}\n`;

  it("reads a date without a year in the year of a masthead line that is only the release's date", () => {
    assert.deepEqual(messages(dated('April 30, 2026', 'The briefing moves to 2 p.m. EAT Thursday, May 1.')), [
      "1 May 2026 is a Friday, not a Thursday (read in the year of the release's date, 2026).",
    ]);
    assert.deepEqual(messages(dated('April 30, 2026', 'The briefing moves to 2 p.m. EAT Friday, May 1.')), []);
  });

  it('takes no year from a masthead line that holds more than a date', () => {
    assert.deepEqual(messages(dated('Media advisory, April 30, 2026', 'The briefing moves to Thursday, May 1.')), []);
  });

  it('leaves a French release\'s dates to the French reading: skipped, not flagged', () => {
    const french = 'Réunion des ministres sur les données fluviales\n\nKampala, le 2 mars 2026 – Les ministres se réuniront le lundi 10 mars 2026 (un mardi) pour signer un accord sur le partage des données des fleuves et des lacs de la région.\n';
    assert.deepEqual(messages(french), []);
  });
});

describe("date-agreement: the dateline's weekday", () => {
  it('agrees', () => assert.deepEqual(messages(release('They met.', { dateline: 'Monday, 2 March 2026' })), []));
  it('disagrees', () => assert.deepEqual(messages(release('They met.', { dateline: 'Tuesday, 2 March 2026' })), ['2 March 2026 is a Monday, not a Tuesday.']));
  it('disagrees, month first', () => assert.deepEqual(messages(release('They met.', { dateline: 'Friday, March 2, 2026' })), ['2 March 2026 is a Monday, not a Friday.']));
});

const EMBARGOES: Array<[string, string, string, string[]]> = [
  ['GMT in January agrees', 'EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026', '15 January 2026', []],
  ['BST in January is not in force', 'EMBARGOED UNTIL 00:01 BST, Thursday 15 January 2026', '15 January 2026', ['BST is not in force on 15 January 2026: the time there is GMT.']],
  ['BST in June agrees', 'EMBARGOED UNTIL 00:01 BST, Monday 15 June 2026', '15 June 2026', []],
  ['GMT in June is not in force', 'EMBARGOED UNTIL 00:01 GMT, Monday 15 June 2026', '15 June 2026', ['GMT is not in force on 15 June 2026: the time there is BST.']],
  ['BST on the day the clocks go forward', 'EMBARGOED UNTIL 12:00 BST, Sunday 29 March 2026', '29 March 2026', []],
  ['BST on the day the clocks go back is GMT by noon', 'EMBARGOED UNTIL 12:00 BST, Sunday 25 October 2026', '25 October 2026', ['BST is not in force on 25 October 2026: the time there is GMT.']],
  ['CET in summer is not in force', 'EMBARGOED UNTIL 10:00 CET, Monday 10 August 2026', '10 August 2026', ['CET is not in force on 10 August 2026: the time there is CEST.']],
  ['CEST in summer agrees', 'EMBARGOED UNTIL 10:00 CEST, Monday 10 August 2026', '10 August 2026', []],
  ['EDT after the US clocks went forward', 'EMBARGOED UNTIL 9:00 a.m. EDT, Monday 9 March 2026', '9 March 2026', []],
  ['EST after the US clocks went forward', 'EMBARGOED UNTIL 9:00 a.m. EST, Monday 9 March 2026', '9 March 2026', ['EST is not in force on 9 March 2026: the time there is EDT.']],
  ['PST in July', 'EMBARGOED UNTIL 6:00 PST, Saturday 4 July 2026', '4 July 2026', ['PST is not in force on 4 July 2026: the time there is PDT.']],
  ['a wrong weekday in the embargo line', 'EMBARGOED UNTIL 00:01 GMT, Friday 15 January 2026', '15 January 2026', ['15 January 2026 is a Thursday, not a Friday.']],
  [
    'an embargo a day after the dateline',
    'EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026',
    '14 January 2026',
    ['The embargo is dated 15 January 2026, the dateline 14 January 2026: a release is dated the day its embargo lifts.'],
  ],
  ['an embargo with no time', 'EMBARGOED UNTIL 15 January 2026', '15 January 2026', ['The embargo line gives no time with its time zone: say when it lifts, and where (EMBARGOED UNTIL 00:01 BST, ...).']],
  ['an embargo with a time but no zone', 'EMBARGOED UNTIL 09:00, Thursday 15 January 2026', '15 January 2026', ['The embargo line gives no time with its time zone: say when it lifts, and where (EMBARGOED UNTIL 00:01 BST, ...).']],
  ['an embargo in East Africa Time', 'EMBARGOED UNTIL 09:00 EAT, Thursday 15 January 2026', '15 January 2026', []],
  ['an embargo at noon GMT', 'EMBARGOED UNTIL noon GMT, Thursday 15 January 2026', '15 January 2026', []],
  ['UTC is in force everywhere, always', 'EMBARGOED UNTIL 00:01 UTC, Monday 15 June 2026', '15 June 2026', []],
  ['the house form', 'EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026', '15 January 2026', []],
  ['the house form, in bold', '**EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026**', '15 January 2026', []],
  [
    'another form: lower case, no weekday',
    'Embargoed until 00:01 GMT, 15 January 2026',
    '15 January 2026',
    ['The embargo line differs from the house form "EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026".'],
  ],
  [
    'another form: month first, "on"',
    'Under embargo until 9:00 a.m. EST on Thursday, January 15, 2026',
    '15 January 2026',
    ['The embargo line differs from the house form "EMBARGOED UNTIL 9:00 a.m. EST, Thursday 15 January 2026".'],
  ],
  ['a line with more than the embargo is not rewritten', 'Embargoed until 00:01 GMT, 15 January 2026, for the press only', '15 January 2026', []],
];

describe('date-agreement: the embargo line', () => {
  for (const [name, embargo, dateline, expected] of EMBARGOES) {
    it(name, () => assert.deepEqual(messages(release('A report is published today.', { embargo, dateline })), expected));
  }

  it('writes the house\'s own label, and offers the house form as a suggestion', () => {
    const house: HouseStyle = { ...recommended, embargo: { label: 'Strictly embargoed until' } };
    const text = release('A report is published today.', { embargo: 'EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026', dateline: '15 January 2026' });
    const [finding] = lint(text, house, { rules: rule, now: NOW }).findings;
    assert.equal(finding!.message, 'The embargo line differs from the house form "Strictly embargoed until 00:01 GMT, Thursday 15 January 2026".');
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(finding!.suggestions!.map((s) => s.fix.text), ['Strictly embargoed until 00:01 GMT, Thursday 15 January 2026']);
  });

  it('offers the zone in force as a suggestion, not a fix', () => {
    const text = release('A report is published today.', { embargo: 'EMBARGOED UNTIL 00:01 BST, Thursday 15 January 2026', dateline: '15 January 2026' });
    const [finding] = lint(text, recommended, { rules: rule, now: NOW }).findings;
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(finding!.suggestions!.map((s) => [s.fix.text, text.slice(s.fix.range.start, s.fix.range.end)]), [['GMT', 'BST']]);
  });
});

describe("date-agreement: the dateline's age (dateline.maxAgeDays)", () => {
  const house = (maxAgeDays: number): HouseStyle => ({ ...recommended, dateline: { ...recommended.dateline, maxAgeDays } });
  it('is not checked unless the house asks', () => assert.deepEqual(messages(release('Text.', { dateline: '2 March 2020' })), []));
  it('allows a dateline within the limit', () => assert.deepEqual(messages(release('Text.', { dateline: '2 March 2026' }), house(91)), []));
  it('reports one older than the limit', () => {
    assert.deepEqual(messages(release('Text.', { dateline: '2 March 2026' }), house(30)), [
      "The dateline's date is 91 days old; the house style allows 30 (dateline.maxAgeDays): is this last year's release?",
    ]);
  });
});
