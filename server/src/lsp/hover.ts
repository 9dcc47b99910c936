/** Hover on an acronym: its official name (house registry) and where the draft defines it. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { acronymAt, definitionOf } from './acronym-lookup';
import { toRange } from './diagnostics';
import type { Analysis } from './linter';

/** The hover at `position`, or null when the word there is not an acronym. */
export function hover(analysis: Analysis, position: Position): Hover | null {
  const doc = analysis.result.doc;
  const found = acronymAt(doc, doc.index.offsetAt(position));
  if (!found) return null;
  const { acronym } = found;
  const registry = analysis.style.acronyms.registry;
  const official = Object.hasOwn(registry, acronym) ? registry[acronym] : undefined;
  const ignored = analysis.style.acronyms.ignore.includes(acronym);
  const definition = definitionOf(doc, acronym, official);
  const lines: string[] = [];
  lines.push(official ? `**${acronym}**: ${official} (house registry)` : `**${acronym}**`);
  if (definition) {
    const line = doc.index.lineAt(definition.range.start) + 1;
    lines.push(`Defined on line ${line}: "${doc.text.slice(definition.range.start, definition.range.end)}".`);
  } else if (official) {
    lines.push(`Not defined in this draft yet: its first use should read "${official} (${acronym})".`);
  } else if (ignored) {
    lines.push('On the house list of capitalised words that need no expansion.');
  } else {
    lines.push('Not in the house registry and not defined in this draft.');
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(doc.index, found.range) };
}
