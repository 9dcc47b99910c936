/**
 * The built-in `recommended` house style: what applies when a folder has no
 * `.presslint.yaml`, and what a house style file `extends` by default.
 */
import type { HouseStyle } from './style';
import { deepFreeze } from '../derived';

/** Official names of common international organisations, as they style themselves. */
export const BUILT_IN_REGISTRY: Readonly<Record<string, string>> = {
  UNODC: 'United Nations Office on Drugs and Crime',
  UNICEF: "United Nations Children's Fund",
  UNDP: 'United Nations Development Programme',
  UNEP: 'United Nations Environment Programme',
  UNESCO: 'United Nations Educational, Scientific and Cultural Organization',
  UNHCR: 'Office of the United Nations High Commissioner for Refugees',
  OHCHR: 'Office of the United Nations High Commissioner for Human Rights',
  UNFPA: 'United Nations Population Fund',
  UNOPS: 'United Nations Office for Project Services',
  OCHA: 'United Nations Office for the Coordination of Humanitarian Affairs',
  UNAIDS: 'Joint United Nations Programme on HIV/AIDS',
  UNCTAD: 'United Nations Conference on Trade and Development',
  UNIDO: 'United Nations Industrial Development Organization',
  WFP: 'World Food Programme',
  WHO: 'World Health Organization',
  FAO: 'Food and Agriculture Organization of the United Nations',
  ILO: 'International Labour Organization',
  IMO: 'International Maritime Organization',
  ITU: 'International Telecommunication Union',
  WMO: 'World Meteorological Organization',
  IAEA: 'International Atomic Energy Agency',
  IFAD: 'International Fund for Agricultural Development',
  IOM: 'International Organization for Migration',
  UNWTO: 'World Tourism Organization',
  EC: 'European Commission',
  OSCE: 'Organization for Security and Co-operation in Europe',
  OECD: 'Organisation for Economic Co-operation and Development',
  NATO: 'North Atlantic Treaty Organization',
  ASEAN: 'Association of Southeast Asian Nations',
  AU: 'African Union',
  ECOWAS: 'Economic Community of West African States',
  INTERPOL: 'International Criminal Police Organization',
  EUROPOL: 'European Union Agency for Law Enforcement Cooperation',
  IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization',
  ICRC: 'International Committee of the Red Cross',
  IFRC: 'International Federation of Red Cross and Red Crescent Societies',
  NGO: 'non-governmental organisation',
  SDG: 'Sustainable Development Goal',
  'UN-Habitat': 'United Nations Human Settlements Programme',
  UNRWA: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
  UNFCCC: 'United Nations Framework Convention on Climate Change',
  UNECE: 'United Nations Economic Commission for Europe',
  ESCAP: 'Economic and Social Commission for Asia and the Pacific',
  ECLAC: 'Economic Commission for Latin America and the Caribbean',
  UNITAR: 'United Nations Institute for Training and Research',
  UNICRI: 'United Nations Interregional Crime and Justice Research Institute',
  UNOCT: 'United Nations Office of Counter-Terrorism',
  UNOV: 'United Nations Office at Vienna',
  UNOG: 'United Nations Office at Geneva',
  WIPO: 'World Intellectual Property Organization',
  ICAO: 'International Civil Aviation Organization',
  UPU: 'Universal Postal Union',
  ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice',
  OAS: 'Organization of American States',
  EEAS: 'European External Action Service',
  EIB: 'European Investment Bank',
  EBRD: 'European Bank for Reconstruction and Development',
  G7: 'Group of Seven',
  G20: 'Group of Twenty',
};

/**
 * All-caps tokens that are not acronyms to expand: parts of country names and well-known
 * terms a reader knows. Roman numerals, single letters, datelines and lines in capitals are
 * recognised by the acronym analysis itself (parse/acronyms.ts).
 */
export const BUILT_IN_IGNORE: readonly string[] = [
  'PDR', // Lao PDR
  'DPR', // DPR Korea
  'USA',
  'UK',
  'US',
  'COVID-19',
  'HIV',
  'AIDS',
  'TV',
  'CEO',
  'OK',
  'PhD',
  'AM',
  'PM',
  'GMT',
  'UTC',
  'CET',
  'CEST',
  'EST',
  'EMBARGO',
  'EMBARGOED',
  'ENDS',
  'FAQ',
  'PDF',
  'URL',
  'SARS-CoV-2',
  'GDP',
  'SMS',
  // Abbreviations every reader knows: they need no expansion. A house that expands them (a UN
  // house writes "United Nations (UN)" at first use) names them in its own registry, which takes
  // them off this list (config/parse.ts).
  'UN',
  'EU',
  'CFO',
  'CTO',
  'VP',
  'DNA',
  'GPS',
  'NASA',
  'LLC',
  // The trade mark sign written in letters: "Simplexa(TM)".
  'TM',
  // Currency codes (ISO 4217) written before amounts.
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'NZD', 'INR', 'ZAR', 'KES', 'NGN', 'BRL', 'MXN',
  // Time zones written after times.
  'ET', 'CT', 'MT', 'PT', 'EDT', 'CDT', 'MDT', 'PDT', 'CST', 'MST', 'PST', 'BST', 'EAT', 'WAT', 'CAT', 'SAST', 'IST', 'JST', 'AEST',
];

/** The built-in style. Every rule runs at its default severity. Frozen, like every merged style (see derived.ts). */
export const recommended: HouseStyle = deepFreeze({
  name: 'recommended',
  language: 'en',
  // The house forms of releases in French and Spanish (docs/languages.md): no country in the
  // dateline, the date in the language's own form, the contact heading translated.
  languages: {
    fr: [{ dateline: { separator: ' – ', requireCountry: false }, contact: { heading: "Pour plus d'informations, veuillez contacter\u00a0:" } }],
    es: [{ dateline: { separator: ' – ', requireCountry: false }, contact: { heading: 'Para más información, póngase en contacto con:' } }],
  },
  dialect: 'en-GB',
  dateline: { separator: ' - ', dateFormat: 'D MMMM YYYY', requireCountry: true },
  acronyms: { registry: { ...BUILT_IN_REGISTRY }, ignore: [...BUILT_IN_IGNORE], headlineExempt: true },
  programmes: [],
  contact: {
    heading: 'For more information, please contact:',
    require: ['organisation', 'name'],
    requireOneOf: ['email', 'phone'],
  },
  headline: { maxLength: 120 },
  dates: { rangeDash: 'en-dash' },
  embargo: { label: 'EMBARGOED UNTIL' },
  endMark: { marks: ['###'] },
  words: [],
  terms: {},
  // Spellings of one word that are each right but must not be mixed in one release. Only pairs
  // where the forms mean the same everywhere (not "health care workers" / "healthcare").
  variants: [
    ['email', 'e-mail'],
    ['cooperation', 'co-operation'],
    ['coordination', 'co-ordination'],
    ['online', 'on-line'],
    ['website', 'web site'],
    ['per cent', 'percent'],
    ['towards', 'toward'],
    ['Kyiv', 'Kiev'],
    ['Viet Nam', 'Vietnam'],
  ],
  rules: {},
});

/** The built-in styles a house style file may `extend`. */
export const builtInStyles: Readonly<Record<string, HouseStyle>> = { recommended };
