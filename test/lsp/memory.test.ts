/**
 * Memory stays flat when documents open and close: 200 drafts of about 5 kB are opened, linted
 * (spelling included) and closed; afterwards the server holds no state for any of them and its
 * heap, after a garbage collection, has not grown by more than a generous bound.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, tempWorkspace, until } from './helpers/client';

interface ServerInfo {
  heapUsed: number;
  rss: number;
  trackedDocuments: number;
  gcAvailable: boolean;
}

/** About 5 kB of release, different for every `n`. */
function draft(n: number): string {
  const paragraph = (i: number) =>
    `Paragraph ${i} of release ${n}: forty harbour pilots from the port authority trained with the IMO  on storm response, ` +
    `cargo safety and radio procedure, said the harbour master, who praised crew ${n * 7 + i} for their work during the exercise.`;
  const body = Array.from({ length: 18 }, (_, i) => paragraph(i)).join('\n\n');
  return `# Release ${n}: harbour pilots rehearse storm drills.\n\nMombasa, Kenya, 12 March 2024 - ${body}\n\nFor more information, please contact:\n\nKenya Ports Authority: Amina Odhiambo\nEmail: press@example.org\n`;
}

describe('memory', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;
  let opened = 0;

  /** Opens `count` drafts, waits until each is fully linted (spelling included), closes them. */
  const cycle = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const uri = workspace.uri(`memory-${++opened}.release.md`);
      await client.open(uri, draft(opened));
      await until(() => client.statuses.some((s) => (s as { uri: string; pending?: boolean }).uri === uri && (s as { pending?: boolean }).pending === false), `${uri} fully linted`);
      await client.close(uri);
    }
    // The test client keeps what it was sent; only the server's memory is measured.
    client.statuses.length = 0;
    client.publishLog.length = 0;
    client.published.clear();
  };
  const info = () => client.request<ServerInfo>('presslint/serverInfo', { gc: true });

  before(async () => {
    workspace = tempWorkspace();
    client = await LspClient.start({ folders: [workspace.path], settings: {}, nodeArgs: ['--expose-gc'] });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('stays flat over 200 drafts opened and closed', async () => {
    // Warm up: the rules' caches, the speller and its dictionaries load once.
    await cycle(20);
    const baseline = await info();
    assert.equal(baseline.gcAvailable, true);
    assert.equal(baseline.trackedDocuments, 0);

    await cycle(200);
    const end = await info();
    assert.equal(end.trackedDocuments, 0, 'no state kept for closed documents');
    const grown = end.heapUsed - baseline.heapUsed;
    // 200 leaked drafts would hold at least 200 x 5 kB of text twice over, plus their analyses.
    assert.ok(grown < 4_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB (from ${(baseline.heapUsed / 1e6).toFixed(1)} MB)`);
  });
});
