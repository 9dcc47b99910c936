/**
 * How the document model reads the opening of real releases (issue: read real releases as they
 * are written): each form, in an invented draft, with the headline, the dateline and the contact
 * section the model must find. The rule fixtures check the findings; this checks the reading.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOfFileName, parseDraft } from '../server/src/engine/parse/document';
import { parseDateline } from '../server/src/engine/parse/dateline/index';

const FIXTURES = join(__dirname, 'fixtures', 'rules');

interface Reading {
  /** Fixture path under test/fixtures/rules. */
  file: string;
  headline: string | undefined;
  dateline: string | undefined;
  /** The first line of the contact section (the house heading unless given; undefined: none). */
  contact?: string | undefined;
}

const readings: Reading[] = [
  { file: 'headline/good-masthead-press-release.txt', headline: 'Clean water points reach forty villages in Mopti', dateline: 'Mopti, Mali, 4 March 2026 -', contact: 'For more information, please contact:' },
  { file: 'headline/good-single-newlines.txt', headline: 'Harvest fair opens in Tamale with two hundred growers', dateline: 'Tamale, Ghana, 12 May 2026 -', contact: 'For more information, please contact:' },
  { file: 'headline/good-front-matter-title.md', headline: 'Library ferry starts weekly visits to island schools', dateline: 'Split, Croatia, 20 April 2026 -' },
  { file: 'headline/good-metadata-header-without-fences.md', headline: 'Le musée ouvre une salle consacrée aux cartes marines', dateline: 'Brest, le 4 mai 2026 –', contact: "Pour plus d'informations, veuillez contacter :" },
  { file: 'headline/good-front-matter-blockquote.md', headline: 'Volunteers map every footpath in the national park', dateline: 'Brasov, Romania, 3 May 2026 -' },
  { file: 'headline/good-setext-heading.md', headline: 'Night buses return to the old town', dateline: 'Porto, Portugal, 2 February 2026 -' },
  { file: 'headline/good-wrapped-over-two-lines.txt', headline: 'Twelve coastal states agree on a plan to\nrestore mangroves along the western shore', dateline: 'Dakar, Senegal, 9 October 2026 -' },
  { file: 'headline/good-ends-in-a-date.txt', headline: 'Statement by the Director on the floods in the Rift Valley, 24 August 2026', dateline: 'Nairobi, Kenya, 24 August 2026 -' },
  { file: 'headline/good-lone-date-above.txt', headline: 'Border officers complete a month of document training', dateline: 'Vienna, Austria, 30 July 2026 -' },
  { file: 'headline/good-date-below-headline.txt', headline: 'Prosecutors charge two men over fake medicine sales', dateline: 'Lyon, France, 9 March 2026 -' },
  { file: 'headline/good-posted-on.txt', headline: 'Repeat burglar sentenced to eight years', dateline: '(TUCSON) –' },
  { file: 'headline/good-label-before-headline.txt', headline: 'Jury convicts two men of selling counterfeit medicine', dateline: '(Austin, Texas) –' },
  { file: 'headline/good-letterhead-contacts.txt', headline: 'New rail link cuts the journey to the coast by an hour', dateline: 'Berlin, Germany, 14 April 2026 -', contact: 'Lena Fischer' },
  { file: 'headline/good-letterhead-below-headline.txt', headline: 'Probe sends back the first close images of the comet', dateline: 'WASHINGTON --', contact: 'Dana Ortiz' },
  { file: 'dateline/good-standfirst-above.txt', headline: 'Court jails fraudster who sold fake concert tickets', dateline: 'London, United Kingdom, 3 May 2026 -' },
  { file: 'dateline/good-cancelled-advisory-mastheads.txt', headline: 'Hearing on the harbour fraud case moved to June', dateline: 'Lisbon, Portugal, 20 May 2026 -' },
  { file: 'dateline/bad-place-only.txt', headline: 'Returning families receive seeds and tools in Conakry', dateline: 'Conakry –' },
  { file: 'dateline/bad-place-only-capitals.txt', headline: 'Telescope team reports a second rocky planet', dateline: 'WASHINGTON --' },
  { file: 'dateline/bad-place-credit.txt', headline: 'Red Cross delegates visit detainees in the north', dateline: 'Geneva (ICRC) –' },
  { file: 'dateline/bad-place-own-line.txt', headline: 'Jury convicts man in riverside arson case', dateline: 'CHICAGO —' },
  { file: 'dateline/bad-bracketed-place.txt', headline: 'Shop robber sentenced to twelve years', dateline: '(TUCSON) –' },
  { file: 'dateline/bad-bracketed-with-date.txt', headline: 'Harbour authority opens a second ferry terminal', dateline: '[HONG KONG – 12 March 2026] -' },
  { file: 'dateline/bad-month-comma.txt', headline: 'Foundation publishes its annual survey of developers', dateline: 'SAN FRANCISCO, April, 12, 2026 —' },
  { file: 'dateline/bad-wire-credit.txt', headline: 'Acme Tools to present its quarterly results on a webcast', dateline: 'DENVER, Colo.--(BUSINESS WIRE)--' },
  { file: 'dateline/bad-above-headline.txt', headline: 'Protecting know-how: a new package on patents', dateline: 'Brussels, 29 May 2026' },
  { file: 'dateline/bad-advisory-schedule.txt', headline: 'Minister opens the new water treatment plant', dateline: undefined },
  { file: 'contact-block/bad-heading-with-entry.txt', headline: 'Minister to brief diplomats on the summit', dateline: 'Pretoria, South Africa, 18 May 2026 -', contact: 'Enquiries: Thabo Nkosi, thabo.nkosi@example.org or +27 12 555 0199' },
  { file: 'contact-block/bad-letterhead-no-heading.txt', headline: 'Harbour cleanup day on Saturday', dateline: 'Dublin, Ireland, 20 May 2026 -', contact: 'Tom Walsh' },
  { file: 'contact-block/bad-please-contact-heading.txt', headline: 'Mobile clinics reach three valleys before winter', dateline: 'Gilgit, Pakistan, 14 May 2026 -', contact: 'To arrange an interview with the clinic teams, please contact:' },
  { file: 'headline/good-statement-banner.txt', headline: 'Statement on the International Day against Drug Abuse', dateline: 'Vienna, Austria, 26 June 2025 -', contact: undefined },
  { file: 'headline/good-front-matter-deck.md', headline: 'Foundation launches a certification programme for developers', dateline: '**Berlin, Germany, 26 January 2026** -', contact: undefined },
  { file: 'headline/good-wire-stack.txt', headline: undefined, dateline: undefined, contact: undefined },
  { file: 'dateline/good-french-release.txt', headline: "L'Office forme quarante douaniers au contrôle des conteneurs", dateline: 'Dakar, le 3 mars 2026 –', contact: "Pour plus d'informations, veuillez contacter :" },
  { file: 'dateline/bad-spanish-country-in-brackets-credit.txt', headline: 'La Oficina publica su informe anual sobre el tráfico de especies', dateline: 'Viena (Austria), 12 de mayo de 2026 (ONUDC) –', contact: 'Para más información, póngase en contacto con:' },
  { file: 'dateline/bad-later-paragraph.md', headline: 'Rangers complete the first count of elephants in the northern reserve', dateline: 'Nairobi, Kenya, 4 May 2026 -', contact: undefined },
  { file: 'contact-block/bad-end-mark-above-contacts.txt', headline: 'Pharmacist charged over forged prescriptions', dateline: 'Tampa, Florida, 3 April 2026 -', contact: 'For further information, please contact Rosa Delgado, Public Information Officer, at' },
  { file: 'dateline/bad-event-before-place.md', headline: 'Three cloud companies join the open runtime foundation', dateline: '**OPEN RUNTIME SUMMIT 2026, LISBON, Portugal, May 12, 2026** —', contact: undefined },
  { file: 'dateline/bad-spanish-abbreviated-country-no-date.txt', headline: 'El director pide más cooperación contra las drogas sintéticas', dateline: 'Nueva York, EE.UU.-', contact: undefined },
  { file: 'dateline/bad-lost-separator.txt', headline: "Donor pledges support for the agency's work on the coast", dateline: 'Geneva', contact: undefined },
  { file: 'headline/good-masthead-news-release.txt', headline: 'Acme Tools opens a repair workshop for apprentices', dateline: 'Leeds, United Kingdom, 12 March 2026 -', contact: undefined },
  { file: 'headline/good-masthead-daily-news.txt', headline: 'Commission approves support for rural broadband in two regions', dateline: 'Brussels, Belgium, 27 May 2026 -', contact: undefined },
  { file: 'dateline/bad-colon-place-only.txt', headline: 'Grain traders agree to share harvest forecasts', dateline: 'ROME:', contact: undefined },
  { file: 'dateline/bad-un-information-service.txt', headline: 'Experts meet on satellite data for disaster warnings', dateline: 'VIENNA, 30 July (UN Information Service) --', contact: undefined },
  { file: 'dateline/bad-globe-newswire.txt', headline: 'Acme Tools reports higher sales in the first quarter', dateline: 'ALLEN, Texas, May 08, 2026 (GLOBE NEWSWIRE) --', contact: undefined },
  { file: 'dateline/bad-bracketed-place-state.txt', headline: 'Man sentenced for stealing catalytic converters', dateline: '(Dallas, Texas) –', contact: undefined },
  { file: 'dateline/bad-italic.md', headline: 'Bicycle couriers win a contract to deliver medicines', dateline: '*Amsterdam, 1 February 2026* -', contact: undefined },
  { file: 'dateline/bad-bold-colon.md', headline: 'Acme Tools opens an office in the north', dateline: '**Stockholm, Sweden, 20 August 2025**:', contact: undefined },
  { file: 'dateline/bad-date-line-above.txt', headline: 'Customs officers finish a course on forged documents', dateline: 'VIENNA, 30 July 2025 -', contact: undefined },
  { file: 'contact-block/bad-heading-additional-information.txt', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: 'For additional information, please contact:' },
  { file: 'contact-block/bad-heading-media-contact.txt', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: 'Media contact:' },
  { file: 'contact-block/bad-heading-media-contacts.txt', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: 'Media Contacts' },
  { file: 'contact-block/bad-heading-press-contact.txt', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: 'Press contact' },
  { file: 'contact-block/bad-heading-contact.txt', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: 'Contact:' },
  { file: 'contact-block/bad-heading-markdown-media-contacts.md', headline: 'Ferry company adds a second boat to the lake crossing', dateline: 'Kisumu, Kenya, 6 February 2026 -', contact: '## Media contacts' },
  { file: 'contact-block/good-markdown-links.md', headline: 'Acme Tools opens a training centre in Lyon', dateline: 'Lyon, France, 3 February 2026 -' },
  { file: 'end-mark/bad-minus-thirty.txt', headline: 'Harbour reopens after the storm', dateline: 'Valletta, Malta, 2 March 2026 -' },
  { file: 'end-mark/bad-spaced-thirty.txt', headline: 'Harbour reopens after the storm', dateline: 'Valletta, Malta, 2 March 2026 -' },
  { file: 'end-mark/bad-ends.txt', headline: 'Harbour reopens after the storm', dateline: 'Valletta, Malta, 2 March 2026 -' },
  { file: 'end-mark/good-heading-three-hashes.md', headline: 'Harbour reopens after the storm', dateline: 'Valletta, Malta, 2 March 2026 -' },
  { file: 'headline/good-masthead-organisation.txt', headline: "Volunteers plant ten thousand willows along the river banks", dateline: "Durham, United Kingdom, 18 February 2026 -", contact: undefined },
  { file: 'headline/bad-masthead-organisation-full-stop.txt', headline: "Volunteers plant ten thousand willows along the river banks.", dateline: "Durham, United Kingdom, 18 February 2026 -", contact: undefined },
  { file: 'headline/good-bold-first-line.md', headline: "Ferry operator adds a night crossing to the islands", dateline: "Piraeus, Greece, 9 April 2026 -", contact: undefined },
  { file: 'dateline/bad-bracketed-date-after-place.txt', headline: "Foundation awards grants to twelve community newsrooms", dateline: "NEW YORK (September 25, 2025) —", contact: undefined },
  { file: 'dateline/bad-state-code-bracketed-date.txt', headline: "Mountain rescue team adds a second helicopter", dateline: "DENVER, CO – (May 15, 2026) –", contact: undefined },
  { file: 'dateline/bad-country-only.txt', headline: "Glacier survey finds the ice retreating faster", dateline: "Switzerland -", contact: undefined },
  { file: 'dateline/bad-place-date-two-lines.txt', headline: "Association honours three teachers for science clubs", dateline: "Washington, DC\nFebruary 26, 2026", contact: undefined },
  { file: 'dateline/good-foreign-label-above.txt', headline: "Acme Tools opens a repair centre in Gothenburg", dateline: "Gothenburg, Sweden, 11 June 2025 -", contact: undefined },
  { file: 'contact-block/bad-in-a-sentence.txt', headline: "Agency trains judges on wildlife crime cases", dateline: "Geneva, Switzerland, 5 March 2026 -", contact: 'For further information, please contact Marta Keller at the Agency\'s office in Geneva. Tel.: +41 22 555 01 23' },
  { file: 'contact-block/bad-in-a-sentence-next-line.txt', headline: "Agency trains judges on wildlife crime cases", dateline: "Geneva, Switzerland, 5 March 2026 -", contact: 'For further information, please contact Marta Keller at the Agency\'s office in Geneva.' },
  { file: 'contact-block/good-stacked-entries.txt', headline: "Wind farm cooperative connects its first turbines", dateline: "Husum, Germany, 10 March 2026 -" },
  { file: 'contact-block/bad-heading-contacto-spanish.txt', headline: "La cooperativa abre un mercado de café en Pereira", dateline: "Pereira, Colombia, 14 de marzo de 2026 -", contact: 'Contacto:' },
  { file: 'headline/good-wire-service-stack.txt', headline: 'Harbour Tools Marks Twenty Years of Making Marine Pumps', dateline: 'BOSTON', contact: undefined },
  { file: 'headline/good-wire-correction-flag.txt', headline: 'Harbour Tools Announces a Public Offering of Shares', dateline: 'TAMPA, Fla.–(BUSINESS WIRE)–', contact: undefined },
];

describe('reading the opening of a release', () => {
  for (const reading of readings) {
    it(reading.file, () => {
      const text = readFileSync(join(FIXTURES, reading.file), 'utf8');
      const doc = parseDraft(text, { format: formatOfFileName(reading.file) });
      assert.equal(doc.headline?.text, reading.headline, 'headline');
      const dateline = parseDateline(doc);
      assert.equal(dateline && text.slice(dateline.range.start, dateline.range.end), reading.dateline, 'dateline');
      const contactLine = doc.contact && text.slice(doc.contact.range.start).split(/\r?\n/, 1)[0];
      assert.equal(contactLine, 'contact' in reading ? reading.contact : 'For more information, please contact:', 'contact section');
    });
  }
});
