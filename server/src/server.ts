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
startServer(createConnection(ProposedFeatures.all));
