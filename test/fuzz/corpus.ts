/**
 * The valid releases the fuzzer mutates: a few written here for the fuzzer, in the project's
 * own words (organisations and acronyms are real, the events are invented), every rule
 * fixture draft under test/fixtures/rules, the examples and the editor tests' drafts, read at
 * load time in a stable order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE_RULES = join(__dirname, '..', 'fixtures', 'rules');
/** The drafts users see first (the examples) and the ones the editor tests open. */
const DRAFT_FOLDERS = [join(__dirname, '..', '..', 'examples'), join(__dirname, '..', 'e2e', 'workspace', 'drafts')];

/** Releases written for the fuzzer: one clean under the rich style, the others with a few faults each. */
export const OWN_RELEASES: readonly string[] = [
  [
    'GLO.ACT helps Nepal train border officers',
    '',
    'Kathmandu, Nepal, 10 October 2018 - Forty officers from five border posts finished a week of training on how to spot and refer victims of trafficking, run by the United Nations Office on Drugs and Crime (UNODC) under the Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT).',
    '',
    '"Every officer now knows whom to call," said the head of the Nepal Police training school.',
    '',
    'The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and UNODC.',
    '',
    'For more information, please contact:',
    '',
    'UNODC Nepal: Sita Gurung, sita.gurung@un.org, +977 1 552 3200',
    '',
    '###',
    '',
  ].join('\n'),
  [
    '# Solar panels reach 40 more schools in Malawi',
    '',
    'Lilongwe, Malawi, 3 March 2025 - The Solar Schools Initiative fitted panels and batteries to 40 rural schools between January and March, so pupils can study after dark.',
    '',
    'Teachers in Dedza and Ntcheu said attendance rose from 2021-2024 when classes ran into the evening.',
    '',
    'The Solar Schools Initiative (SolarSchools) is run by the Brightwater Trust, a charity registered in England and Wales.',
    '',
    '## For more information, please contact:',
    '',
    'Brightwater Trust: Grace Banda, grace@brightwater.example, +265 1 770 512',
    '',
  ].join('\n'),
  [
    '---',
    'title: Port authorities share data on illegal fishing',
    '---',
    '',
    'Port authorities share data on illegal fishing.',
    '',
    'Mombasa, Kenya, June 10-13, 2024 - Officials from six ports agreed to share  inspection records with the FAO and the IMO,  through MAR.NET.',
    '',
    'The Food and Agriculture Organization of the United Nations (FAO) hosted the meeting ( its third this year).',
    '',
    'Contacts:',
    '',
    'Kenya Ports Authority: [Name], TBC',
    '<!-- presslint-disable-next-line spacing -->',
    'MAR.NET:  press@marnet.example',
    '',
  ].join('\n'),
  [
    'WHO and UNICEF vaccinate 2 million children against measles in Chad',
    '',
    'N\u2019Djamena, Chad, 31 June 2023 \u2013 The World Health Organization (WHO) and the United Nations Children\u2019s Fund (UNICEF) completed a campaign that reached 2\u00A0million children in 12 provinces.',
    '',
    'Health workers travelled by boat to islands in Lake Chad, said the WHO. The World Health Organization (WHO) thanked the EU.',
    '',
    'About GLO.ACT',
    '',
    'GLO.ACT is a programme about something else entirely.',
    '',
    'For more information, please contact:',
    'WHO Chad: Amina Mahamat, +235 22 51 40 56',
    '-ENDS-',
  ].join('\r\n'),
];

/** Every fixture draft (good and bad, not the expected or fixed files), in name order. */
function fixtureDrafts(): string[] {
  const drafts: string[] = [];
  let ruleFolders: string[];
  try {
    ruleFolders = readdirSync(FIXTURE_RULES).sort();
  } catch {
    return drafts;
  }
  for (const rule of ruleFolders) {
    let entries: string[];
    try {
      entries = readdirSync(join(FIXTURE_RULES, rule)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (/^(good|bad)-.+\.(txt|md)$/.test(entry) && !entry.includes('.fixed.')) {
        drafts.push(readFileSync(join(FIXTURE_RULES, rule, entry), 'utf8'));
      }
    }
  }
  return drafts;
}

/** Every *.release.md / *.release.txt under the draft folders, in path order. */
function projectDrafts(): string[] {
  const drafts: string[] = [];
  for (const folder of DRAFT_FOLDERS) {
    let names: string[];
    try {
      names = (readdirSync(folder, { recursive: true }) as string[]).sort();
    } catch {
      continue;
    }
    for (const name of names) if (/\.release\.(?:md|txt)$/.test(name)) drafts.push(readFileSync(join(folder, name), 'utf8'));
  }
  return drafts;
}

/**
 * The releases to mutate. The fixture set grows as rules get fixtures, so a seed reproduces a
 * failure against the same tree; a failure found once is kept verbatim in regressions.ts.
 */
export const RELEASES: readonly string[] = [...OWN_RELEASES, ...fixtureDrafts(), ...projectDrafts()];
