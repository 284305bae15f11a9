// The `galley` command: `npm run -s galley -- <command>` in a checkout, or the package's bin.
import path from 'node:path';
import { runCli } from './cli/run';

const root = path.resolve(__dirname, '..', '..');

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  root,
  stdin: () => process.stdin,
  stopSignal: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`galley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
