import { exitCodes, type CliIo, type ExitCode } from './cli-io';
import { checkCommand, checkUsage } from './commands/check-command';
import { chronologyCommand, chronologyUsage } from './commands/chronology-command';
import { eventNotesCommand, eventNotesUsage } from './commands/event-notes-command';
import { actionPlanCommand, actionPlanUsage, briefingCommand, briefingUsage, exportCommand, exportUsage } from './commands/export-command';
import { validateCommand, validateUsage } from './commands/validate-command';
import { describeArgsError } from './describe-args-error';
import { describeCliError } from './describe-cli-error';

interface Command {
  run(args: string[], io: CliIo): Promise<ExitCode>;
  usage: string;
}

const commands: Record<string, Command> = {
  validate: { run: validateCommand, usage: validateUsage },
  chronology: { run: chronologyCommand, usage: chronologyUsage },
  check: { run: checkCommand, usage: checkUsage },
  export: { run: exportCommand, usage: exportUsage },
  'action-plan': { run: actionPlanCommand, usage: actionPlanUsage },
  briefing: { run: briefingCommand, usage: briefingUsage },
  'event-notes': { run: eventNotesCommand, usage: eventNotesUsage },
};

export const cliUsage = ['Usage: npm run cli -- COMMAND [options]', '', 'Commands:', ...Object.values(commands).map((command) => `  ${command.usage}`)].join(
  '\n',
);

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliUsage);
    return name === undefined ? exitCodes.badInput : exitCodes.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`Unknown command "${name}".\n${cliUsage}`);
    return exitCodes.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Whatever a command did not handle (a bad option, a file that could not be written): one
    // plain sentence, no stack trace; a bad option is followed by the command's usage line.
    const badOption = describeArgsError(error);
    io.err(badOption ?? describeCliError(error));
    if (badOption) io.err(`Usage: ${command.usage}`);
    return exitCodes.badInput;
  }
}
