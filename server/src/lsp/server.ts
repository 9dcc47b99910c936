/**
 * The language server's wiring: LSP requests and notifications to the linter and the
 * editor features. Transport-agnostic: server/src/server.ts gives it a connection over
 * IPC (VS Code) or stdio (any other editor); tests give it in-memory streams.
 */
import { escapeControls } from '../engine/text/controls';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeError,
  type InitializeResult,
} from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { STYLE_FILE_NAMES, type Rule } from '../engine/index';
import { codeActions, fixAllEdit } from './actions';
import { completions } from './completion';
import { pathOf, WorkspaceFolders } from './folders';
import { hover } from './hover';
import { DraftLinter } from './linter';
import {
  APPLY_FIX_ALL_COMMAND,
  FIX_ALL_KIND,
  PROGRAMMES_REQUEST,
  SERVER_INFO_REQUEST,
  STATUS_NOTIFICATION,
  type ApplyFixAllArgs,
  type ProgrammeInfo,
  type ProgrammesParams,
  type ServerInfo,
  type ServerInfoParams,
} from './protocol';
import { SettingsStore } from './settings';
import { StyleResolver } from './styles';
import { documentSymbols } from './symbols';

export interface ServerOptions {
  /** The structural rules (tests inject a failing one); default: the registry. */
  rules?: readonly Rule[];
  dictionaryDir?: string;
  /** Pause after typing before linting; `initializationOptions.debounceMs` overrides it. */
  debounceMs?: number;
}

/** The default pause after a keystroke before linting. */
export const DEFAULT_DEBOUNCE_MS = 150;

/** House style files the client is asked to watch. */
const STYLE_GLOB = `**/{${STYLE_FILE_NAMES.join(',')}}`;

