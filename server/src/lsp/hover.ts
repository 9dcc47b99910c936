/** Hover on an acronym: its official name (house registry) and where the draft defines it. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { acronymKey, analyseAcronyms, registryName } from '../engine/parse/acronyms';
import { acronymAt } from './acronym-lookup';
import { toRange } from './diagnostics';
import type { Analysis } from './linter';

/** The hover at `position`, or null when the word there is not an acronym. */
export function hover(analysis: Analysis, position: Position): Hover | null {
  const doc = analysis.result.doc;
  const offset = doc.index.offsetAt(position);
  const acronyms = analyseAcronyms(doc, analysis.style);
  const use = acronyms.uses.find((u) => u.range.start <= offset && offset <= u.range.end);
  if (!use) {
    // Not an acronym the analysis collects: perhaps one the house says needs no expansion.
    const token = acronymAt(doc, offset);
    const ignored = token && analysis.style.acronyms.ignore.some((word) => acronymKey(word) === acronymKey(token.acronym));
    if (!token || !ignored) return null;
    const value = `**${token.acronym}**\n\nOn the house list of capitalised words that need no expansion.`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc.index, token.range) };
  }
  const entry = acronyms.entries.get(use.key);
  const official = entry?.registryName ?? registryName(analysis.style, use.acronym);
  const definition = entry?.definitions[0];
  const lines = [official ? `**${use.acronym}**: ${official} (house registry)` : `**${use.acronym}**`];
  if (definition) {
    const line = doc.index.lineAt(definition.range.start) + 1;
    lines.push(`Defined on line ${line}: "${doc.text.slice(definition.range.start, definition.range.end)}".`);
    if (definition.relation === 'differs' && official) lines.push(`The house registry's name is "${official}".`);
  } else if (official) {
    lines.push(`Not defined in this draft yet: its first use should read "${official} (${use.acronym})".`);
  } else {
    lines.push('Not in the house registry and not defined in this draft.');
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(doc.index, use.range) };
}
