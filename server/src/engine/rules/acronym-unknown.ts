/** The `acronym-unknown` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Rule } from '../rule';
import { analyseAcronyms } from '../parse/acronyms';

export const acronymUnknown: Rule = {
  meta: {
    id: 'acronym-unknown',
    description: "Expand or register every acronym; ignore those that are not acronyms.",
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ doc, style, report }) {
    for (const entry of analyseAcronyms(doc, style).entries.values()) {
      if (entry.registryName || entry.definitions.length > 0) continue;
      // One capital and a number (A4, G8) is an acronym only when the registry or the text says so.
      const first = entry.uses.find((use) => !use.weak);
      if (!first) continue;
      report({
        message: `"${first.acronym}" is not in the acronym registry and the text never expands it; expand it at its first use as "Full Name (${first.acronym})", or add it to the house registry or ignore list.`,
        range: first.range,
        // No automatic fix: only a person knows the name. Editors offer "add to the ignore list" from this.
        data: { acronym: first.acronym },
      });
    }
  },
};
