/**
 * `npm run care -- <command>`: the Township Care command line (plain Node, no Electron).
 * Run `npm run care -- --help` for the commands.
 */
import { runCli } from './run';
import { consoleOutput } from './output';

process.exitCode = await runCli(process.argv.slice(2), process.env, consoleOutput);
