/**
 * Linting open drafts: when (open, change after a pause, save, a house style change), with
 * which style and settings, and what gets published. The structural rules publish at once;
 * spelling joins when its dictionaries are ready. Work for a version the editor has already
 * replaced is dropped: only the newest version's results are ever published.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addSpelling,
  createSpeller,
  formatOfFileName,
  lint,
  ParagraphMemo,
  sortFindings,
  spellingMeta,
  spellingNotChecked,
  SpellingSetupError,
  type DraftFormat,
  type Finding,
  type Suggestion,
  type HouseStyle,
  type LintResult,
  type Rule,
  type RuleFailure,
  type Speller,
  type StyleError,
} from '../engine/index';
import { diagnosticMessage, findingKey, toDiagnostic, toRange, tooLargeDiagnostic } from './diagnostics';
import { pathOf, type WorkspaceFolders } from './folders';
import type { StatusParams } from './protocol';
import { shouldLint, type Settings, type SettingsStore } from './settings';
import { boilerplateLocation } from './style-locations';
import type { StyleOutcome, StyleResolver } from './styles';

/** A document's findings for one version, with the style they were made with. */
export interface Analysis {
  uri: string;
  version: number;
  result: LintResult;
  style: HouseStyle;
  styleFile?: string;
  styleError?: StyleError;
  format?: DraftFormat;
  /** Whether spelling findings are included. */
  complete: boolean;
}

/** What the linter needs from the LSP connection. */
export interface LinterHost {
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  status(params: StatusParams): void;
  error(message: string): void;
  /** A message for the server's log that is no error (a cspell setting the house style overrides). */
  warn(message: string): void;
  showError(message: string): void;
}

/** The open documents (vscode-languageserver's TextDocuments). */
export interface DocumentSource {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export interface LinterOptions {
  /** The structural rules; default: the whole registry. Tests inject a failing rule here. */
  rules?: readonly Rule[];
  /** Pause after a change before linting (`presslint.run: onType`). */
  debounceMs: number;
  /** Where the spelling dictionaries are; default: beside the bundle. */
  dictionaryDir?: string;
}

interface DocumentState {
  /** Bumped whenever newer work supersedes what is in flight. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  analysis?: Analysis;
  speller?: Speller;
  /** Paragraph work kept from one lint of the document to the next. */
  memo: ParagraphMemo;
}

type Outcome =
  | { kind: 'skipped' }
  | { kind: 'too-large'; diagnostic: Diagnostic }
  | { kind: 'linted'; analysis: Analysis };

/** Lints the open drafts of one server. */
export class DraftLinter {
  private readonly states = new Map<string, DocumentState>();
  private readonly spellers = new Map<string, { style: HouseStyle; speller: Promise<Speller | undefined> }>();
  private readonly findingIndex = new WeakMap<Analysis, Map<string, Finding>>();
  private readonly loggedFailures = new Set<string>();
  private spellingSetupReported = false;

  constructor(
    private readonly host: LinterHost,
    private readonly documents: DocumentSource,
    private readonly settings: SettingsStore,
    private readonly styles: StyleResolver,
    private readonly folders: WorkspaceFolders,
    private readonly options: LinterOptions,
  ) {}

  /** Documents with state held here (0 once all are closed: the memory test checks it). */
  get trackedDocuments(): number {
    return this.states.size;
  }

  opened(uri: string): void {
    this.states.set(uri, { generation: 0, memo: new ParagraphMemo() });
    void this.run(uri);
  }

  changed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    // In-flight work for the previous version is now stale.
    state.generation++;
    void this.settings.forDocument(uri).then((settings) => {
      if (settings.run === 'onType') this.schedule(uri);
    });
  }

  saved(uri: string): void {
    void this.settings.forDocument(uri).then((settings) => {
      if (settings.run === 'onSave') void this.run(uri);
    });
  }

  /** Stops for good (the client asked the server to shut down): no lint is scheduled or published again. */
  stop(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    // A lint already under way finds its document's state gone and drops its result.
    this.states.clear();
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    state?.speller?.forget(uri);
    this.states.delete(uri);
    this.settings.forget(uri);
    this.host.publish(uri, undefined, []);
  }

  /** Lints every open draft again now (the house style or the settings changed). */
  relintAll(): void {
    for (const uri of this.states.keys()) void this.run(uri);
  }

