/**
 * A small LSP client for the language server tests: starts the BUILT server
 * (`node dist/server.mjs --stdio`, run `node scripts/build.mjs` first) as a child process and
 * speaks JSON-RPC to it with vscode-languageserver-protocol's client side. It keeps a mirror
 * of each open document (versions included) and applies workspace edits as an editor does:
 * an edit for a version the document no longer has is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentEdit,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowMessageParams,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.mjs');
/** How long a wait may take before the test fails: generous, the machine is shared. */
export const WAIT_MS = 15_000;

export interface StartOptions {
  /** Workspace folders (paths). */
  folders?: string[];
  /** `presslint` settings the client answers `workspace/configuration` with; per document if a function. */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  /** Capabilities merged over a VS Code-like default set. */
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  nodeArgs?: string[];
  /** Another copy of the bundle (default: dist/server.mjs). */
  serverPath?: string;
}

/** What the client answers `workspace/applyEdit` with, and the edits it was sent. */
export interface AppliedEdit {
  edit: WorkspaceEdit;
  applied: boolean;
  failureReason?: string;
}

interface DiagnosticsWaiter {
  uri: string;
  accept: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every publish, in order of arrival. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly statuses: unknown[] = [];
  readonly appliedEdits: AppliedEdit[] = [];
  readonly documents = new Map<string, TextDocument>();
  initializeResult!: InitializeResult;
  stderr = '';
  private waiters: DiagnosticsWaiter[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    /** The server process; undefined for a server running in this process (`connect`). */
    private readonly child: ChildProcess | undefined,
    private readonly options: StartOptions,
  ) {}

  /** Starts the built server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const server = options.serverPath ?? SERVER;
    if (!existsSync(server)) throw new Error(`${server} is missing: run "node scripts/build.mjs" first (npm test does).`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    return client.initialize(process.pid);
  }

  /**
   * Talks to a server running in this process over the given streams (the tests that inject
   * rules into the server). No process id: the server must not watch, nor exit, this process.
   */
  static connect(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: StartOptions = {}): Promise<LspClient> {
    const connection = createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    return new LspClient(connection, undefined, options).initialize(null);
  }

