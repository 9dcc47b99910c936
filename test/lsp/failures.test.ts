/**
 * A rule that throws: the server logs it (connection.console) and still publishes the other
 * rules' findings. The server runs in this process, over in-memory streams, so that the test
 * can hand it a rule that crashes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver-protocol';
import { rules } from '../../server/src/engine/index';
import type { Rule } from '../../server/src/engine/index';
import { startServer } from '../../server/src/lsp/server';
import { describe as describeDiagnostic, LspClient, tempWorkspace } from './helpers/client';

const exploding: Rule = {
  meta: { id: 'exploding', description: 'Crash on every draft.', defaultSeverity: 'error', fixable: false },
  check() {
    throw new Error('boom: the exploding rule always fails');
  },
};

describe('a rule that crashes', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;

  before(async () => {
    workspace = tempWorkspace({ '.presslint.yaml': 'rules:\n  spelling: off\n  contact-block: off\n  end-mark: off\n' });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
      rules: [...rules.slice(0, 4), exploding, ...rules.slice(4)],
    });
    client = await LspClient.connect(toClient, toServer, { folders: [workspace.path], settings: {} });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('is logged once, and the other rules still report', async () => {
    const uri = workspace.uri('crash.release.md');
    await client.open(uri, '# Pilots train.\n\nMombasa, Kenya, 12 March 2024 - Forty  pilots trained.\n');
    const diagnostics = await client.waitForRules(uri, ['headline', 'spacing']);
    assert.deepEqual(diagnostics.map(describeDiagnostic), ['headline 0:14-0:15', 'spacing 2:37-2:39']);
    const logged = client.logs.filter((log) => log.message.includes('exploding'));
    assert.equal(logged.length, 1);
    assert.equal(logged[0]!.type, MessageType.Error);
    assert.match(logged[0]!.message, new RegExp(`^presslint: the exploding rule failed on ${uri}; the other rules still report\\. Error: boom`));

    // The same failure on the next change is not logged again.
    await client.replace(uri, 'Forty  pilots', 'Forty pilots');
    await client.waitForDiagnostics(uri, (ds) => ds.length === 1, 'the spacing finding fixed');
    assert.equal(client.logs.filter((log) => log.message.includes('exploding')).length, 1);
  });
});
