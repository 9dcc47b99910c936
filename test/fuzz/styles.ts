/**
 * The house styles every engine property runs under: the built-in recommended style, and a
 * rich house style that switches on what recommended leaves off (programmes with boilerplate,
 * a house acronym registry, the end mark, stricter contact entries, hyphenated ranges).
 */
import { recommended } from '../../server/src/engine/config/recommended';
import { mergeStyle, readStyleText } from '../../server/src/engine/config/parse';
import type { HouseStyle } from '../../server/src/engine/config/style';

/** The rich house style, as a house would write it (parsed by the real reader). */
export const RICH_STYLE_YAML = `# A house style with every optional part switched on.
dialect: en-GB
dateline:
  separator: " - "
  dateFormat: D MMMM YYYY
  requireCountry: true
acronyms:
  registry:
    MAR.NET: Maritime Crime Prevention Network
    GLO.ACT: Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants
  ignore: [PDR, COVID-19]
  headlineExempt: true
programmes:
  - name: GLO.ACT
    mentions: [GLO.ACT, Global Action to Prevent and Address Trafficking]
    boilerplate: >-
      The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of
      Migrants (GLO.ACT) is a joint initiative of the European Union (EU) and UNODC.
    previous:
      - The Global Action (GLO.ACT) is a joint initiative of the EU and UNODC.
  - name: SolarSchools
    mentions: [SolarSchools, Solar Schools Initiative]
    boilerplate: >-
      The Solar Schools Initiative (SolarSchools) is run by the Brightwater Trust, a charity
      registered in England and Wales.
contact:
  heading: "For more information, please contact:"
  require: [organisation, name]
  requireOneOf: [email, phone]
headline:
  maxLength: 90
dates:
  rangeDash: hyphen
endMark:
  marks: ["###", "-ENDS-"]
words: [Brightwater, Ntcheu, Dedza]
terms:
  Ivory Coast: Côte d'Ivoire
  Kiev: Kyiv
  Moldova: Republic of Moldova
  stated: said
  the Trust: Brightwater Trust
  illegal migrants:
    message: write "migrants in an irregular situation".
    replacement: migrants in an irregular situation
variants:
  - [Dmytro, Dmitry]
  - [organisers, organizers]
rules:
  end-mark: warning
  date-style: error
  acronym-unknown: warning
`;

/** The rich house style, resolved over recommended. */
export const richStyle: HouseStyle = mergeStyle(recommended, readStyleText(RICH_STYLE_YAML, 'rich.presslint.yaml'), 'rich');

/** The styles each engine property is checked under, by name (the name goes into failure reports). */
export const STYLES: Readonly<Record<'recommended' | 'rich', HouseStyle>> = { recommended, rich: richStyle };
export type StyleName = keyof typeof STYLES;
