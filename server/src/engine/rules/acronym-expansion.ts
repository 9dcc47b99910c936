/** The `acronym-expansion` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Rule } from '../rule';
import { analyseAcronyms, nameForMessage, pluralName } from '../parse/acronyms';

export const acronymExpansion: Rule = {
  meta: {
    id: 'acronym-expansion',
    description: "Expand an acronym with its official name from the registry.",
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    for (const definition of analyseAcronyms(doc, style).definitions) {
      // The boilerplate rule owns the canonical "About" text, word for word.
      if (definition.relation !== 'differs' || !definition.registryName || definition.block.kind === 'boilerplate') continue;
      const official = definition.plural ? pluralName(definition.registryName) : definition.registryName;
      const written = doc.text.slice(definition.acronymRange.start, definition.acronymRange.end);
      const change = { range: definition.nameRange, text: official };
      // A headline keeps its words apart from the headline rule's own fix (its length is the
      // writer's choice): there the registry's name is offered, not written in.
      const inHeadline = definition.block.kind === 'headline' || definition.block.kind === 'subheadline';
      report({
        message: `"${written}" is expanded as "${nameForMessage(definition.name)}"; its registered name is "${official}".`,
        range: definition.nameRange,
        ...(inHeadline ? { suggestions: [{ title: `Use "${official}"`, fix: change }] } : { fix: change }),
        data: { acronym: definition.acronym },
      });
    }
  },
};
