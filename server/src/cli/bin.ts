/** The process entry of `presslint`: real standard streams, the exit code set once output is flushed. */
import { setFlagsFromString } from 'node:v8';
import { main } from './main';

// V8 first runs a regular expression from bytecode, then compiles it again to machine code on
// its next use. The rules' Unicode patterns (\p{L} classes) make each compile cost 1-6 ms, and a
// one-file run uses each pattern only a few times: compiling once, straight to machine code,
// takes ~40 ms off a cold run and changes nothing after. Set before any rule runs; the flag is
// read each time a pattern is compiled. (The long-lived server keeps V8's default.)
setFlagsFromString('--no-regexp-tier-up');

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
