/**
 * Completion: a registry acronym not yet defined in the draft completes to `Full Name (ACR)`;
 * at the start of a paragraph the house's programmes offer their boilerplate; under the
 * contact heading, the house's contact template.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { HouseStyle } from '../engine/index';
import { acronymKey, analyseAcronyms } from '../engine/parse/acronyms';
import { contactEntryTemplate } from '../engine/rules/contact-block';
import type { Analysis } from './linter';

/** The completion items at `position`. */
export function completions(analysis: Analysis, position: Position, snippets: boolean): CompletionItem[] {
  const doc = analysis.result.doc;
  const offset = doc.index.offsetAt(position);
  const line = doc.lines[position.line];
  if (!line) return [];
  const linePrefix = doc.text.slice(line.start, offset);
  const typed = /[\p{L}\p{N}.]*$/u.exec(linePrefix)![0];
  const replace: Range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const atLineStart = linePrefix.trim() === typed;
  const items: CompletionItem[] = [];

  if (/^\p{Lu}/u.test(typed)) {
    const first = typed[0]!;
    const defined = analyseAcronyms(doc, analysis.style).entries;
    for (const [acronym, name] of Object.entries(analysis.style.acronyms.registry)) {
      if (!acronym.startsWith(first) || (defined.get(acronymKey(acronym))?.definitions.length ?? 0) > 0) continue;
      items.push({
        label: acronym,
        kind: CompletionItemKind.Constant,
        detail: name,
        documentation: `First use in the release: ${name} (${acronym})`,
        filterText: acronym,
        sortText: `0${acronym}`,
        textEdit: { range: replace, newText: `${name} (${acronym})` },
      });
    }
  }

  const headlineLine = doc.headline ? doc.index.lineAt(doc.headline.range.start) : -1;
  const headingLine = doc.contact?.heading ? doc.index.lineAt(doc.contact.heading.range.start) : undefined;
  const endMarkLine = doc.endMark ? doc.index.lineAt(doc.endMark.range.start) : Infinity;
  const underContactHeading = headingLine !== undefined && position.line > headingLine && position.line < endMarkLine;

  if (atLineStart && underContactHeading) {
    items.push(template('Contact entry (house template)', contactTemplate(analysis.style, snippets), replace, snippets));
  } else if (atLineStart && position.line !== headlineLine) {
    const lineRange: Range = { start: { line: position.line, character: 0 }, end: position };
    for (const programme of analysis.style.programmes) {
      items.push({
        label: `About ${programme.name}`,
        kind: CompletionItemKind.Text,
        detail: 'Programme boilerplate (house style)',
        documentation: { kind: MarkupKind.PlainText, value: programme.boilerplate },
        filterText: `About ${programme.name}`,
        sortText: `1${programme.name}`,
        textEdit: { range: lineRange, newText: programme.boilerplate },
      });
    }
    if (!doc.contact && doc.lead && position.line > doc.index.lineAt(doc.lead.range.start)) {
      const heading = snippets ? analysis.style.contact.heading.replace(/[$}\\]/g, '\\$&') : analysis.style.contact.heading;
      const block = `${heading}\n\n${contactTemplate(analysis.style, snippets)}`;
      items.push(template('Contact block (house template)', block, lineRange, snippets));
    }
  }
  return items;
}

function template(label: string, text: string, range: Range, snippets: boolean): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: 'House style template',
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: `2${label}`,
    textEdit: { range, newText: text },
  };
}

/** The house's contact entry (the contact-block rule's template), its blanks tab stops in a snippet. */
export function contactTemplate(style: HouseStyle, snippets: boolean): string {
  let stop = 0;
  return contactEntryTemplate(style, '\n', (placeholder) => (snippets ? `\${${++stop}:${placeholder}}` : placeholder));
}
