/**
 * The presslint language server. VS Code starts it over IPC (`--node-ipc`); any other
 * editor runs `node dist/server.mjs --stdio`. LSP wiring lives in ./lsp/server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  process.stderr.write('presslint language server: start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME).\n');
  process.exit(2);
}
// A bug in one request must not take the server down with every open draft's diagnostics.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`presslint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});
startServer(createConnection(ProposedFeatures.all));
