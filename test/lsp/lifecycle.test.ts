/**
 * The protocol's lifecycle, with a bare connection (the test client's own handshake would hide
 * it): requests before `initialize` are refused with ServerNotInitialized, a second
 * `initialize` with InvalidRequest, and after `shutdown` nothing is linted or answered, and
 * `exit` ends the process with code 0.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { delay, SERVER, tempWorkspace, until } from './helpers/client';

const DRAFT = 'Harbour pilots train for storms\n\nMombasa, Kenya, 12 March 2024 - Forty  pilots trained.\n';
const DEBOUNCE_MS = 20;

async function refusal(request: Promise<unknown>): Promise<number> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ResponseError) return error.code;
    throw error;
  }
  assert.fail('the request was answered');
}

describe('the server lifecycle', () => {
  it('refuses requests before initialize, a second initialize, and lints and answers nothing after shutdown', async () => {
    const workspace = tempWorkspace();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.listen();
    try {
      const uri = workspace.uri('storms.release.md');
      const hover = { textDocument: { uri }, position: { line: 0, character: 0 } };
      assert.equal(await refusal(connection.sendRequest(HoverRequest.type, hover)), ErrorCodes.ServerNotInitialized);

      const initialize = { processId: null, rootUri: null, workspaceFolders: null, capabilities: {}, initializationOptions: { debounceMs: DEBOUNCE_MS } };
      await connection.sendRequest(InitializeRequest.type, initialize);
      assert.equal(await refusal(connection.sendRequest(InitializeRequest.type, initialize)), ErrorCodes.InvalidRequest);
      await connection.sendNotification(InitializedNotification.type, {});

      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'press-release', version: 1, text: DRAFT } });
      await until(() => published.some((p) => p.uri === uri && p.diagnostics.length > 0), 'the draft linted while running');

      await connection.sendRequest(ShutdownRequest.type);
      const publishedBefore = published.length;
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${DRAFT}More  text.\n` }] });
      assert.equal(await refusal(connection.sendRequest(HoverRequest.type, hover)), ErrorCodes.InvalidRequest);
      // Nothing can be waited for here: a server that still linted would publish within a debounce.
      await delay(DEBOUNCE_MS * 10);
      assert.equal(published.length, publishedBefore, 'nothing published after shutdown');

      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0, 'exit after shutdown ends the process with code 0');
    } finally {
      connection.dispose();
      child.kill();
      workspace.remove();
    }
  });
});
