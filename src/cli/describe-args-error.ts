// Node's parseArgs explains a bad option in several sentences of its own ("To specify a positional
// argument starting with a '-', place it at the end …"); the command line says it in one.

const parseArgsCodes = ['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'];

/** "-o, --out <value>" → "--out": the long name, which the usage lines show. */
function optionName(quoted: string): string {
  return /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[\s,]/)[0] ?? quoted;
}

/** One sentence for an error thrown by parseArgs; null for any other error. */
export function describeArgsError(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (!parseArgsCodes.includes(code) || !(error instanceof Error)) return null;
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const name = optionName(quoted);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${name}.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected argument ${quoted}.`;
  if (/does not take an argument/.test(error.message)) return `Option ${name} does not take a value.`;
  if (/ambiguous/.test(error.message)) {
    // "-o -x": the value looks like an option. The long form with "=" takes it as a value.
    const longName = optionName(/use '([^'=]*)=/.exec(error.message)?.[1] ?? name);
    return `Option ${name} needs a value (to give one that starts with a dash, write ${longName}=VALUE).`;
  }
  return `Option ${name} needs a value.`;
}
