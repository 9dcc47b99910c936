/**
 * The snippets in snippets/press-release.json: well formed, the control comments offer exactly
 * the rule ids, and every release skeleton and dateline (English, French, Spanish), expanded as
 * VS Code would on a given day, parses into a release of its language with a dateline in the
 * house form of that language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseDraft, recommended, ruleIds } from '../../server/src/engine/index';
import { parseDateline } from '../../server/src/engine/parse/dateline';
import { styleForLanguage } from '../../server/src/engine/config/languages';
import { ROOT } from './helpers/client';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'press-release.json'), 'utf8')) as Record<string, Snippet>;

type Language = 'en' | 'fr' | 'es';
/** The release skeleton and the dateline snippet of each language. */
const SKELETONS: Record<Language, string> = { en: 'Press release skeleton', fr: 'Press release skeleton in French', es: 'Press release skeleton in Spanish' };
const DATELINES: Record<Language, string> = { en: 'Dateline', fr: 'Dateline in French', es: 'Dateline in Spanish' };
const LANGUAGES = Object.keys(SKELETONS) as Language[];

/** The months of a language as a dateline writes them, from Intl (January; janvier; enero). */
function monthsIn(language: Language): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2026, month, 1)));
}

interface Day {
  /** CURRENT_DATE: the day of the month with its leading zero ("08"). */
  date: string;
  /** CURRENT_MONTH_NAME, in English as VS Code gives it ("June"). */
  month: string;
  year: string;
  /** The option a choice placeholder takes when it offers it (the writer's pick); otherwise its first. */
  pick?: readonly string[];
}
const JUNE_8: Day = { date: '08', month: 'June', year: '2026', pick: ['juin', 'junio'] };

/**
 * A variable's transform as VS Code applies it: `${CURRENT_DATE/^0//}`, or
 * `${CURRENT_DATE/^(?:(01)|0?(\d+))$/${1:+1er}$2/}` (the format's `$n`, `${n}`, `${n:+if}`,
 * `${n:-else}` and `${n:else}`).
 */
function transform(value: string, source: string, format: string, flags: string): string {
  return value.replace(new RegExp(source, flags), (...args: unknown[]) => {
    const groups = args.slice(0, -2) as (string | undefined)[];
    return format.replace(/\$(\d+)|\$\{(\d+)(?::([+-]?)([^}]*))?\}/g, (_, plain: string | undefined, n: string | undefined, kind: string | undefined, text: string | undefined) => {
      const group = groups[Number(plain ?? n)];
      if (plain !== undefined || text === undefined) return group ?? '';
      if (kind === '+') return group ? text : '';
      return group || text;
    });
  });
}

/** A snippet body as VS Code inserts it on `day` (8 June 2026 unless said), every placeholder left at its default. */
function expand(body: string[], day: Day = JUNE_8): string {
  const variables: Record<string, string> = { CURRENT_DATE: day.date, CURRENT_MONTH_NAME: day.month, CURRENT_YEAR: day.year };
  let text = body.join('\n');
  text = text.replace(/\$\{([A-Z_]+)\/((?:\\.|[^/])*)\/((?:\\.|[^/])*)\/([gim]*)\}/g, (_, name: string, source: string, format: string, flags: string) =>
    transform(variables[name]!, source, format, flags),
  );
  text = text.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (whole, braced: string | undefined, bare: string | undefined) => variables[braced ?? bare!] ?? whole);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+\|([^|}]*)\|\}/g, (_, choices: string) => {
        const options = choices.split(',');
        return options.find((option) => day.pick?.includes(option)) ?? options[0]!;
      })
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