/** Serves presslint over `connection` until the client shuts it down. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  let capabilities: ClientCapabilities = {};
  let settings = new SettingsStore(undefined);
  let linter: DraftLinter | undefined;
  const openedVersions = new Map<string, number>();
  // window/showMessage, a notification: the user is told, and nothing waits for an answer.
  // Messages may quote a draft or a house style: their controls are shown escaped (text/controls.ts).
  const showError = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: escapeControls(message) });
  const watchedNames = new Set<string>(STYLE_FILE_NAMES);
  const styles = new StyleResolver({
    publishDiagnostics: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    showError: (message) => showError(message),
    watch: (file) => {
      // A style file of another name (presslint.configPath): watched by name, wherever it is.
      const name = basename(file);
      if (watchedNames.has(name) || !capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
      watchedNames.add(name);
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${name}` }] });
    },
  });

  const host = {
    publish: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) =>
      void connection.sendDiagnostics({ uri, version, diagnostics }),
    status: (params: unknown) => void connection.sendNotification(STATUS_NOTIFICATION, params),
    error: (message: string) => connection.console.error(escapeControls(message)),
    warn: (message: string) => connection.console.warn(escapeControls(message)),
    showError: (message: string) => showError(message),
  };

  /**
   * Where the server is in the protocol's lifecycle. Requests are answered only between
   * `initialize` and `shutdown` (the protocol's errors otherwise); notifications before and
   * after reach no linter (it exists only in between), so nothing is linted after `shutdown`.
   */
  let phase: 'awaiting-initialize' | 'running' | 'shut-down' = 'awaiting-initialize';
  const refusal = (): ResponseError<void> | undefined => {
    if (phase === 'awaiting-initialize') return new ResponseError(ErrorCodes.ServerNotInitialized, 'presslint: the server has not been initialized');
    if (phase === 'shut-down') return new ResponseError(ErrorCodes.InvalidRequest, 'presslint: the server has been shut down');
    return undefined;
  };

  /** A request handler that answers `empty` for unknown documents and for its own failures. */
  const guarded =
    <P, R>(empty: R, handler: (params: P) => Promise<R> | R) =>
    async (params: P): Promise<R> => {
      const refused = refusal();
      if (refused) throw refused;
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`presslint: request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (phase !== 'awaiting-initialize') return new ResponseError(ErrorCodes.InvalidRequest, 'presslint: initialize was already received', { retry: false });
    phase = 'running';
    capabilities = params.capabilities;
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    const init = (params.initializationOptions ?? {}) as { debounceMs?: unknown; settings?: unknown };
    const debounceMs = typeof init.debounceMs === 'number' && init.debounceMs >= 0 ? init.debounceMs : (options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    const fetch = capabilities.workspace?.configuration
      ? (uri: string) => connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'presslint' } : { section: 'presslint' })
      : undefined;
    settings = new SettingsStore(fetch, init.settings);
    linter = new DraftLinter(host, documents, settings, styles, folders, { rules: options.rules, debounceMs, dictionaryDir: options.dictionaryDir });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'presslint' },
        executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'presslint' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: STYLE_GLOB }] });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders.remove(event.removed);
        folders.add(event.added);
        styles.invalidate();
        linter?.relintAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { presslint?: unknown } | null | undefined)?.presslint;
    settings.changed(pushed);
    linter?.relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      // A save that replaces the file (written aside, renamed over it) can reach the watcher as a
      // deletion: the file is still there, and forgetting its last good version would lint the
      // drafts with recommended as soon as it is broken.
      if (path && change.type === FileChangeType.Deleted && !existsSync(path)) styles.forget(path);
    }
    styles.invalidate();
    linter?.relintAll();
  });

  // The client also sends the house style files it has open (.presslint.yaml ...): they are
  // kept, not linted, so that "add a house word" edits the text the writer sees, saved or not.
  // A saved style reaches the linter through the file watcher.
  const isStyleFile = (uri: string) => STYLE_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
  documents.onDidOpen(({ document }) => {
    if (isStyleFile(document.uri)) return;
    openedVersions.set(document.uri, document.version);
    linter?.opened(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (isStyleFile(document.uri)) return;
    // TextDocuments reports the opening as a change too; that one is linted by onDidOpen.
    if (openedVersions.get(document.uri) === document.version) return;
    openedVersions.delete(document.uri);
    linter?.changed(document.uri);
  });
  documents.onDidSave(({ document }) => {
    if (!isStyleFile(document.uri)) linter?.saved(document.uri);
  });
  documents.onDidClose(({ document }) => {
    if (isStyleFile(document.uri)) return;
    openedVersions.delete(document.uri);
    linter?.closed(document.uri);
  });

  connection.onCodeAction(
    guarded([], async (params) => {
      const analysis = await linter?.analysisFor(params.textDocument.uri);
      if (!analysis || !linter) return [];
      const resourceOperations = capabilities.workspace?.workspaceEdit?.resourceOperations ?? [];
      return codeActions({
        analysis,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        findingOf: (diagnostic) => linter!.findingOf(analysis, diagnostic),
        suggestionsOf: (finding) => linter!.suggestionsFor(analysis, finding),
        speller: await linter.spellerOf(analysis),
        rules: options.rules,
        styleFolder: folders.folderOf(analysis.uri) ?? parentOf(analysis.uri),
        canCreateFiles: resourceOperations.includes('create'),
        openStyleFile: (uri) => {
          const document = isStyleFile(uri) ? documents.get(uri) : undefined;
          return document ? { text: document.getText(), version: document.version } : undefined;
        },
        versionedEdits: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      });
    }),
  );

  connection.onHover(
    guarded(null, async (params) => {
      const analysis = await linter?.analysisFor(params.textDocument.uri);
      return analysis ? hover(analysis, params.position) : null;
    }),
  );

  connection.onCompletion(
    guarded([], async (params) => {
      const analysis = await linter?.analysisFor(params.textDocument.uri);
      const snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
      return analysis ? completions(analysis, params.position, snippets) : [];
    }),
  );

  connection.onDocumentSymbol(
    guarded([], async (params) => {
      const analysis = await linter?.analysisFor(params.textDocument.uri);
      return analysis ? documentSymbols(analysis) : [];
    }),
  );

  connection.onExecuteCommand(
    guarded(undefined, async (params) => {
      if (params.command !== APPLY_FIX_ALL_COMMAND) return;
      const args = params.arguments?.[0] as ApplyFixAllArgs | undefined;
      if (!args?.uri) return;
      const analysis = await linter?.analysisFor(args.uri);
      // The command was issued for a version the editor no longer shows: do nothing.
      if (!analysis || (args.version !== undefined && args.version !== analysis.version)) return;
      const edit = await fixAllEdit(analysis, options.rules, capabilities.workspace?.workspaceEdit?.documentChanges === true, await linter!.spellerOf(analysis));
      if (edit) await connection.workspace.applyEdit({ label: 'Fix all presslint problems', edit });
    }),
  );

  connection.onRequest(
    PROGRAMMES_REQUEST,
    guarded<ProgrammesParams, ProgrammeInfo[]>([], async (params) => {
      const outcome = await linter?.styleFor(params?.uri);
      return (outcome?.style.programmes ?? []).map((p) => ({ name: p.name, boilerplate: p.boilerplate }));
    }),
  );

  connection.onShutdown(() => {
    phase = 'shut-down';
    linter?.stop();
    linter = undefined;
  });

  connection.onRequest(SERVER_INFO_REQUEST, (params: ServerInfoParams | undefined): ServerInfo => {
    const refused = refusal();
    if (refused) throw refused;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    const memory = process.memoryUsage();
    return { heapUsed: memory.heapUsed, rss: memory.rss, trackedDocuments: linter?.trackedDocuments ?? 0, gcAvailable: Boolean(gc) };
  });

  documents.listen(connection);
  connection.listen();
}

/** The folder of a file URI (where a new house style file goes when there is no workspace). */
function parentOf(uri: string): string | undefined {
  const path = pathOf(uri);
  return path ? path.replace(/[\\/][^\\/]*$/, '') : undefined;
}
