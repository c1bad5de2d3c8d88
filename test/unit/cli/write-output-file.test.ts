import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../../src/cli/write-output-file';

const folder = mkdtempSync(join(tmpdir(), 'cspr-cli-write-'));
afterAll(() => {
  chmodSync(folder, 0o700);
  rmSync(folder, { recursive: true, force: true });
});
const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeOutputFile', () => {
  it('writes a new file readable only by the user, and keeps the permissions of a file it replaces', async () => {
    const created = join(folder, 'new.docx');
    await writeOutputFile(created, bytes('first'));
    expect(statSync(created).mode & 0o777).toBe(0o600);
    const shared = join(folder, 'shared.docx');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o640);
    await writeOutputFile(shared, bytes('second'));
    expect(readFileSync(shared, 'utf8')).toBe('second');
    expect(statSync(shared).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder).sort()).toEqual(['new.docx', 'shared.docx']);
  });

  it('names a missing folder in one sentence', async () => {
    const target = join(folder, 'missing', 'notes.docx');
    await expect(writeOutputFile(target, bytes('x'))).rejects.toThrow(`${target} could not be written: the folder ${join(folder, 'missing')} does not exist.`);
  });

  // Root writes anywhere, so a read-only folder stops only an ordinary user.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('fails in a read-only folder with one sentence, leaving no temporary file', async () => {
    const readOnly = join(folder, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const target = join(readOnly, 'notes.docx');
    await expect(writeOutputFile(target, bytes('x'))).rejects.toThrow(
      `${target} could not be written: permission denied (the folder may be read-only, or the file open in another program).`,
    );
    expect(readdirSync(readOnly)).toEqual([]);
  });
});