describe('snippets', () => {
  it('each has a prefix, a body and a one-sentence description', () => {
    assert.ok(Object.keys(snippets).length >= 8);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0, `${name}: a prefix`);
      assert.ok(snippet.body.length > 0, `${name}: a body`);
      assert.match(snippet.description, /^[A-Z].*\.$/, `${name}: a description`);
    }
  });

  it('offers exactly the rule ids in the control comments', () => {
    const comments = Object.values(snippets).filter((s) => s.body.some((line) => line.includes('<!-- presslint-')));
    assert.equal(comments.length, 3);
    for (const snippet of comments) {
      const choices = /\$\{1\|([^|]*)\|\}/.exec(snippet.body[0]!)?.[1]?.split(',');
      assert.deepEqual(choices, [...ruleIds]);
    }
  });

  it("writes today's date in the house form of each language: the day without a leading zero, the month in the language", () => {
    assert.equal(expand(snippets['Dateline']!.body), 'City, Country, 8 June 2026 - ');
    assert.equal(expand(snippets['Embargo line']!.body), 'EMBARGOED UNTIL 00:01 GMT on 8 June 2026\n\n');
    assert.equal(expand(snippets['Dateline in French']!.body), 'City, le 8 juin 2026 – ');
    assert.equal(expand(snippets['Dateline in Spanish']!.body), 'City, 8 de junio de 2026 – ');
    // French writes the first of the month "1er"; Spanish "1".
    const day = (date: string): Day => ({ ...JUNE_8, date });
    assert.deepEqual(['01', '08', '10', '11', '21', '31'].map((date) => expand(snippets['Dateline in French']!.body, day(date))), [
      'City, le 1er juin 2026 – ',
      'City, le 8 juin 2026 – ',
      'City, le 10 juin 2026 – ',
      'City, le 11 juin 2026 – ',
      'City, le 21 juin 2026 – ',
      'City, le 31 juin 2026 – ',
    ]);
    assert.equal(expand(snippets['Dateline in Spanish']!.body, day('01')), 'City, 1 de junio de 2026 – ');
  });

  it('offers the months of its language to choose from, in the order of the year', () => {
    for (const language of ['fr', 'es'] as const) {
      for (const name of [DATELINES[language], SKELETONS[language]]) {
        const line = snippets[name]!.body.find((l) => l.includes('|'))!;
        assert.deepEqual(/\$\{\d+\|([^|}]*)\|\}/.exec(line)?.[1]?.split(','), monthsIn(language), name);
      }
    }
  });

  it('every dateline snippet, on any day of any month, is the house form of its language', () => {
    const now = new Date('2026-12-31T12:00:00Z');
    const headlines: Record<Language, string> = { en: 'Wells for forty villages', fr: 'Des puits pour quarante villages', es: 'Pozos para cuarenta aldeas' };
    for (const language of LANGUAGES) {
      const months = monthsIn(language);
      for (const [index, month] of months.entries()) {
        for (const date of ['01', '08', '21']) {
          const day: Day = { date, month: monthsIn('en')[index]!, year: '2026', pick: [month] };
          const dateline = expand(snippets[DATELINES[language]]!.body, day).replace('City, Country', 'Vienna, Austria').replace('City', 'Vienne');
          const draft = `${headlines[language]}\n\n${dateline}Quarante puits.\n`;
          const findings = lint(draft, recommended, { now, draftPath: `/drafts/wells.${language}.release.md` }).findings.filter((f) => f.ruleId === 'dateline');
          assert.deepEqual(findings, [], `${language}: "${dateline}"`);
        }
      }
    }
  });

  for (const language of LANGUAGES) {
    it(`expands the release skeleton in ${language} into every section of a release in that language`, () => {
      const text = expand(snippets[SKELETONS[language]]!.body);
      const doc = parseDraft(text, { style: recommended });
      assert.match(doc.headline?.text ?? '', /^\S.*[^.]$/);
      assert.equal(parseDateline(doc)?.date?.text, { en: '8 June 2026', fr: '8 juin 2026', es: '8 de junio de 2026' }[language]);
      assert.equal(doc.body.length, 2);
      assert.equal(doc.boilerplate.length, 1, 'About, À propos, Acerca: the boilerplate follows');
      assert.equal(doc.contact?.heading?.text, styleForLanguage(recommended, language).contact.heading);
      assert.equal(doc.endMark?.text, '###');
      const now = new Date('2026-06-08T12:00:00Z');
      // No file name: the skeleton's own prose says which language it is in.
      const result = lint(text, recommended, { now });
      assert.equal(result.style.language, language, 'checked in its language');
      const findings = result.findings.map((f) => f.ruleId);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'dateline').map((f) => f.message),
        [`The dateline still has the placeholder${language === 'en' ? 's "City" and "Country"' : ' "City"'}: name the place the release comes from.`],
        'the place is a placeholder to fill in',
      );
      const placed = lint(text.replace(/^City(, Country)?/m, language === 'en' ? 'Vienna, Austria' : 'Viena'), recommended, { now }).findings.map((f) => f.ruleId);
      assert.ok(!placed.includes('dateline'), 'with a place, the dateline is in the house form');
      for (const id of ['headline', 'end-mark', 'spacing', 'inverted-marks', 'terminology', 'consistency']) assert.ok(!findings.includes(id), `no ${id} finding`);
      assert.ok(findings.includes('contact-block'), 'the contact placeholders are reported until filled in');
      assert.ok(result.findings.filter((f) => f.ruleId === 'contact-block').every((f) => !/heading/.test(f.message)), 'the contact heading is the house\'s');
    });
  }

  it('every release skeleton filled in lints clean: its channel labels, in its language, are read as labels', () => {
    const filled: Record<Language, [string, string][]> = {
      en: [['City, Country', 'Vienna, Austria'], ['[Organisation]', 'Vienna City Council'], ['[Name]', 'Anna Weber'], ['[email address]', 'anna.weber@example.org'], ['[phone number]', '+43 1 000 0000']],
      fr: [['City', 'Lyon'], ['[Organisation]', 'Mairie de Lyon'], ['[Nom]', 'Claire Martin'], ['[adresse électronique]', 'claire.martin@example.org'], ['[numéro de téléphone]', '+33 4 00 00 00 00']],
      es: [['City', 'Cusco'], ['[Organización]', 'Ayuntamiento de Cusco'], ['[Nombre]', 'Rosa Quispe'], ['[correo electrónico]', 'rquispe@example.org'], ['[número de teléfono]', '+51 84 000 000']],
    };
    for (const language of LANGUAGES) {
      let text = expand(snippets[SKELETONS[language]]!.body);
      for (const [placeholder, value] of filled[language]) text = text.replace(placeholder, value);
      const findings = lint(text, recommended, { now: new Date('2026-06-08T12:00:00Z') }).findings.map((f) => `${f.ruleId}: ${f.message}`);
      assert.deepEqual(findings, [], language);
    }
  });
});
