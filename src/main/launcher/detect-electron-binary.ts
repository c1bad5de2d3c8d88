import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';

// Finds the Electron binary the way `electron`'s own index.js does (path.txt names the
// executable inside dist/), but without loading that package: loading it starts a download
// when the binary is missing, which on a machine without internet access hangs and then fails.

export type ElectronBinaryStatus = { present: true; binaryPath: string } | { present: false; reason: string };

/** The only file access detection needs, so tests can describe any machine. */
export interface FileProbe {
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}

export const nodeFileProbe: FileProbe = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: (path) => existsSync(path),
};

export function electronPackageDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', 'electron');
}

/**
 * Where the Electron executable is, or why there is none. `overrideDistPath` mirrors the
 * ELECTRON_OVERRIDE_DIST_PATH variable that `electron` itself honours.
 */
export function detectElectronBinary(
  electronDir: string,
  probe: FileProbe = nodeFileProbe,
  overrideDistPath: string | undefined = process.env.ELECTRON_OVERRIDE_DIST_PATH,
): ElectronBinaryStatus {
  if (!probe.exists(join(electronDir, 'package.json'))) {
    return { present: false, reason: 'the electron package is not installed' };
  }
  const executable = probe.readText(join(electronDir, 'path.txt'))?.trim();

  if (overrideDistPath !== undefined && overrideDistPath !== '') {
    const binaryPath = join(overrideDistPath, executable || 'electron');
    return probe.exists(binaryPath)
      ? { present: true, binaryPath }
      : { present: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${binaryPath})` };
  }

  if (executable === undefined || executable === '') {
    return { present: false, reason: 'node_modules/electron/path.txt is missing: the binary was never downloaded' };
  }
  // path.txt names a file inside dist/; anything else is a damaged install, not a binary.
  const relative = normalize(executable);
  if (isAbsolute(relative) || relative === '..' || relative.startsWith(`..${sep}`)) {
    return { present: false, reason: `node_modules/electron/path.txt is not a path inside dist/ (${executable})` };
  }
  const binaryPath = join(electronDir, 'dist', relative);
  return probe.exists(binaryPath) ? { present: true, binaryPath } : { present: false, reason: `the Electron binary is missing (${binaryPath})` };
}
