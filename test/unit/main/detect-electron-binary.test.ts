import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectElectronBinary } from '../../../src/main/launcher/detect-electron-binary';
import type { FileProbe } from '../../../src/main/launcher/detect-electron-binary';

const electronDir = join('/project', 'node_modules', 'electron');

/** A machine described by its files: path → contents (or '' for "exists"). */
function machine(files: Record<string, string>): FileProbe {
  return {
    readText: (path) => files[path],
    exists: (path) => path in files,
  };
}

const packageJson = { [join(electronDir, 'package.json')]: '{}' };

describe('detectElectronBinary', () => {
  it('finds the binary named by path.txt inside dist/', () => {
    const binary = join(electronDir, 'dist', 'electron');
    const probe = machine({ ...packageJson, [join(electronDir, 'path.txt')]: 'electron', [binary]: '' });
    expect(detectElectronBinary(electronDir, probe, undefined)).toEqual({ present: true, binaryPath: binary });
  });

  it('handles the macOS app bundle path', () => {
    const binary = join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron');
    const probe = machine({ ...packageJson, [join(electronDir, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron\n', [binary]: '' });
    expect(detectElectronBinary(electronDir, probe, undefined)).toEqual({ present: true, binaryPath: binary });
  });

  it('reports a missing path.txt (never downloaded, as on this machine)', () => {
    const status = detectElectronBinary(electronDir, machine(packageJson), undefined);
    expect(status).toEqual({ present: false, reason: expect.stringMatching(/path\.txt is missing/) });
  });

  it('reports a path.txt whose binary is gone', () => {
    const probe = machine({ ...packageJson, [join(electronDir, 'path.txt')]: 'electron' });
    expect(detectElectronBinary(electronDir, probe, undefined)).toMatchObject({ present: false, reason: expect.stringMatching(/binary is missing/) });
  });

  it('reports a missing electron package', () => {
    expect(detectElectronBinary(electronDir, machine({}), undefined)).toMatchObject({ present: false, reason: expect.stringMatching(/not installed/) });
  });

  it('refuses a path.txt pointing outside dist/', () => {
    for (const hostile of ['../../../bin/sh', '/bin/sh', '..']) {
      const probe = machine({ ...packageJson, [join(electronDir, 'path.txt')]: hostile, '/bin/sh': '' });
      expect(detectElectronBinary(electronDir, probe, undefined).present, hostile).toBe(false);
    }
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const override = join('/opt', 'electron-dist');
    const binary = join(override, 'electron');
    expect(detectElectronBinary(electronDir, machine({ ...packageJson, [binary]: '' }), override)).toEqual({ present: true, binaryPath: binary });
    expect(detectElectronBinary(electronDir, machine(packageJson), override).present).toBe(false);
  });

  it('finds nothing on this machine, where the binary cannot be downloaded', () => {
    // A real probe of this repository's node_modules: guards against the check itself loading `electron`.
    const status = detectElectronBinary(join(process.cwd(), 'node_modules', 'electron'));
    expect(typeof status.present).toBe('boolean');
  });
});
