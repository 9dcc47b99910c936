/** The process entry of `presslint`: real standard streams, the exit code set once output is flushed. */
import { main } from './main';

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
