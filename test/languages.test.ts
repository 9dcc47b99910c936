/**
 * Drafts in French and Spanish (issue 19): which language a draft is checked in, and the house
 * style for that language (config/languages.ts). The rule fixtures check the findings.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/src/engine/lint';
import { parseDraft } from '../server/src/engine/parse/document';
import { draftLanguage, fileNameLanguage } from '../server/src/engine/parse/language';
import { styleForLanguage } from '../server/src/engine/config/languages';
import { mergeStyle, readStyleText, StyleError } from '../server/src/engine/config/parse';
import { recommended } from '../server/src/engine/config/recommended';
import { readFileSync } from 'node:fs';
import { OTHER_MONTH_NAMES, OTHER_WEEKDAY_NAMES } from '../server/src/engine/text/dates';
import { join } from 'node:path';

const FRENCH = "Les écoles reçoivent de nouveaux puits\n\nMopti, le 4 mars 2026 – Quarante villages de la région disposent désormais d'un accès à l'eau potable grâce à un programme financé par plusieurs pays. Les travaux ont duré deux ans et ont mobilisé des équipes locales formées sur place pour entretenir les pompes.\n";
const GERMAN = 'Neue Brunnen für vierzig Dörfer\n\nMopti, 4. März 2026 – Vierzig Dörfer der Region haben jetzt Zugang zu sauberem Trinkwasser, dank eines Programms, das von mehreren Ländern finanziert wird. Die Arbeiten dauerten zwei Jahre und wurden von örtlichen Teams ausgeführt, die vor Ort ausgebildet wurden.\n';
const SHORT = 'Nouvelle ligne\n\nLyon, le 2 mars 2026 – La ligne 12 dessert le campus.\n';

const styleOf = (yaml: string, base = recommended) => mergeStyle(base, readStyleText(yaml, '/p/.presslint.yaml'), '/p/.presslint.yaml');

describe("the French and Spanish months and weekdays the dateline reader knows", () => {
  it('are the months Node names (Intl), long and short, January first', () => {
    for (const [language, { long, short }] of Object.entries(OTHER_MONTH_NAMES)) {
      const format = (month: 'long' | 'short') => {
        const names = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
        return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => names.format(new Date(Date.UTC(2020, m - 1, 15))));
      };
      assert.deepEqual(long, format('long'), language);
      assert.deepEqual(short, format('short'), language);
    }
  });

  it('are the weekdays Node names (Intl), Monday first', () => {
    for (const [language, names] of Object.entries(OTHER_WEEKDAY_NAMES)) {
      const long = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
      // 1 January 2024 was a Monday.
      const fromIntl = [1, 2, 3, 4, 5, 6, 7].map((day) => long.format(new Date(Date.UTC(2024, 0, day))));
      assert.deepEqual(names, fromIntl, language);
    }
  });
});

describe('the language a draft is checked in', () => {
  it('is what the front matter says, then the file name, then what its prose reads as, then the house style', () => {
    assert.deepEqual(draftLanguage(parseDraft(`---\nlang: es-419\n---\n\n${FRENCH}`), recommended), { code: 'es', source: 'front matter' });
    assert.deepEqual(draftLanguage(parseDraft(FRENCH), recommended, '/drafts/wells.es.release.md'), { code: 'es', source: 'file name' });
    assert.deepEqual(draftLanguage(parseDraft(FRENCH), recommended), { code: 'fr', source: 'detected' });
    assert.deepEqual(draftLanguage(parseDraft(SHORT), recommended), { code: 'en', source: 'house style' });
    assert.deepEqual(draftLanguage(parseDraft(SHORT), styleOf('language: fr\n')), { code: 'fr', source: 'house style' });
  });

  it('is none of the style languages for a draft in German, which is named', () => {
    assert.deepEqual(draftLanguage(parseDraft(GERMAN), recommended), { other: { code: 'deu', name: 'German' }, source: 'detected' });
  });

  it('reads a language from a file name before its extension only', () => {
    assert.equal(fileNameLanguage('/a/draft.fr.release.md'), 'fr');
    assert.equal(fileNameLanguage('C:\\drafts\\notice.es.txt'), 'es');
    assert.equal(fileNameLanguage('/a/fr.draft.md'), undefined);
    assert.equal(fileNameLanguage('/a/draft.de.md'), undefined);
  });
});

describe('the house style for a language', () => {
  it('gives French drafts the built-in French forms, and checks them with it', () => {
    const french = styleForLanguage(recommended, 'fr');
    assert.equal(french.language, 'fr');
    assert.equal(french.contact.heading, "Pour plus d'informations, veuillez contacter\u00a0:");
    assert.deepEqual(french.dateline, { ...recommended.dateline, separator: ' – ', requireCountry: false });
    assert.equal(styleForLanguage(french, 'fr'), french, 'asked again, the same style');
    assert.equal(lint(FRENCH, recommended).style, french);
    assert.equal(lint(GERMAN, recommended).style, recommended);
  });

  it('keeps a language section over the top-level settings, whichever file they come from', () => {
    const house = styleOf('contact:\n  heading: "Media contacts:"\nlanguages:\n  es:\n    contact:\n      heading: "Contacto de prensa:"\n');
    assert.equal(styleForLanguage(house, 'en').contact.heading, 'Media contacts:');
    assert.equal(styleForLanguage(house, 'fr').contact.heading, "Pour plus d'informations, veuillez contacter\u00a0:");
    assert.equal(styleForLanguage(house, 'es').contact.heading, 'Contacto de prensa:');
  });

  it('applies the sections of every file of an extends chain in order', () => {
    const base = styleOf('languages:\n  fr:\n    words: [Sahel]\n    endMark:\n      marks: ["-FIN-"]\n');
    const folder = styleOf('language: fr\nlanguages:\n  fr:\n    words: [Niger]\n', base);
    const french = styleForLanguage(folder, 'fr');
    assert.deepEqual(french.words, ['Sahel', 'Niger']);
    assert.deepEqual(french.endMark.marks, ['-FIN-']);
    assert.equal(lint(SHORT, folder).style, french, 'a short draft in the folder is checked in French');
  });

  it('refuses a language it has no settings for, and a key a language section cannot set', () => {
    const messageOf = (yaml: string): string => {
      try {
        readStyleText(yaml, '/p/.presslint.yaml');
      } catch (error) {
        return (error as StyleError).message;
      }
      return 'accepted';
    };
    assert.equal(messageOf('languages:\n  de:\n    words: [Brunnen]\n'), '/p/.presslint.yaml:2:3: Unknown key "de" in "languages". Allowed keys: en, fr, es.');
    assert.equal(
      messageOf('languages:\n  fr:\n    rules: { headline: off }\n'),
      '/p/.presslint.yaml:3:5: Unknown key "rules" in "languages.fr". Allowed keys: dateline, acronyms, programmes, contact, headline, embargo, endMark, words, terms, variants.',
    );
    assert.equal(messageOf('language: de\n'), '/p/.presslint.yaml:1:11: "language" must be one of: en, fr, es (not "de").');
  });
});

describe('the sections of a release in French and Spanish', () => {
  it('reads "À propos du ..." and "Acerca del ..." as the heading of the boilerplate', () => {
    for (const [file, heading] of [['good-french-labels.txt', 'À propos du jardin'], ['good-spanish-labels.txt', 'Acerca del huerto']]) {
      const doc = parseDraft(readFileSync(join(__dirname, 'fixtures', 'rules', 'contact-block', file!), 'utf8'));
      assert.deepEqual(
        doc.blocks.filter((b) => b.kind === 'about-heading' || b.kind === 'boilerplate').map((b) => [b.kind, b.text.slice(0, 18)]),
        [['about-heading', heading!.slice(0, 18)], ['boilerplate', file!.startsWith('good-french') ? 'Le jardin est géré' : 'El huerto lo gesti']],
        file,
      );
    }
  });
});
