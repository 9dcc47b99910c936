/** The `acronym-redundant` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Rule } from '../rule';
import { insideQuotation } from '../text/quotations';
import { analyseAcronyms } from '../parse/acronyms';

export const acronymRedundant: Rule = {
  meta: {
    id: 'acronym-redundant',
    description: "Expand an acronym once; later uses take the acronym alone.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ doc, style, report }) {
    for (const entry of analyseAcronyms(doc, style).entries.values()) {
      const [first, ...again] = entry.definitions.filter((d) => !d.exempt);
      if (!first) continue;
      for (const repeated of again) {
        // The canonical boilerplate expands its acronyms on its own; a glossary line is a list, not prose.
        if (repeated.block.kind === 'boilerplate' || !repeated.drop) continue;
        const written = doc.text.slice(repeated.acronymRange.start, repeated.acronymRange.end);
        // In a quotation the repeated expansion is what someone said: offered, not applied by --fix.
        const quoted = insideQuotation(doc.text, repeated.block.range.start, repeated.range.start);
        report({
          message: `"${written}" is expanded again (it is already expanded on line ${doc.index.lineAt(first.range.start) + 1}); use the acronym alone.`,
          range: repeated.range,
          ...(quoted ? { suggestions: [{ title: 'Use the acronym alone', fix: repeated.drop }] } : { fix: repeated.drop }),
          related: [{ range: first.range, message: `The first expansion of "${first.acronym}".` }],
          data: { acronym: repeated.acronym },
        });
      }
    }
  },
};
