// Deterministic generator of realistic press releases for the benchmark.
//
// Every draft is built from templates written for this project (no text is copied from real
// releases): a headline, a dateline in one of several forms, body paragraphs in which
// organisations are named by acronym (sometimes before they are expanded), a programme's
// boilerplate and a contact block. Faults of the kinds presslint's rules catch are sprinkled in
// at fixed rates, so every size carries findings in proportion to its length.
//
// Usage: node bench/generate.mjs [outDir]   (default bench/out)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Mulberry32: a tiny seeded PRNG, so a seed always yields the same drafts. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// The world the releases describe. Organisation names and acronyms are facts; the invented
// programmes, people and places in sentences are the project's own.

/** Organisations named in releases: acronym and the official name (as in the built-in registry). */
const ORGANISATIONS = [
  ['UNODC', 'United Nations Office on Drugs and Crime'],
  ['UNICEF', "United Nations Children's Fund"],
  ['UNDP', 'United Nations Development Programme'],
  ['UNEP', 'United Nations Environment Programme'],
  ['UNHCR', 'Office of the United Nations High Commissioner for Refugees'],
  ['UNFPA', 'United Nations Population Fund'],
  ['WFP', 'World Food Programme'],
  ['WHO', 'World Health Organization'],
  ['FAO', 'Food and Agriculture Organization of the United Nations'],
  ['ILO', 'International Labour Organization'],
  ['IOM', 'International Organization for Migration'],
  ['IFAD', 'International Fund for Agricultural Development'],
  ['EU', 'European Union'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['ECOWAS', 'Economic Community of West African States'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['IFRC', 'International Federation of Red Cross and Red Crescent Societies'],
];

/** Programmes of the house style: short name, official name, boilerplate, an older boilerplate. */
export const PROGRAMMES = [
  {
    name: 'GLO.ACT',
    official: 'Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants',
    wrong: 'Global Action against Trafficking in Persons and the Smuggling of Migrants',
    mentions: ['GLO.ACT'],
    boilerplate:
      'The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and the United Nations Office on Drugs and Crime (UNODC), carried out with the International Organization for Migration (IOM) and the United Nations Children\'s Fund (UNICEF). It works with national authorities and civil society to plan and deliver counter-trafficking and counter-smuggling responses, to train the officials who identify and refer victims, and to strengthen the support that survivors and vulnerable migrants receive.',
    previous:
      'The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) is a four-year joint initiative of the European Union (EU) and the United Nations Office on Drugs and Crime (UNODC). It helps governments and civil society to plan and carry out national responses to trafficking and smuggling.',
  },
  {
    name: 'RWSI',
    official: 'Rural Water Security Initiative',
    wrong: 'Rural Water Safety Initiative',
    mentions: ['RWSI', 'Rural Water Security Initiative'],
    boilerplate:
      'The Rural Water Security Initiative (RWSI) brings together district councils, water user associations and the United Nations Development Programme (UNDP) to keep village water points working all year. Since its launch it has repaired boreholes, trained local mechanics, set up tariff committees and mapped groundwater in dry-land districts, so that families spend less time fetching water and more time in school and at work.',
    previous:
      'The Rural Water Security Initiative (RWSI) is a partnership of district councils and the United Nations Development Programme (UNDP) that repairs village water points and trains local mechanics.',
  },
  {
    name: 'MARSAFE',
    official: 'Maritime Safety Partnership for Small Island States',
    wrong: 'Maritime Security Partnership for Small Island States',
    mentions: ['MARSAFE'],
    boilerplate:
      'The Maritime Safety Partnership for Small Island States (MARSAFE) helps coastguards, port authorities and fishing cooperatives to prevent accidents at sea and to respond when they happen. Funded by the European Union (EU) and delivered with the International Labour Organization (ILO), it trains crews in sea survival, equips harbours with radio and rescue gear, and supports governments in bringing their maritime laws in line with international standards.',
    previous:
      'The Maritime Safety Partnership for Small Island States (MARSAFE) trains crews and port staff in sea survival and rescue, with funding from the European Union (EU).',
  },
];

/** The acronyms of the house (programmes) and a few that no registry knows. */
const UNKNOWN_ACRONYMS = ['CSO', 'MoU', 'NRM', 'LEFÖ', 'CTC', 'WUA', 'PWD', 'JIT'];

const PLACES = [
  ['Minsk', 'Belarus'], ['Vienna', 'Austria'], ['Nairobi', 'Kenya'], ['Dakar', 'Senegal'],
  ['Kathmandu', 'Nepal'], ['Bishkek', 'Kyrgyzstan'], ['Vientiane', 'Lao PDR'], ['Bamako', 'Mali'],
  ['Rabat', 'Morocco'], ['Islamabad', 'Pakistan'], ['Pretoria', 'South Africa'], ['Kyiv', 'Ukraine'],
  ['Suva', 'Fiji'], ['Apia', 'Samoa'], ['Port Louis', 'Mauritius'], ['Bogotá', 'Colombia'],
  ['Brasília', 'Brazil'], ['Cairo', 'Egypt'], ['Niamey', 'Niger'], ['Lusaka', 'Zambia'],
];
const city = (w) => w.pick(PLACES)[0];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FIRST_NAMES = ['Amina', 'Tomasz', 'Leila', 'Joseph', 'Mariam', 'Ivan', 'Grace', 'Sanjay', 'Olga', 'Kwame', 'Lucía', 'Pita', 'Nadia', 'Samuel', 'Aiko', 'Dmitry'];
const SURNAMES = ['Okonkwo', 'Novak', 'Haddad', 'Mwangi', 'Traoré', 'Petrenko', 'Banda', 'Sharma', 'Ivanova', 'Mensah', 'Herrera', 'Tuilagi', 'Rahimi', 'Kariuki', 'Sato', 'Sokolov'];
const ROLES = ['Country Representative', 'Programme Officer', 'Head of Mission', 'Deputy Minister', 'District Commissioner', 'Regional Coordinator', 'Chief of Section', 'Project Manager'];
const AUDIENCES = ['police officers', 'prosecutors', 'border guards', 'labour inspectors', 'social workers', 'judges', 'district engineers', 'harbour masters', 'health workers', 'teachers', 'community leaders', 'journalists'];
const TOPICS = ['victim identification', 'cross-border cooperation', 'case management', 'groundwater mapping', 'sea survival', 'child protection', 'safe migration', 'financial investigation', 'emergency response', 'data protection', 'referral pathways', 'climate adaptation'];
const EVENTS = ['a three-day workshop', 'a study visit', 'a regional conference', 'a training of trainers', 'a simulation exercise', 'a round table', 'a field mission', 'a national consultation'];
const VERBS = ['welcomed', 'opened', 'hosted', 'closed', 'chaired', 'supported'];
const OUTCOMES = ['a joint action plan', 'new standard operating procedures', 'a referral directory', 'a curriculum for the national academy', 'a memorandum between ministries', 'a shared case database', 'a district maintenance schedule', 'a rescue coordination protocol'];
const US_SPELLINGS = [['organised', 'organized'], ['programme', 'program'], ['labour', 'labor'], ['neighbouring', 'neighboring'], ['organisers', 'organizers']];

// ---------------------------------------------------------------------------------------------

/** A generator bound to one seed: every method draws from the same sequence. */
class Writer {
  constructor(seed) {
    this.random = seededRandom(seed);
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }
  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p) {
    return this.random() < p;
  }
  person() {
    return `${this.pick(FIRST_NAMES)} ${this.pick(SURNAMES)}`;
  }
}

/**
 * One release. `targetBytes` sets the body length (about 5 KB gives a normal release; larger
 * values give one long release of many paragraphs, for the growth curve).
 */
export function generateRelease(seed, { targetBytes = 5000, markdown = false } = {}) {
  const w = new Writer(seed);
  const programme = w.pick(PROGRAMMES);
  const [city, country] = w.pick(PLACES);
  const year = w.int(2019, 2025);
  const month = w.int(0, 11);
  const day = w.int(1, DAYS_IN_MONTH[month]);
  const partners = [];
  while (partners.length < 4) {
    const org = w.pick(ORGANISATIONS);
    if (!partners.includes(org)) partners.push(org);
  }
  const introduced = new Set();
  /**
   * An organisation as prose names it, with its article: "the World Food Programme (WFP)" at
   * the first use, "WFP" after it. The first use is left bare (acronym-first-use) in about one
   * case in four, and now and then an acronym is expanded a second time (acronym-redundant).
   */
  const name = ([acr, full], { capital = false } = {}) => {
    let named;
    if (introduced.has(acr)) {
      named = w.chance(0.04) ? `the ${full} (${acr})` : acr;
    } else {
      introduced.add(acr);
      named = w.chance(0.25) ? acr : `the ${full} (${acr})`;
    }
    return capital ? named[0].toUpperCase() + named.slice(1) : named;
  };
  const programmeName = () => {
    if (introduced.has(programme.name)) return programme.name;
    introduced.add(programme.name);
    const roll = w.random();
    if (roll < 0.2) return programme.name; // used before it is expanded
    if (roll < 0.3) return `the ${programme.wrong} (${programme.name})`; // acronym-expansion
    return `the ${programme.official} (${programme.name})`;
  };

  const headline = makeHeadline(w, programme, city, country);
  const parts = [];
  parts.push(markdown ? `# ${headline}` : headline);
  parts.push(makeDateline(w, city, country, day, month, year) + leadSentence(w, name, programmeName, partners, country));

  const boilerplate = makeBoilerplate(w, programme);
  const contact = makeContact(w, partners, programme);
  const fixedBytes = bytes(parts.join('\n\n')) + bytes(boilerplate) + bytes(contact) + 8;
  let bodyBytes = 0;
  let paragraphs = 0;
  // At least three body paragraphs; then as many as the target size needs.
  while (paragraphs < 3 || fixedBytes + bodyBytes < targetBytes) {
    const paragraph = bodyParagraph(w, name, programmeName, partners, country, year);
    parts.push(paragraph);
    bodyBytes += bytes(paragraph) + 2;
    paragraphs++;
  }
  if (boilerplate) {
    // Now and then the boilerplate strays after the contact block (boilerplate placement).
    if (w.chance(0.05)) parts.push(contact, boilerplate);
    else parts.push(boilerplate, contact);
  } else parts.push(contact);
  if (w.chance(0.5)) parts.push('###');
  return parts.join('\n\n') + '\n';
}

function bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

function makeHeadline(w, programme, city, country) {
  const forms = [
    () => `${programme.name} supports ${w.pick(EVENTS).replace(/^an? /, '')} for ${w.pick(AUDIENCES)} in ${country}`,
    () => `${country} and partners agree on ${w.pick(OUTCOMES).replace(/^an? /, '')}`,
    () => `${w.pick(AUDIENCES)[0].toUpperCase()}${w.pick(AUDIENCES).slice(1)} from ${country} trained in ${w.pick(TOPICS)}`,
    () => `New push on ${w.pick(TOPICS)} launched in ${city}`,
    // Far too long, for the headline rule.
    () => `${programme.name} and national partners in ${country} bring together ${AUDIENCES.slice(0, 3).join(', ')} and others for a week of practical work on ${w.pick(TOPICS)}`,
  ];
  let headline = w.pick(forms)();
  if (w.chance(0.15)) headline += '.'; // a headline that ends with a full stop
  return headline;
}

/** The dateline, in the house form most of the time and in the forms writers slip into otherwise. */
function makeDateline(w, city, country, day, month, year) {
  const m = MONTHS[month];
  const ordinal = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
  const roll = w.random();
  if (roll < 0.6) return `${city}, ${country}, ${day} ${m} ${year} - `;
  if (roll < 0.68) return `${city}, ${country}, ${ordinal(day)} ${m} ${year} - `;
  if (roll < 0.76) return `${city}, ${country}, ${m} ${day}, ${year} - `;
  if (roll < 0.82) return `${city}, ${day} ${m} ${year} - `;
  if (roll < 0.88) return `${city}, ${country}, ${day} ${m} ${year}: `;
  if (roll < 0.92) return `${city}, ${country}, 31 ${['April', 'June', 'September', 'November'][w.int(0, 3)]} ${year} - `;
  if (roll < 0.96) return `${city}, ${country}, ${day} ${m} ${year + 9} - `;
  return `${city.toUpperCase()}, ${country} (${day} ${m} ${year}) - `;
}

function leadSentence(w, name, programmeName, partners, country) {
  const [a, b] = partners;
  const audience = w.pick(AUDIENCES);
  const forms = [
    () => `More than ${w.int(20, 140)} ${audience} from across ${country} met this week for ${w.pick(EVENTS).replace(/^an? /, 'a ')} on ${w.pick(TOPICS)}, organised by ${name(a)} and ${name(b)} under ${programmeName()}.`,
    () => `${name(a, { capital: true })} and the national authorities of ${country} ${w.pick(VERBS)} ${w.pick(EVENTS)} on ${w.pick(TOPICS)}, the latest step of ${programmeName()} in the country.`,
    () => `With support from ${name(a)}, ${w.int(12, 60)} ${audience} completed ${w.pick(EVENTS)} on ${w.pick(TOPICS)}, run jointly with ${name(b)} as part of ${programmeName()}.`,
  ];
  return w.pick(forms)();
}

/** One body paragraph of three to six sentences, with faults at fixed rates. */
function bodyParagraph(w, name, programmeName, partners, country, year) {
  const sentences = [];
  const used = new Set();
  const count = w.int(3, 6);
  while (sentences.length < count) {
    // Draw the form first so a paragraph does not repeat one (the name() calls have side effects).
    const form = w.int(0, SENTENCE_FORMS - 1);
    if (used.has(form)) continue;
    used.add(form);
    sentences.push(sentence(w, form, name, programmeName, partners, country, year));
  }
  let text = sentences.join(' ');
  if (w.chance(0.12)) text = injectSpacing(w, text);
  if (w.chance(0.12)) text = injectTypo(w, text);
  if (w.chance(0.1)) {
    // The other dialect's spelling of a word the paragraph uses.
    const [gb, us] = w.pick(US_SPELLINGS);
    text = text.replace(gb, us);
  }
  return text;
}

/** A typing slip: two letters of a longer word swapped. */
function injectTypo(w, text) {
  const words = [...text.matchAll(/\b[a-z]{7,}\b/g)];
  if (words.length === 0) return text;
  const match = w.pick(words);
  const i = w.int(2, match[0].length - 3);
  const word = match[0];
  const slip = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return text.slice(0, match.index) + slip + text.slice(match.index + word.length);
}

function injectSpacing(w, text) {
  const roll = w.random();
  const at = text.indexOf(' ', Math.floor(text.length / 2));
  if (at < 0) return text;
  if (roll < 0.4) return `${text.slice(0, at)}  ${text.slice(at + 1)}`; // a run of spaces
  if (roll < 0.8) return `${text.slice(0, at)}\u00a0\u00a0${text.slice(at + 1)}`; // pasted no-break spaces
  return text.replace(/\(([A-Z])/, '( $1'); // a space inside a bracket
}

const SENTENCE_FORMS = 26;

/** Sentence number `form` (0 .. SENTENCE_FORMS - 1), its slots filled from the generator. */
function sentence(w, form, name, programmeName, partners, country, year) {
  const org = w.pick(partners);
  const person = w.person();
  const role = w.pick(ROLES);
  const topic = w.pick(TOPICS);
  const audience = w.pick(AUDIENCES);
  const m = MONTHS[w.int(0, 11)];
  const d = w.int(1, 24);
  const forms = [
    () => `"We have seen how much can change when ${audience} and ${w.pick(AUDIENCES)} work from the same facts," said ${person}, ${role} at ${name(org)}.`,
    () => `The sessions covered ${topic}, ${w.pick(TOPICS)} and the practical steps that follow a first contact with a person in need.`,
    () => `Participants worked through case studies drawn from ${country} and neighbouring countries, and agreed on ${w.pick(OUTCOMES)}.`,
    () => `${name(org, { capital: true })} will follow up with ${w.pick(EVENTS)} in ${m} ${year}, open to ${audience} from every district.`,
    () => `The visit took place from ${d} to ${d + 3} ${m} and included meetings with ${audience} and ${w.pick(AUDIENCES)}.`,
    // The US order with a hyphen range, for date-style.
    () => `The visit took place from ${m} ${d}-${d + 3} and included meetings with ${audience}.`,
    () => `Between ${year - 4}-${year} the partners trained ${w.int(200, 2400)} ${audience} in ${topic}.`,
    () => `Between ${year - 4}\u2013${year} the number of cases referred for support rose by ${w.int(10, 80)} per cent.`,
    () => `According to ${person}, the work under ${programmeName()} has made ${topic} a routine part of how ${audience} are trained.`,
    () => `A representative of a local ${w.pick(UNKNOWN_ACRONYMS)} explained how community groups take part in ${topic}.`,
    () => `Officials also discussed the role of the ${w.pick(UNKNOWN_ACRONYMS)} and of civil society in ${topic}.`,
    () => `"This is not a one-off event," said ${person}. "It is the start of a way of working that ${country} will own."`,
    () => `The ${w.pick(['ministry', 'council', 'academy', 'committee'])} has asked ${name(org)} to extend the support to ${w.int(2, 9)} more regions next year.`,
    () => `Funding for the activity came from ${name(w.pick(partners))} and the Government of ${country}.`,
    () => `The group visited a shelter, a border crossing and a district office, and spoke with the staff who run them day to day.`,
    () => `Findings from the field mission will be shared with ${w.pick(AUDIENCES)} at a meeting in ${m}.`,
    () => `In ${city(w)}, the delegation met the ${role.toLowerCase()} of the regional office and heard how ${topic} is handled when several agencies are involved.`,
    () => `A new handbook on ${topic}, written with ${audience} who use it every day, was presented on the second day.`,
    () => `Since the start of the year, ${w.int(3, 40)} ${audience} have joined the network, which now meets online every month.`,
    () => `${person}, who leads the national team, said the next step is to make sure ${w.pick(OUTCOMES)} is used in every district and not only in the capital.`,
    () => `The exercise tested how quickly ${audience} could share information with ${w.pick(AUDIENCES)} across a border, and where the process slowed down.`,
    () => `Women made up ${w.int(30, 65)} per cent of the participants, a figure the organisers want to raise at the next session.`,
    () => `The partners will publish a short report on the results, with recommendations for ${audience} and for the ministries that employ them.`,
    () => `On the last day, the groups presented plans for their own offices, each with a timetable, a budget and a named person responsible.`,
    () => `"Our staff now know whom to call, and they call early," said ${person}, ${role} in ${country}.`,
    () => `The activity forms part of a wider effort by ${name(w.pick(partners))} to support ${topic} in the region.`,
  ];
  return forms[form]();
}

function makeBoilerplate(w, programme) {
  const roll = w.random();
  if (roll < 0.65) return programme.boilerplate; // canonical
  if (roll < 0.75) return programme.previous; // outdated version
  if (roll < 0.9) {
    // Edited by hand: a few words changed.
    return programme.boilerplate.replace('national authorities', 'government agencies').replace('carried out', 'implemented').replace('Since its launch', 'Since 2018');
  }
  return ''; // missing
}

function makeContact(w, partners, programme) {
  const lines = [];
  const roll = w.random();
  lines.push(roll < 0.9 ? 'For more information, please contact:' : roll < 0.95 ? 'Media contacts:' : 'Contact');
  const entries = w.int(1, 3);
  for (let i = 0; i < entries; i++) {
    const [acr] = partners[i];
    const person = w.person();
    const login = person.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(' ', '.');
    const fault = w.random();
    lines.push('');
    if (fault < 0.06) lines.push(`${acr}: [Name]`);
    else lines.push(`${acr}: ${person}`);
    if (fault < 0.12) lines.push('Email: TBC');
    else if (fault < 0.18) lines.push(`Email: ${login}@un`);
    else if (fault < 0.24) {
      // no channel at all
    } else lines.push(`Email: ${login}@${acr.toLowerCase()}.org`);
    if (w.chance(0.5)) lines.push(`Phone: +${w.int(30, 99)} ${w.int(100, 999)} ${w.int(100, 999)} ${w.int(1000, 9999)}`);
  }
  lines.push('');
  lines.push(`Twitter: @${programme.name.toLowerCase().replace(/\W/g, '_')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// A release in French, for the language comparison of issue 19: a French draft must lint within
// 10 % of an English one of the same size. Everything in it is invented for this project: the
// organisations, the programmes, the towns and the people. Unlike the English drafts it carries
// no deliberate faults: it is written in the French house form (dateline "Lyon, le 8 juin 2026 – ",
// the French contact heading, no-break spaces before : ; ! ? » and after «), so that presslint
// finds nothing in it (or only the spelling rule's note, where French is not spell-checked). Its
// towns and names are chosen not to read as typos of French words. It draws from its own seeded
// generator: the English drafts are the same as without it.

/** Invented organisations: acronym and name (presslint reads no French acronyms yet). */
const FR_ORGANISATIONS = [
  ['ARPE', "l'Agence régionale pour la protection des estuaires"],
  ['FSCV', 'le Fonds de solidarité des communes de la Vallière'],
  ['IFMM', "l'Institut de formation aux métiers de la mer"],
  ['CIPS', 'le Conseil intercommunal de prévention sanitaire'],
  ['CRIA', "le Centre régional d'innovation agricole"],
  ['OTEB', "l'Office territorial de l'eau du Bocage"],
  ['RLPA', "le Réseau des lecteurs publics de l'Arvézine"],
  ['UMAO', "l'Union des maraîchers de l'Arvézine et de l'Orbe"],
  ['SDSV', "le Service départemental de secours de la Vauzelle"],
  ['AFPC', "l'Association pour la formation des premiers-secouristes communaux"],
];

/** Invented programmes, each with the boilerplate of its "À propos" section. */
const FR_PROGRAMMES = [
  {
    name: 'MARÉVIE',
    about: 'À propos de MARÉVIE',
    intro: 'le programme MARÉVIE',
    boilerplate:
      "MARÉVIE est un programme de cinq ans (2022–2026) de l'Agence régionale pour la protection des estuaires (ARPE) et de l'Institut de formation aux métiers de la mer (IFMM). Il aide les ports de pêche de la côte d'Arvézine à prévenir les accidents en mer, forme les équipages aux gestes de survie et équipe les capitaineries de radios et de matériel de sauvetage. Depuis son lancement, plus de 1\u00a0800 marins ont suivi ses formations.",
  },
  {
    name: 'SOURCES VIVES',
    about: 'À propos du réseau Sources vives',
    intro: 'le réseau Sources vives',
    boilerplate:
      "Le réseau Sources vives réunit les communes rurales du Bocage, l'Office territorial de l'eau du Bocage (OTEB) et les associations d'usagers pour que chaque village dispose d'une eau potable toute l'année. Il répare les forages, forme des fontainiers dans chaque canton, cartographie les nappes et aide les conseils municipaux à fixer des tarifs justes. Créé en 2017, il compte aujourd'hui 140 communes membres.",
  },
  {
    name: 'TERRES COMMUNES',
    about: "À propos de l'initiative Terres communes",
    intro: "l'initiative Terres communes",
    boilerplate:
      "L'initiative Terres communes accompagne les agriculteurs et les collectivités de la vallée de l'Orbe vers des pratiques qui protègent les sols et l'eau. Portée par le Centre régional d'innovation agricole (CRIA) et l'Union des maraîchers de l'Arvézine et de l'Orbe (UMAO), elle finance des essais en plein champ, des groupes d'échange entre exploitations et des circuits courts vers les cantines scolaires.",
  },
];

const FR_PLACES = ['Valmorin', 'Port-Ardelle', 'Castelvire', 'Saint-Ondrac', 'Vernassac', 'Brévanne-la-Rivière', 'Orvanne', 'Lesterel', 'Pontaubert-les-Eaux', 'Sainte-Orlane', 'Roquemaure-sur-Lisse', 'Belcastin'];
const FR_REGIONS = ["la côte d'Arvézine", "la vallée de l'Orbe", 'le Bocage', 'le plateau de la Vauzelle', 'le pays de Lisse'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** First names with their grammatical gender, for the roles that agree with them. */
const FR_FIRST_NAMES = [['Camille', 'f'], ['Théo', 'm'], ['Élodie', 'f'], ['Mathis', 'm'], ['Inès', 'f'], ['Baptiste', 'm'], ['Nour', 'f'], ['Yannick', 'm'], ['Salomé', 'f'], ['Karim', 'm'], ['Hélène', 'f'], ['Gaël', 'm'], ['Aïcha', 'f'], ['Rémi', 'm'], ['Maëlle', 'f'], ['Bastien', 'm']];
const FR_SURNAMES = ['Lestrade', 'Duverney', 'Benhamou', 'Marchetti', 'Kervella', 'Ndiaye', 'Vasseur', 'Aubrac', 'Lemoigne', 'Carvalho', 'Tessier', 'Ogier', 'Barthe', 'Mabrouki', 'Roussel', 'Haddouche'];
const FR_ROLES = [['directeur régional', 'directrice régionale'], ['chef de projet', 'cheffe de projet'], ['maire adjoint', 'maire adjointe'], ['coordinateur du programme', 'coordinatrice du programme'], ['président du conseil intercommunal', 'présidente du conseil intercommunal'], ['responsable de la formation', 'responsable de la formation']];
const FR_AUDIENCES = ['agents municipaux', 'sages-femmes', 'enseignants', 'pompiers volontaires', 'agriculteurs', "techniciens de l'eau", 'travailleurs sociaux', 'élus locaux', 'bibliothécaires', 'infirmiers', 'patrons pêcheurs', 'gardes forestiers'];
const FR_TOPICS = ['la gestion des crues', 'le compostage collectif', "l'accueil des familles", 'la prévention des incendies', 'la sécurité en mer', 'le tri des déchets', 'la santé des sols', "l'entretien des forages", 'la lecture publique', 'les premiers secours', "la qualité de l'air", 'les circuits courts'];
/** Events with the ending a participle takes after them: "un atelier ... organisé", "une table ronde ... organisée". */
const FR_EVENTS = [['un atelier de trois jours', ''], ["une visite d'étude", 'e'], ['une conférence régionale', 'e'], ['une formation de formateurs', 'e'], ['un exercice de simulation', ''], ['une table ronde', 'e'], ['une mission de terrain', 'e'], ['un séminaire de deux jours', '']];
const FR_VERBS = ['accueilli', 'ouvert', 'organisé', 'clôturé', 'présidé', 'soutenu'];
const FR_OUTCOMES = ["un plan d'action commun", "une procédure d'intervention commune", 'un annuaire des services', 'un programme de formation', 'une charte entre communes', 'une base de données partagée', "un calendrier d'entretien", "un protocole d'alerte"];

const NBSP = '\u00a0';
/** The narrow no-break space French typography puts before ; ! and ?. */
const NNBSP = '\u202f';
/** A quotation in French marks, with the no-break spaces inside them. */
const guillemets = (text) => `«${NBSP}${text}${NBSP}»`;
const startsWithVowel = (word) => /^[aeiouyàâéèêëîïôöûùüœh]/i.test(word);
/** "de" before a noun phrase that carries its article: du, de la, de l', des. */
const deArt = (phrase) => phrase.replace(/^le /, 'du ').replace(/^la /, 'de la ').replace(/^l['’]/, "de l'").replace(/^les /, 'des ');
/** "à" before a noun phrase that carries its article: au, à la, à l', aux. */
const aArt = (phrase) => phrase.replace(/^le /, 'au ').replace(/^la /, 'à la ').replace(/^l['’]/, "à l'").replace(/^les /, 'aux ');
/** "de" before a bare word: "d'" before a vowel. */
const de = (word) => (startsWithVowel(word) ? `d'${word}` : `de ${word}`);
/** "que" before a word: "qu'" before a vowel. */
const que = (word) => (startsWithVowel(word) ? `qu'${word}` : `que ${word}`);
/** A whole number with its groups of three digits apart, as French writes them: 1 379. */
const frNumber = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, NBSP);
/** The first letter in upper case. */
const capital = (text) => text[0].toUpperCase() + text.slice(1);
/**
 * An organisation with its article: in full with its acronym the first time ("l'Agence ...
 * (ARPE)"), by its acronym after ("l'ARPE", "le FSCV"), so deArt() and aArt() contract both.
 */
const frName = (introduced, [acr, full]) => {
  if (!introduced.has(acr)) {
    introduced.add(acr);
    return `${full} (${acr})`;
  }
  return `${/^l'/.test(full) ? "l'" : full.slice(0, 3)}${acr}`;
};

/** One release in French, of at least `targetBytes` bytes (it stops at the first sentence that reaches them). */
export function generateFrenchRelease(seed, { targetBytes = 5000 } = {}) {
  const w = new Writer(seed);
  const programme = w.pick(FR_PROGRAMMES);
  const town = w.pick(FR_PLACES);
  const region = w.pick(FR_REGIONS);
  const year = w.int(2019, 2025);
  const month = w.int(0, 11);
  const day = w.int(1, DAYS_IN_MONTH[month]);
  const partners = [];
  while (partners.length < 4) {
    const org = w.pick(FR_ORGANISATIONS);
    if (!partners.includes(org)) partners.push(org);
  }
  const introduced = new Set();
  /** A pick from `list` other than `not`: "les enseignants ... avec les policiers". */
  const other = (list, not) => {
    let item;
    do item = w.pick(list);
    while (item === not);
    return item;
  };
  const person = () => {
    const [first, gender] = w.pick(FR_FIRST_NAMES);
    const [masculine, feminine] = w.pick(FR_ROLES);
    return { name: `${first} ${w.pick(FR_SURNAMES)}`, role: gender === 'f' ? feminine : masculine };
  };
  const ctx = { w, programme, town, region, year, partners, person, other, name: (org) => frName(introduced, org) };

  const parts = [frenchHeadline(ctx)];
  const date = `${day === 1 ? '1er' : day} ${MOIS[month]} ${year}`;
  parts.push(`${town}, le ${date} – ${frenchLead(ctx)}`);
  const about = `${programme.about}\n\n${programme.boilerplate}`;
  const contact = frenchContact(w, partners);
  const fixedBytes = bytes(parts.join('\n\n')) + bytes(about) + bytes(contact) + '\n\n'.length * 3 + '###\n'.length;
  let total = fixedBytes;
  let paragraphs = 0;
  while (paragraphs < 3 || total < targetBytes) {
    // Three to six sentences, without repeating a form; the last paragraph stops at the target.
    const used = new Set();
    const count = w.int(3, 6);
    const sentences = [];
    total += 2;
    while (sentences.length < count && (paragraphs < 3 || total < targetBytes)) {
      const form = w.int(0, FR_SENTENCE_FORMS - 1);
      if (used.has(form)) continue;
      used.add(form);
      const text = frenchSentence(ctx, form);
      total += bytes(text) + (sentences.length ? 1 : 0);
      sentences.push(text);
    }
    parts.push(sentences.join(' '));
    paragraphs++;
  }
  parts.push(about, contact, '###');
  return parts.join('\n\n') + '\n';
}

function frenchHeadline({ w, programme, town, region }) {
  const forms = [
    () => `${capital(programme.intro)} réunit des ${w.pick(FR_AUDIENCES)} à ${town} autour ${deArt(w.pick(FR_TOPICS))}`,
    () => `${capital(region)} se dote ${de(w.pick(FR_OUTCOMES))}`,
    () => `Des ${w.pick(FR_AUDIENCES)} se forment ${aArt(w.pick(FR_TOPICS))} à ${town}`,
    () => `${capital(w.pick(FR_EVENTS)[0])} sur ${w.pick(FR_TOPICS)} à ${town}`,
  ];
  return w.pick(forms)();
}

function frenchLead({ w, name, programme, town, region, partners }) {
  const [a, b] = partners;
  const audience = w.pick(FR_AUDIENCES);
  const [event, e] = w.pick(FR_EVENTS);
  const forms = [
    () => `Plus de ${w.int(20, 140)} ${audience} ${deArt(region)} se sont retrouvés cette semaine pour ${event} sur ${w.pick(FR_TOPICS)}, organisé${e} par ${name(a)} et ${name(b)} dans le cadre ${deArt(programme.intro)}.`,
    () => `${capital(name(a))} et la commune de ${town} ont ${w.pick(FR_VERBS)} ${event} consacré${e} ${aArt(w.pick(FR_TOPICS))}, nouvelle étape ${deArt(programme.intro)} dans ${region}.`,
    () => `Avec le soutien ${deArt(name(a))}, ${w.int(12, 60)} ${audience} ont suivi ${event} sur ${w.pick(FR_TOPICS)}, mené${e} avec ${name(b)} dans le cadre ${deArt(programme.intro)}.`,
  ];
  return w.pick(forms)();
}

const FR_SENTENCE_FORMS = 22;

/** French sentence number `form` (0 .. FR_SENTENCE_FORMS - 1), its slots filled from the generator. */
function frenchSentence({ w, name, programme, town, region, year, partners, person, other }, form) {
  const org = w.pick(partners);
  const who = person();
  const topic = w.pick(FR_TOPICS);
  const audience = w.pick(FR_AUDIENCES);
  const [event, e] = w.pick(FR_EVENTS);
  const m = MOIS[w.int(0, 11)];
  const d = w.int(2, 24);
  const forms = [
    () => `${guillemets(`Nous avons vu tout ce qui change quand les ${audience} et les ${other(FR_AUDIENCES, audience)} partent des mêmes constats`)}, souligne ${who.name}, ${who.role} ${deArt(name(org))}.`,
    () => `Les séances ont porté sur ${topic}, sur ${other(FR_TOPICS, topic)} et sur les gestes concrets qui suivent un premier contact avec une personne en difficulté.`,
    () => `Les participants ont étudié des cas tirés ${deArt(region)} et des départements voisins, puis ont adopté ${w.pick(FR_OUTCOMES)}.`,
    () => `${capital(name(org))} prévoit ${event} en ${m} ${year}, ouvert${e} aux ${audience} de toutes les communes.`,
    () => `La visite s'est déroulée du ${d} au ${d + 3} ${m} et a permis de rencontrer des ${audience} et des ${other(FR_AUDIENCES, audience)}.`,
    () => `De ${year - 4} à ${year}, les partenaires ont formé ${frNumber(w.int(200, 2400))} ${audience} ${aArt(topic)}.`,
    () => `Sur la période ${year - 4}–${year}, le nombre de familles accompagnées a augmenté de ${w.int(10, 80)}${NBSP}%.`,
    () => `Selon ${who.name}, le travail mené dans le cadre ${deArt(programme.intro)} a fait ${deArt(topic)} une partie ordinaire de la formation des ${audience}.`,
    () => `Une représentante d'une association locale a expliqué comment les habitants participent ${aArt(topic)}${NNBSP};${w.chance(0.5) ? ' les élus ont promis de les associer aux prochaines décisions.' : ' leur avis sera recueilli chaque trimestre.'}`,
    () => `${guillemets(`Ce n'est pas un événement isolé${NNBSP}! C'est le début d'une façon de travailler que ${town} fera sienne`)}, ajoute ${who.name}.`,
    () => `Le conseil départemental a demandé ${aArt(name(org))} d'étendre son appui à ${w.int(2, 9)} autres cantons l'an prochain.`,
    () => `L'activité a été financée par ${name(w.pick(partners))} et par la commune de ${town}.`,
    () => `Le groupe a visité une caserne, un centre d'accueil et une mairie annexe, et a échangé avec les équipes qui les font vivre au quotidien.`,
    () => `Les conclusions de la mission de terrain seront présentées aux ${w.pick(FR_AUDIENCES)} lors d'une réunion en ${m}.`,
    () => `À ${w.pick(FR_PLACES)}, la délégation a rencontré ${who.name}, ${who.role}, qui a décrit comment les services se coordonnent autour ${deArt(topic)}.`,
    () => `Un nouveau guide consacré ${aArt(topic)}, rédigé avec des ${audience} qui s'en servent chaque jour, a été présenté le deuxième jour.`,
    () => `Depuis le début de l'année, ${w.int(3, 40)} ${audience} ont rejoint le réseau, qui se réunit désormais chaque mois en ligne.`,
    () => `Comment faire en sorte ${que(w.pick(FR_OUTCOMES))} serve dans chaque commune, et pas seulement au chef-lieu${NNBSP}? C'est la prochaine étape, selon ${who.name}.`,
    () => `L'exercice a mesuré la rapidité avec laquelle les ${audience} pouvaient partager une information avec les ${other(FR_AUDIENCES, audience)}, et les points où la procédure ralentissait.`,
    () => `Les femmes représentaient ${w.int(30, 65)}${NBSP}% des participants, une proportion que les organisateurs veulent augmenter lors de la prochaine session.`,
    () => `Trois priorités ont été retenues${NBSP}: ${topic}, ${other(FR_TOPICS, topic)} et le suivi des ${audience} nouvellement formés.`,
    () => `Le dernier jour, chaque groupe a présenté un plan pour son propre service, avec un calendrier, un budget et une personne responsable.`,
  ];
  return forms[form]();
}

function frenchContact(w, partners) {
  const lines = ["Pour plus d'informations, veuillez contacter\u00a0:"];
  const entries = w.int(1, 3);
  for (let i = 0; i < entries; i++) {
    const [acr] = partners[i];
    const [first] = w.pick(FR_FIRST_NAMES);
    const surname = w.pick(FR_SURNAMES);
    const login = `${first}.${surname}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
    lines.push('', `${acr}${NBSP}: ${first} ${surname}`, `Courriel${NBSP}: ${login}@example.org`);
    lines.push(`Tél.${NBSP}: +33 ${w.int(1, 5)} ${w.int(10, 99)} ${w.int(10, 99)} ${w.int(10, 99)} ${w.int(10, 99)}`);
  }
  return lines.join('\n');
}

/** The house style the benchmark drafts are written against; `spelling` on or off. */
export function houseStyleYaml({ spelling }) {
  const quote = (s) => JSON.stringify(s);
  const lines = [
    '# House style for the benchmark drafts (generated by bench/generate.mjs).',
    'extends: recommended',
    'dialect: en-GB',
    'acronyms:',
    '  registry:',
    ...PROGRAMMES.map((p) => `    ${quote(p.name)}: ${quote(p.official)}`),
    'programmes:',
    ...PROGRAMMES.flatMap((p) => [
      `  - name: ${quote(p.name)}`,
      `    mentions: [${p.mentions.map(quote).join(', ')}]`,
      `    boilerplate: ${quote(p.boilerplate)}`,
      `    previous: [${quote(p.previous)}]`,
    ]),
    'words: [Okonkwo, Haddad, Mwangi, Traoré, Petrenko, Sokolov, Tuilagi, Rahimi, Kariuki, Mensah, MARSAFE, RWSI]',
  ];
  if (!spelling) lines.push('rules:', '  spelling: "off"');
  return lines.join('\n') + '\n';
}

/** Sizes of the growth curve, in bytes. */
export const GROWTH_SIZES = [
  ['5k', 5 * 1024],
  ['50k', 50 * 1024],
  ['500k', 500 * 1024],
  ['5m', 5 * 1024 * 1024],
];

/** The number of drafts in the many-files figure. */
export const MANY = 1000;

/**
 * Writes the whole corpus: for each of `spell/` and `nospell/` (same drafts, a house style
 * with spelling on or off): one.txt and one.md, one.fr.txt (the French draft, as long as
 * one.txt), the growth sizes, server drafts of 5 KB and 1 MB, and `many/` with 1,000 releases.
 * Returns a summary of what was written.
 */
export function writeCorpus(outDir, { many = MANY } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const files = {
    one: generateRelease(1),
    oneMd: generateRelease(1, { markdown: true }),
    server5k: generateRelease(2),
    server1m: generateRelease(3, { targetBytes: 1024 * 1024 }),
  };
  for (const [label, size] of GROWTH_SIZES) files[`size-${label}`] = generateRelease(10 + size, { targetBytes: size });
  // The French draft of the language comparison: as long as one.txt, to the sentence.
  files.oneFr = generateFrenchRelease(1, { targetBytes: bytes(files.one) });
  const summary = { sizes: {}, many };
  for (const variant of ['spell', 'nospell']) {
    const dir = join(outDir, variant);
    mkdirSync(join(dir, 'many'), { recursive: true });
    writeFileSync(join(dir, '.presslint.yaml'), houseStyleYaml({ spelling: variant === 'spell' }));
    writeFileSync(join(dir, 'one.txt'), files.one);
    writeFileSync(join(dir, 'one.md'), files.oneMd);
    writeFileSync(join(dir, 'one.fr.txt'), files.oneFr);
    writeFileSync(join(dir, 'server-5k.txt'), files.server5k);
    writeFileSync(join(dir, 'server-1m.txt'), files.server1m);
    for (const [label] of GROWTH_SIZES) writeFileSync(join(dir, `size-${label}.txt`), files[`size-${label}`]);
    for (let i = 0; i < many; i++) {
      writeFileSync(join(dir, 'many', `release-${String(i + 1).padStart(4, '0')}.txt`), generateRelease(1000 + i));
    }
  }
  for (const [key, text] of Object.entries(files)) summary.sizes[key] = bytes(text);
  return summary;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'out');
  console.log(JSON.stringify(writeCorpus(outDir), null, 2));
}