  /** The analysis of the document's current version (linting it now if needed); undefined if not linted. */
  async analysisFor(uri: string): Promise<Analysis | undefined> {
    const state = this.states.get(uri);
    if (!state || !this.documents.get(uri)) return undefined;
    const settings = await this.settings.forDocument(uri);
    const document = this.documents.get(uri);
    if (!document || this.states.get(uri) !== state) return undefined;
    if (state.analysis?.version === document.version) return state.analysis;
    const outcome = this.analyse(document, settings, state.memo);
    if (outcome.kind !== 'linted') return undefined;
    state.analysis = outcome.analysis;
    return outcome.analysis;
  }

  /** The finding a diagnostic of `analysis` was made from. */
  findingOf(analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
    let index = this.findingIndex.get(analysis);
    if (!index) {
      index = new Map();
      for (const finding of analysis.result.findings) {
        index.set(findingKey(finding.ruleId, toRange(analysis.result.doc.index, finding.range), diagnosticMessage(finding.message)), finding);
      }
      this.findingIndex.set(analysis, index);
    }
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    return index.get(findingKey(String(diagnostic.code), diagnostic.range, message));
  }

  /** The house style in effect for a document, or for the workspace when `uri` is undefined. */
  async styleFor(uri: string | undefined): Promise<StyleOutcome> {
    const document = uri ? this.documents.get(uri) : undefined;
    const settings = await this.settings.forDocument(uri ?? '');
    return this.resolveStyle(document?.uri ?? uri ?? '', settings);
  }

