/** The language a draft is written in, read from its prose once per document. */
import { DerivedKey } from '../derived';
import { detectLanguage, ENGLISH, type Language } from '../text/language';
import { proseOf } from './blocks';
import type { DraftDocument } from './document';

/** How much prose the detector reads: enough to be sure, little enough to stay quick on a long draft. */
const SAMPLE_LENGTH = 3000;

const DRAFT_LANGUAGE = new DerivedKey<Language | undefined>('the language of the draft');

/** The language of the draft's headline and body, or undefined when they are too short to tell. */
export function draftLanguage(doc: DraftDocument): Language | undefined {
  return doc.derived.get(DRAFT_LANGUAGE, () => {
    let sample = '';
    for (const block of doc.blocks) {
      if (block.kind !== 'headline' && block.kind !== 'subheadline' && block.kind !== 'body') continue;
      sample += `${proseOf(block)}\n`;
      if (sample.length >= SAMPLE_LENGTH) break;
    }
    return detectLanguage(sample.slice(0, SAMPLE_LENGTH));
  });
}

/** True unless the draft is recognisably written in a language other than English (the house's registry and dictionaries are English). */
export function inHouseLanguage(doc: DraftDocument): boolean {
  const language = draftLanguage(doc);
  return language === undefined || language.code === ENGLISH.code;
}
