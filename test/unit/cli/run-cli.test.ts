import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: async () => {
      throw new Error('not read in these tests');
    },
    readBytes: async () => {
      throw new Error('not read in these tests');
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('runCli and bad options', () => {
  it('says what is wrong with an option in one sentence, then the command’s usage line', async () => {
    const cases: [string[], string, RegExp][] = [
      [['check', 'doc.txt', '--registr', 'r.csv'], 'Unknown option --registr.', /^Usage: check DOCUMENT/],
      [['chronology', 'a.csv', '--agency'], 'Option --agency needs a value.', /^Usage: chronology FILE/],
      [
        ['event-notes', 'case.cspr.json', '-o', '-notes.docx'],
        'Option -o needs a value (to give one that starts with a dash, write --out=VALUE).',
        /^Usage: event-notes CASEFILE/,
      ],
      [['validate', 'case.cspr.json', '--json=yes'], 'Option --json does not take a value.', /^Usage: validate CASEFILE/],
    ];
    for (const [argv, sentence, usage] of cases) {
      const { io, out, err } = captureIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(err).toHaveLength(2);
      expect(err[0]).toBe(sentence);
      expect(err[1]).toMatch(usage);
      expect(out).toEqual([]);
    }
  });

  it('refuses a command name that is only a property every object has', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['constructor'], io)).toBe(2);
    expect(err[0]).toMatch(/^Unknown command "constructor"\./);
  });
});
