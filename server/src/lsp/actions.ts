/**
 * Code actions: per finding a preferred quick fix, the rule's other suggestions, "fix all
 * <rule> problems", "disable <rule> for this line", "add <word> to the house words"; and
 * the whole-document `source.fixAll.presslint`. Every edit of the draft names the version
 * it was computed for.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  draftWordFix,
  applyFixes,
  dominantEol,
  fixAll,
  type Speller,
  ruleMeta,
  spellingMeta,
  type Finding,
  type Suggestion,
  type Rule,
} from '../engine/index';
import { SOURCE } from './diagnostics';
import { pathOf } from './folders';
import { diffEdit, fixesToEdits, versionedEdit } from './edits';
import { addHouseWordEdit, type OpenStyleFile } from './house-words';
import type { Analysis } from './linter';
import { FIX_ALL_KIND } from './protocol';

export interface ActionRequest {
  analysis: Analysis;
  /** The diagnostics the client sent (those under the cursor). */
  diagnostics: readonly Diagnostic[];
  /** `context.only` of the request. */
  only?: readonly string[];
  findingOf(diagnostic: Diagnostic): Finding | undefined;
  /** A finding's suggestions (spelling's are computed on request). */
  suggestionsOf(finding: Finding): Promise<readonly Suggestion[]>;
  rules?: readonly Rule[];
  /** The draft's speller, so that fix-all applies spelling's fixes as --fix does. */
  speller?: Speller;
  /** Where a new house style file goes when the draft has none. */
  styleFolder?: string;
  canCreateFiles: boolean;
  /** A house style file open in the editor, by URI. */
  openStyleFile?: (uri: string) => OpenStyleFile | undefined;
  /** The client understands `documentChanges` (and so the version check). */
  versionedEdits: boolean;
}

/** The code actions for a request. */
export async function codeActions(request: ActionRequest): Promise<CodeAction[]> {
  const { analysis } = request;
  const actions: CodeAction[] = [];
  const text = analysis.result.doc.text;
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    request.versionedEdits ? versionedEdit(analysis.uri, analysis.version, edits) : { changes: { [analysis.uri]: edits } };

  if (wants(request.only, CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<string>();
    const disableOffered = new Set<string>();
    const wordsOffered = new Set<string>();
    for (const diagnostic of request.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = request.findingOf(diagnostic);
      if (!finding) continue;
      const index = analysis.result.doc.index;
      const quickFix = (title: string, edits: TextEdit[], isPreferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: isPreferred || undefined,
        edit: edit(edits),
      });

      if (finding.fix) actions.push(quickFix(`Fix this ${finding.ruleId} problem`, fixesToEdits(index, [finding.fix]), true));
      (await request.suggestionsOf(finding)).forEach((suggestion, i) => {
        actions.push(quickFix(suggestion.title, fixesToEdits(index, [suggestion.fix]), !finding.fix && i === 0));
      });

      if (finding.fix && !fixAllOffered.has(finding.ruleId)) {
        fixAllOffered.add(finding.ruleId);
        const fixable = analysis.result.findings.filter((f) => f.ruleId === finding.ruleId && f.fix).length;
        if (fixable > 1) {
          // One pass over the findings already there: cheap enough for every cursor move.
          const fixes = analysis.result.findings.filter((f) => f.ruleId === finding.ruleId && f.fix).map((f) => f.fix!);
          const { applied } = applyFixes(text, fixes);
          if (applied.length > 1) actions.push(quickFix(`Fix all ${finding.ruleId} problems`, fixesToEdits(index, applied)));
        }
      }

      const line = diagnostic.range.start.line;
      if (ruleMeta(finding.ruleId) && !disableOffered.has(`${finding.ruleId}@${line}`)) {
        disableOffered.add(`${finding.ruleId}@${line}`);
        actions.push(quickFix(`Disable ${finding.ruleId} for this line`, [disableEdit(analysis, finding.ruleId, line)]));
      }

      // An unknown word may belong to the house; a word spelt the other dialect's way (it names
      // the house's spelling, with a fix or, in a quotation, a suggestion) or one the team's
      // cspell settings forbid does not.
      const word = finding.data?.word;
      if (finding.ruleId === spellingMeta.id && word && !finding.data?.preferred && !finding.data?.forbidden && !wordsOffered.has(word)) {
        wordsOffered.add(word);
        const wordEdit = addHouseWordEdit(word, analysis.styleFile, request.styleFolder, request.canCreateFiles, request.openStyleFile);
        if (wordEdit) {
          actions.push({ title: `Add "${word}" to the house words`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: wordEdit });
        }
        // A word of this release only (a name, a place): listed in the draft's own comment.
        actions.push(quickFix(`Add "${word}" to this draft's words`, fixesToEdits(index, [draftWordFix(analysis.result.doc, word)])));
      }
    }
  }

  // Fixing everything lints the text again, pass after pass: only when asked for by kind (on save, the source menu).
  if (request.only && wants(request.only, FIX_ALL_KIND) && (request.speller || analysis.result.findings.some((f) => f.fix))) {
    const change = diffEdit(text, await fixText(analysis, request.rules, request.speller));
    if (change) actions.push({ title: 'Fix all presslint problems', kind: FIX_ALL_KIND, edit: edit([change]) });
  }
  return actions;
}

/**
 * The analysed text with every fix applied (the engine's fixAll, spelling's fixes included with
 * a speller, the team's cspell settings searched from the draft's folder, as --fix does).
 */
export async function fixText(analysis: Analysis, rules?: readonly Rule[], speller?: Speller): Promise<string> {
  const path = pathOf(analysis.uri);
  const options = { format: analysis.format, rules, draftPath: path };
  return (await fixAll(analysis.result.doc.text, analysis.style, speller, options)).text;
}

/** The edit of every fix in the document, for the fix-all command (undefined if nothing to fix). */
export async function fixAllEdit(analysis: Analysis, rules: readonly Rule[] | undefined, versioned: boolean, speller?: Speller): Promise<WorkspaceEdit | undefined> {
  const text = analysis.result.doc.text;
  const change = diffEdit(text, await fixText(analysis, rules, speller));
  if (!change) return undefined;
  return versioned ? versionedEdit(analysis.uri, analysis.version, [change]) : { changes: { [analysis.uri]: [change] } };
}

/**
 * `<!-- presslint-disable-next-line RULE -->` above the line, or the rule added to such a
 * comment already there.
 */
function disableEdit(analysis: Analysis, ruleId: string, line: number): TextEdit {
  const doc = analysis.result.doc;
  const above = doc.directives.find((d) => d.kind === 'disable-next-line' && d.line === line - 1 && d.rules.length > 0);
  if (above) {
    const last = above.ruleRanges[above.ruleRanges.length - 1]!;
    const at = doc.index.positionAt(last.end);
    return { range: { start: at, end: at }, newText: `, ${ruleId}` };
  }
  const { start, end } = doc.lines[line]!;
  const indent = /^[ \t]*/.exec(doc.text.slice(start, end))![0];
  const at: Range['start'] = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}<!-- presslint-disable-next-line ${ruleId} -->${dominantEol(doc.text)}` };
}

/** Whether `kind` is among the kinds the client asked for (kinds are hierarchical). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
