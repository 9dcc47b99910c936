/**
 * The commands: Fix all, New press release, Insert programme boilerplate, Show output,
 * Restart server. The ids are declared in package.json (`contributes.commands`).
 */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  APPLY_FIX_ALL_COMMAND,
  PROGRAMMES_REQUEST,
  type ApplyFixAllArgs,
  type ProgrammeInfo,
  type ProgrammesParams,
} from '../../server/src/lsp/protocol';

export interface CommandContext {
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
  restart(): Promise<void>;
}

/** The snippet the New press release command starts from (one source: snippets/press-release.json). */
export const SKELETON_SNIPPET = 'Press release skeleton';

export function registerCommands(context: vscode.ExtensionContext, commands: CommandContext): void {
  const register = (id: string, run: () => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('presslint.fixAll', async () => {
    const editor = vscode.window.activeTextEditor;
    const client = commands.client();
    if (!editor || !client) return;
    const args: ApplyFixAllArgs = {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      version: editor.document.version,
    };
    await client.sendRequest('workspace/executeCommand', { command: APPLY_FIX_ALL_COMMAND, arguments: [args] });
  });

  register('presslint.newRelease', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'press-release', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(skeleton(context)));
  });

  register('presslint.insertBoilerplate', async () => {
    const editor = vscode.window.activeTextEditor;
    const client = commands.client();
    if (!editor || !client) return;
    const params: ProgrammesParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
    const programmes = await client.sendRequest<ProgrammeInfo[]>(PROGRAMMES_REQUEST, params);
    if (programmes.length === 0) {
      void vscode.window.showInformationMessage('presslint: the house style names no programmes. Add them under "programmes" in .presslint.yaml.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      programmes.map((p) => ({ label: p.name, detail: p.boilerplate, programme: p })),
      { placeHolder: 'The programme whose boilerplate to insert', matchOnDetail: true },
    );
    if (!picked) return;
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, picked.programme.boilerplate);
    });
  });

  register('presslint.showOutput', () => commands.output.show(true));
  register('presslint.restart', () => commands.restart());
}

/** The body of the release skeleton snippet. */
function skeleton(context: vscode.ExtensionContext): string {
  const file = context.asAbsolutePath('snippets/press-release.json');
  const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { body: string | string[] }>;
  const body = snippets[SKELETON_SNIPPET]?.body ?? '';
  return Array.isArray(body) ? body.join('\n') : body;
}