  private async initialize(processId: number | null): Promise<LspClient> {
    const { connection, options } = this;
    const client = this;
    client.listen();
    connection.listen();
    const folders = (options.folders ?? []).map((path, i) => ({ uri: pathToFileURL(path).toString(), name: `folder${i}` }));
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: { ...defaultCapabilities(), ...options.capabilities },
      initializationOptions: { debounceMs: 20, ...options.initializationOptions },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.publishLog.push(params);
      const current = this.documents.get(params.uri);
      // A publish for an older version than the mirror's is stale: never resolve a wait with it.
      if (params.version !== undefined && current && params.version !== current.version) return;
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.accept(params.diagnostics)) return true;
        waiter.resolve(params.diagnostics);
        return false;
      });
    });
    c.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    c.onNotification('presslint/status', (params: unknown) => {
      this.statuses.push(params);
    });
    c.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        const settings = this.options.settings;
        return typeof settings === 'function' ? settings(item.scopeUri) : (settings ?? null);
      }),
    );
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      const outcome = this.applyEdit(params.edit);
      this.appliedEdits.push({ edit: params.edit, ...outcome });
      return outcome;
    });
  }

  /** Opens a document (version 1) and returns its mirror. */
  async open(uri: string, text: string, languageId = 'press-release'): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends incremental changes (each against the text left by the one before) and bumps the version. */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<TextDocument> {
    const document = this.mirror(uri);
    const version = document.version + 1;
    TextDocument.update(document, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return document;
  }

  /** Replaces the first occurrence of `find` with `replacement` through an incremental change. */
  async replace(uri: string, find: string, replacement: string): Promise<TextDocument> {
    const document = this.mirror(uri);
    const at = document.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(at + find.length) }, text: replacement }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server the settings changed (it asks for them again). */
  async settingsChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Tells the server files changed on disk (as the client's watcher would). */
  async filesChanged(changes: { path: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: changes.map((c) => ({ uri: pathToFileURL(c.path).toString(), type: c.type })),
    });
  }

  /**
   * The diagnostics of `uri` for the mirror's current version, once `accept` holds for them:
   * at once if the last publish already satisfies it.
   */
  waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, what = 'diagnostics', next = false): Promise<Diagnostic[]> {
    const last = this.published.get(uri);
    const current = this.documents.get(uri);
    const fresh = last && (last.version === undefined || !current || last.version === current.version);
    if (!next && last && fresh && accept(last.diagnostics)) return Promise.resolve(last.diagnostics);
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticsWaiter = { uri, accept, resolve };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.published.get(uri);
        reject(new Error(`Timed out waiting for ${what} on ${uri}; last publish (version ${seen?.version}): ${JSON.stringify(seen?.diagnostics.map(describe) ?? [])}\nserver stderr: ${this.stderr}`));
      }, WAIT_MS);
      waiter.resolve = (diagnostics) => {
        clearTimeout(timer);
        resolve(diagnostics);
      };
      this.waiters.push(waiter);
    });
  }

  /** The diagnostics of the next publish for `uri` that satisfies `accept` (ignoring the last one). */
  waitForNextDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, what = 'the next diagnostics'): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, accept, what, true);
  }

  /** Waits until the server's published diagnostics have a diagnostic of each rule. */
  waitForRules(uri: string, rules: string[]): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (ds) => rules.every((rule) => ds.some((d) => d.code === rule)), `diagnostics of ${rules.join(', ')}`);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result: CompletionItem[] | CompletionList | null = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  symbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  /**
   * Applies a workspace edit as an editor does: a TextDocumentEdit whose version is not the
   * open document's is refused (and nothing of the edit is applied); files that are not open
   * are edited on disk.
   */
  applyEdit(edit: WorkspaceEdit): { applied: boolean; failureReason?: string } {
    const planned: (() => void)[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind !== 'create') return { applied: false, failureReason: `unsupported ${change.kind}` };
        const path = fileURLToPath(change.uri);
        planned.push(() => {
          if (!existsSync(path) || !change.options?.ignoreIfExists) writeFileSync(path, '');
        });
        continue;
      }
      if (!TextDocumentEdit.is(change)) continue;
      const { uri, version } = change.textDocument;
      const open = this.documents.get(uri);
      if (open && version !== null && version !== open.version) {
        return { applied: false, failureReason: `version ${version} of ${uri} is stale: the document is at ${open.version}` };
      }
      planned.push(() => this.applyTextEdits(uri, change.edits as TextEdit[]));
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) planned.push(() => this.applyTextEdits(uri, edits));
    for (const step of planned) step();
    return { applied: true };
  }

  private applyTextEdits(uri: string, edits: TextEdit[]): void {
    const open = this.documents.get(uri);
    if (open) {
      // The editor's side of an applied edit: the new text reaches the server as a change.
      const next = TextDocument.applyEdits(open, edits);
      void this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: open.positionAt(open.getText().length) }, text: next }]);
      return;
    }
    const path = fileURLToPath(uri);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    writeFileSync(path, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, text), edits));
  }

  mirror(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** The shutdown request, given up on after 3 s (a server that hangs must not hang the tests). */
  private async shutdown(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 3000)));
    await Promise.race([this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined), timeout]);
    clearTimeout(timer);
  }

  /** Shuts the server down politely and waits for the process to end. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child) {
      await this.shutdown();
      this.connection.dispose();
      return null;
    }
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
    try {
      await this.shutdown();
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => child.kill(), 3000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Capabilities of a VS Code-like client. */
function defaultCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      applyEdit: true,
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      completion: { completionItem: { snippetSupport: true } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
}

/** Waits until `condition` holds, checking every 10 ms; fails after WAIT_MS. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await delay(10);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One line per diagnostic, for messages and compact assertions: `code l:c-l:c`. */
export function describe(d: Diagnostic): string {
  const r = d.range;
  return `${d.code} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** A temporary workspace folder, removed by `remove()`. */
export function tempWorkspace(files: Record<string, string> = {}): { path: string; uri: (name: string) => string; file: (name: string) => string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'presslint-lsp-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
  return {
    path,
    file: (name) => join(path, name),
    uri: (name) => pathToFileURL(join(path, name)).toString(),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** The actions that are CodeActions (not bare commands). */
export function actionsOnly(result: (CodeAction | Command)[] | null): CodeAction[] {
  return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

export { FileChangeType };
