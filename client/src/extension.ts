/**
 * The VS Code extension: starts the presslint language server over IPC and adds what only
 * an editor has (commands, a status bar item). Linting itself is all in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { StatusBar } from './status';

/** A document filter both VS Code and the language client take (glob patterns as strings). */
type DocumentFilter = { language: string; scheme: string } | { scheme: string; pattern: string };

/** The extension's language: drafts named *.release.md / *.release.txt. */
export const LANGUAGE_ID = 'press-release';

let client: LanguageClient | undefined;

/** Registers the commands, and starts the language server once a document needs it. */
export async function activate(context: vscode.ExtensionContext): Promise<PresslintApi> {
  const output = vscode.window.createOutputChannel('presslint', { log: true });
  const status = new StatusBar();
  context.subscriptions.push(output, status);

  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      const next = createClient(context, output);
      next.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
      client = next;
      await next.start();
    })());
  const restart = async () => {
    const previous = client;
    await starting?.catch(() => undefined);
    client = undefined;
    starting = undefined;
    status.clear();
    await previous?.stop().catch(() => undefined);
    await start();
  };
  // The extension also activates on Markdown and plain text (for `presslint.languages`) and in
  // folders with a house style; the server process starts only once a document it would check
  // (or a house style file) is open, so a Markdown file that presslint does not check costs no
  // process.
  const startWhenNeeded = (document: vscode.TextDocument) => {
    if (!starting && vscode.languages.match(documentSelector(), document) > 0) void start();
  };

  registerCommands(context, { client: () => client, output, restart });
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.render()),
    vscode.workspace.onDidOpenTextDocument(startWhenNeeded),
    vscode.workspace.onDidCloseTextDocument((document) => status.forget(document.uri.toString())),
    // Which documents the client sends the server is fixed when it starts: a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('presslint.languages')) return;
      if (starting) void restart();
      else vscode.workspace.textDocuments.forEach(startWhenNeeded);
    }),
  );
  vscode.workspace.textDocuments.forEach(startWhenNeeded);
  await starting;
  return { isServerRunning: () => client !== undefined };
}

/** What the extension exports (the end-to-end tests read it). */
export interface PresslintApi {
  /** Whether the language server has been started. */
  isServerRunning(): boolean;
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  const stopping = client?.stop();
  client = undefined;
  await stopping;
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'presslint' },
    diagnosticCollectionName: 'presslint',
    outputChannel: output,
  };
  // The id `presslint` makes the client honour the `presslint.trace.server` setting.
  return new LanguageClient('presslint', 'presslint', serverOptions, clientOptions);
}

/** The press-release language, the languages of `presslint.languages`, files named *.release.*, house style files. */
function documentSelector(): DocumentFilter[] {
  const configured = vscode.workspace.getConfiguration('presslint').get<string[]>('languages', [LANGUAGE_ID]);
  const languages = new Set([LANGUAGE_ID, ...configured.filter((l) => typeof l === 'string' && l !== '')]);
  const selector: DocumentFilter[] = [];
  for (const language of languages) {
    selector.push({ language, scheme: 'file' }, { language, scheme: 'untitled' });
  }
  selector.push({ scheme: 'file', pattern: '**/*.release.{md,txt}' });
  // Open house style files are sent too (not linted): "add to the house words" then edits the
  // text in the editor, unsaved changes included, instead of the copy on disk.
  selector.push({ scheme: 'file', pattern: '**/.presslint.{yaml,yml,json}' });
  return selector;
}
