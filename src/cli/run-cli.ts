import { exitCodes, type CliIo, type ExitCode } from './cli-io';
import { checkCommand, checkUsage } from './commands/check-command';
import { chronologyCommand, chronologyUsage } from './commands/chronology-command';
import { eventNotesCommand, eventNotesUsage } from './commands/event-notes-command';
import { exportCommand, exportUsage } from './commands/export-command';
import { validateCommand, validateUsage } from './commands/validate-command';

const commands: Record<string, (args: string[], io: CliIo) => Promise<ExitCode>> = {
  validate: validateCommand,
  chronology: chronologyCommand,
  check: checkCommand,
  export: exportCommand,
  'event-notes': eventNotesCommand,
};

export const cliUsage = ['Usage: npm run cli -- COMMAND [options]', '', 'Commands:', `  ${validateUsage}`, `  ${chronologyUsage}`, `  ${checkUsage}`, `  ${exportUsage}`, `  ${eventNotesUsage}`].join('\n');

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliUsage);
    return name === undefined ? exitCodes.badInput : exitCodes.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n${cliUsage}`);
    return exitCodes.badInput;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // Bad options (parseArgs) and the like: one clear line, no stack trace.
    io.err(error instanceof Error ? error.message : String(error));
    return exitCodes.badInput;
  }
}
