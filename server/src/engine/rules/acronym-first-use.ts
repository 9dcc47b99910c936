/** `acronym-first-use`: Expand an acronym at its first use: Full Name (ACR). */
import type { Fix, Rule } from '../types';
import { mergeEdits } from '../fix';
import { analyseAcronyms, expandedForm, type AcronymDefinition, type AcronymEntry } from '../parse/acronyms';

export const acronymFirstUse: Rule = {
  meta: {
    id: 'acronym-first-use',
    description: "Expand an acronym at its first use: Full Name (ACR).",
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    for (const entry of analyseAcronyms(doc, style).entries.values()) {
      // Headlines (when the house exempts them) and names inside other expansions do not count.
      const first = entry.uses.find((use) => !use.exempt && !use.inName);
      if (!first || first.block.kind === 'boilerplate') continue; // boilerplate is the programme's canonical text
      const definition = entry.definitions.find((d) => !d.exempt);
      if (definition && first.definition === definition) continue;
      const name = expansionName(entry, definition ?? entry.definitions[0]);
      if (!name) continue; // neither registered nor defined: acronym-unknown's finding
      const written = doc.text.slice(first.range.start, first.range.end);
      const expanded = expandedForm(name, first.acronym, first.plural);
      const edits: Fix[] = [{ range: first.range, text: expanded }];
      // The later expansion goes, unless it belongs to the canonical boilerplate.
      if (definition?.drop && definition.block.kind !== 'boilerplate') edits.push(definition.drop);
      const where = definition ? laterPlace(doc.index.lineAt(first.range.start), doc.index.lineAt(definition.range.start)) : '';
      report({
        message: definition
          ? `"${written}" is used before it is expanded (the expansion comes ${where}); expand it at its first use: "${expanded}".`
          : `"${written}" is used without being expanded; expand it at its first use: "${expanded}".`,
        range: first.range,
        fix: mergeEdits(doc.text, edits),
        related: definition ? [{ range: definition.range, message: `The later expansion of "${definition.acronym}".` }] : undefined,
        data: { acronym: first.acronym },
      });
    }
  },
};

/** The name to expand with: the registry's, unless the text gives the acronym another meaning. */
function expansionName(entry: AcronymEntry, definition: AcronymDefinition | undefined): string | undefined {
  if (definition && (definition.relation === 'local' || !entry.registryName)) return definition.name.replace(/\s+/g, ' ');
  return entry.registryName;
}

function laterPlace(useLine: number, definitionLine: number): string {
  return useLine === definitionLine ? 'later on the same line' : `later, on line ${definitionLine + 1}`;
}
