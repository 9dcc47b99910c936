/**
 * The VS Code extension: starts the presslint language server over IPC and adds what only
 * an editor has (commands, a status bar item). Linting itself is all in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { StatusBar } from './status';

/** The extension's language: drafts named *.release.md / *.release.txt. */
export const LANGUAGE_ID = 'press-release';

let client: LanguageClient | undefined;

/** Starts the language server and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('presslint', { log: true });
  const status = new StatusBar();
  context.subscriptions.push(output, status);

  const start = async () => {
    const next = createClient(context, output);
    next.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
    client = next;
    await next.start();
  };
  const restart = async () => {
    const previous = client;
    client = undefined;
    status.clear();
    await previous?.stop().catch(() => undefined);
    await start();
  };

  registerCommands(context, { client: () => client, output, restart });
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.render()),
    vscode.workspace.onDidCloseTextDocument((document) => status.forget(document.uri.toString())),
    // Which documents the client sends the server is fixed when it starts: a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('presslint.languages')) void restart();
    }),
  );
  await start();
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
function documentSelector(): DocumentSelector {
  const configured = vscode.workspace.getConfiguration('presslint').get<string[]>('languages', [LANGUAGE_ID]);
  const languages = new Set([LANGUAGE_ID, ...configured.filter((l) => typeof l === 'string' && l !== '')]);
  const selector: DocumentSelector = [];
  for (const language of languages) {
    selector.push({ language, scheme: 'file' }, { language, scheme: 'untitled' });
  }
  selector.push({ scheme: 'file', pattern: '**/*.release.{md,txt}' });
  // Open house style files are sent too (not linted): "add to the house words" then edits the
  // text in the editor, unsaved changes included, instead of the copy on disk.
  selector.push({ scheme: 'file', pattern: '**/.presslint.{yaml,yml,json}' });
  return selector;
}
