/** The process entry of `presslint`: real standard streams, the exit code set once output is flushed. */
import { main } from './main';

// Ctrl-C or a CI job's cancel: with a handler installed the signal waits for the write in
// progress (writes are synchronous: a fixed draft is renamed into place or its temporary file
// removed) instead of killing the process between the two and leaving `.name.presslint-*.tmp`.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`presslint: stopped (${signal}); every draft is either fixed or as it was.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// Started by dist/cli.js (server/src/cli/launcher.js), which also sets V8's flags for the CLI.
async function cli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  });
}

void cli();