  private schedule(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(uri);
    }, this.options.debounceMs);
  }

  private async run(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    const generation = ++state.generation;
    const settings = await this.settings.forDocument(uri);
    // Let changes already waiting in the connection arrive first: linting a version they replace is wasted work.
    await new Promise((resolve) => setImmediate(resolve));
    const stillCurrent = (version: number) =>
      this.states.get(uri) === state && state.generation === generation && this.documents.get(uri)?.version === version;
    const document = this.documents.get(uri);
    if (!document || !stillCurrent(document.version)) return;
    const version = document.version;

    const outcome = this.analyse(document, settings, state.memo);
    if (outcome.kind === 'skipped') {
      state.analysis = undefined;
      this.host.status({ uri, style: '', findings: 0, state: 'disabled' });
      this.host.publish(uri, version, []);
      return;
    }
    if (outcome.kind === 'too-large') {
      state.analysis = undefined;
      this.host.status({ uri, style: '', findings: 0, state: 'too-large' });
      this.host.publish(uri, version, [outcome.diagnostic]);
      return;
    }
    const analysis = outcome.analysis;
    state.analysis = analysis;
    this.publish(analysis);
    if (analysis.complete) return;

    const speller = await this.spellerFor(analysis.style);
    if (!stillCurrent(version)) return;
    if (!speller) {
      // Spelling cannot run: what was published is all there will be.
      state.analysis = { ...analysis, complete: true };
      this.publish(state.analysis);
      return;
    }
    if (state.speller && state.speller !== speller) state.speller.forget(uri);
    state.speller = speller;
    // (cspell settings are searched from the draft's folder, their overrides applied for it)
    let merged = await addSpelling(analysis.result, speller, uri, pathOf(uri));
    if (!stillCurrent(version)) return;
    const failures = merged.failures.slice(analysis.result.failures.length);
    this.logFailures(uri, failures);
    // cspell settings beside the draft that cannot be read: one diagnostic says spelling is not checked.
    const setup = failures.find((failure) => failure.error instanceof SpellingSetupError);
    if (setup) {
      const note = spellingNotChecked(merged.doc, (setup.error as Error).message);
      merged = { ...merged, findings: sortFindings([...merged.findings, { ...note, ruleId: spellingMeta.id, severity: 'error' }]) };
    }
    const complete: Analysis = { ...analysis, result: merged, complete: true };
    state.analysis = complete;
    this.publish(complete);
  }

  /** Lints a document's current text synchronously (structural rules only). */
  private analyse(document: TextDocument, settings: Settings, memo: ParagraphMemo): Outcome {
    if (!shouldLint(settings, document.languageId, document.uri)) return { kind: 'skipped' };
    const text = document.getText();
    // UTF-8 size without encoding: a draft is tested against the limit on every change.
    const bytes = text.length > settings.maxFileSize / 3 ? Buffer.byteLength(text, 'utf8') : text.length;
    if (bytes > settings.maxFileSize) return { kind: 'too-large', diagnostic: tooLargeDiagnostic(bytes, settings.maxFileSize) };
    const { style, file, error } = this.resolveStyle(document.uri, settings);
    const format = formatOf(document);
    const result = lint(text, style, { format, rules: this.options.rules, memo, draftPath: pathOf(document.uri) });
    this.logFailures(document.uri, result.failures);
    const spellingOn = (result.style.rules[spellingMeta.id] ?? spellingMeta.defaultSeverity) !== 'off';
    return {
      kind: 'linted',
      // The style for the draft's language: hover, completion and code actions answer with it.
      analysis: { uri: document.uri, version: document.version, result, style: result.style, styleFile: file, styleError: error, format, complete: !spellingOn },
    };
  }

  private publish(analysis: Analysis): void {
    const { uri, result } = analysis;
    const diagnostics = result.findings.map((finding) => {
      const diagnostic = toDiagnostic(uri, result.doc.index, finding);
      // A boilerplate finding also points at the canonical text, in the house style file.
      const programme = finding.ruleId === 'boilerplate' ? finding.data?.programme : undefined;
      const canonical = programme ? boilerplateLocation(analysis.style, programme) : undefined;
      if (canonical) {
        diagnostic.relatedInformation = [
          ...(diagnostic.relatedInformation ?? []),
          { location: canonical, message: `The canonical ${programme} boilerplate, in the house style.` },
        ];
      }
      return diagnostic;
    });
    // The status first: whoever waits for the diagnostics finds the status bar already current.
    this.host.status({
      uri,
      style: analysis.style.name,
      styleFile: analysis.styleFile,
      findings: diagnostics.length,
      state: analysis.styleError ? 'style-error' : 'ok',
      pending: !analysis.complete,
    });
    this.host.publish(uri, analysis.version, diagnostics);
  }

  private resolveStyle(uri: string, settings: Settings): StyleOutcome {
    const path = pathOf(uri);
    const folder = this.folders.folderOf(uri);
    const draftFolder = path ? dirname(path) : folder;
    let configPath: string | undefined;
    if (settings.configPath) {
      const base = folder ?? draftFolder;
      configPath = isAbsolute(settings.configPath) ? settings.configPath : base ? resolve(base, settings.configPath) : undefined;
    }
    return this.styles.resolve(draftFolder, configPath, folder);
  }

  /**
   * Spelling suggestions for a finding of an analysis: the server's spellers leave them out of
   * the reports (a search per half-typed word on every keystroke) and compute them here, when the
   * editor asks for the quick fixes.
   */
  async suggestionsFor(analysis: Analysis, finding: Finding): Promise<Suggestion[]> {
    if (finding.suggestions || finding.ruleId !== spellingMeta.id || finding.fix) return finding.suggestions ?? [];
    const speller = await this.spellerFor(analysis.style);
    return speller ? speller.suggest(finding) : [];
  }

  /** The speller of an analysis's house style (undefined when spelling is off or could not start). */
  spellerOf(analysis: Analysis): Promise<Speller | undefined> {
    return this.spellerFor(analysis.style);
  }

  /** One speller per house style and language; a style that changes gets a new one. */
  private spellerFor(style: HouseStyle): Promise<Speller | undefined> {
    const key = `${style.file ?? style.name}\u0000${style.language}`;
    let entry = this.spellers.get(key);
    if (!entry || entry.style !== style) {
      const onNotice = (notice: string) => this.host.warn(`presslint: ${notice}`);
      const speller = createSpeller(style, { dictionaryDir: this.options.dictionaryDir, suggestions: 'on-request', onNotice }).catch((error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        this.host.error(`presslint: spelling is off, the speller could not start: ${error instanceof Error ? (error.stack ?? why) : why}`);
        if (error instanceof SpellingSetupError && !this.spellingSetupReported) {
          this.spellingSetupReported = true;
          this.host.showError(`presslint: spelling is not checked: ${why}`);
        }
        return undefined;
      });
      entry = { style, speller };
      this.spellers.set(key, entry);
    }
    return entry.speller;
  }

  /** A rule that throws is logged once per distinct error; the other rules' findings still publish. */
  private logFailures(uri: string, failures: readonly RuleFailure[]): void {
    for (const failure of failures) {
      const detail = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
      const key = `${failure.ruleId}\n${detail}`;
      if (this.loggedFailures.has(key)) continue;
      if (this.loggedFailures.size > 200) this.loggedFailures.clear();
      this.loggedFailures.add(key);
      this.host.error(`presslint: the ${failure.ruleId} rule failed on ${uri}; the other rules still report. ${detail}`);
    }
  }
}

/** Markdown or plain text by language and file name; undefined lets the parser decide. */
export function formatOf(document: Pick<TextDocument, 'languageId' | 'uri'>): DraftFormat | undefined {
  const byName = formatOfFileName(document.uri);
  if (document.languageId === 'markdown' || byName === 'markdown') return 'markdown';
  if (document.languageId === 'plaintext' || byName === 'text') return 'text';
  return undefined;
}

