/** The speller's view of words: the engine's tokeniser with possessives split off and look-up keys. */
import { words } from '../text/words';
import type { TextRange } from '../vocabulary';

export interface Token extends TextRange {
  /** The word without a possessive 's, as written. */
  core: string;
  /** `core` with curly apostrophes straightened, for look-ups. */
  key: string;
  isNumber: boolean;
}

/** The words of a text (the engine's tokeniser, `spelling` joining), with offsets; possessives split off (the Ministry's -> Ministry). */
export function tokens(text: string): Token[] {
  return words(text, 'spelling').map(({ text: written, start, end }) => {
    const core = written.length > 2 && isPossessive(written) ? written.slice(0, -2) : written;
    const first = written.charCodeAt(0);
    return {
      start,
      end,
      core,
      key: core.includes('’') ? core.replace(/’/g, "'") : core,
      isNumber: first >= 0x30 && first <= 0x39 && /^[0-9]+$/.test(written),
    };
  });
}

function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const apostrophe = word.charCodeAt(word.length - 2);
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}
