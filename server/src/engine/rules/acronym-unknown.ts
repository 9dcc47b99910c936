/** The `acronym-unknown` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Rule } from '../rule';
import { acronymKey, analyseAcronyms, type AcronymEntry } from '../parse/acronyms';

export const acronymUnknown: Rule = {
  meta: {
    id: 'acronym-unknown',
    description: "Expand or register every acronym; ignore those that are not acronyms.",
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ doc, style, report }) {
    const { entries } = analyseAcronyms(doc, style);
    const known = (entry: AcronymEntry | undefined) => !!entry && (!!entry.registryName || entry.definitions.length > 0);
    for (const entry of entries.values()) {
      if (known(entry)) continue;
      // An acronym the text defines, with a year or a number run into it: UDF12 after "Ultra Deep Field (UDF)".
      const stem = /^(\p{Lu}{2,})\d{1,4}$/u.exec(entry.acronym)?.[1];
      if (stem && known(entries.get(acronymKey(stem)))) continue;
      // One capital and a number (A4, G8) is an acronym only when the registry or the text says so.
      const first = entry.uses.find((use) => !use.weak);
      if (!first) continue;
      report({
        message: `"${first.acronym}" is not in the acronym registry and the text never expands it; expand it at its first use as "Full Name (${first.acronym})", or add it to the house registry or ignore list.`,
        range: first.range,
        // No fix and no suggestion: only a person knows the name.
        data: { acronym: first.acronym },
      });
    }
  },
};
