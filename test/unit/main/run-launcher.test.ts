import { describe, expect, it, vi } from 'vitest';
import { MISSING_RUNTIME_MESSAGE, runLauncher } from '../../../src/main/launcher/run-launcher';
import type { LauncherSteps } from '../../../src/main/launcher/run-launcher';
import type { ElectronBinaryStatus } from '../../../src/main/launcher/detect-electron-binary';

const missing: ElectronBinaryStatus = { present: false, reason: 'path.txt is missing' };
const present: ElectronBinaryStatus = { present: true, binaryPath: '/project/node_modules/electron/dist/electron' };

function steps(overrides: Partial<LauncherSteps> = {}) {
  return {
    detect: vi.fn(() => present),
    installOnce: vi.fn(async () => undefined),
    build: vi.fn(async () => 0),
    launch: vi.fn(async () => 0),
    info: vi.fn(),
    error: vi.fn(),
    ...overrides,
  };
}

describe('runLauncher', () => {
  it('builds and launches when the binary is there, passing on the exit code', async () => {
    const s = steps({ launch: vi.fn(async () => 3) });
    expect(await runLauncher(s)).toBe(3);
    expect(s.installOnce).not.toHaveBeenCalled();
    expect(s.build).toHaveBeenCalled();
    expect(s.launch).toHaveBeenCalledWith(present.binaryPath);
    expect(s.error).not.toHaveBeenCalled();
  });

  it('tries the download once, then gives exactly one line and exit code 1', async () => {
    const s = steps({ detect: vi.fn(() => missing), installOnce: vi.fn(async () => Promise.reject(new Error('fetch failed\n    at stack'))) });
    expect(await runLauncher(s)).toBe(1);
    expect(s.installOnce).toHaveBeenCalledTimes(1);
    expect(s.error).toHaveBeenCalledTimes(1);
    expect(s.error).toHaveBeenCalledWith(MISSING_RUNTIME_MESSAGE);
    expect(s.build).not.toHaveBeenCalled();
    expect(s.launch).not.toHaveBeenCalled();
  });

  it('says what to do instead, on a single line with no stack trace', () => {
    expect(MISSING_RUNTIME_MESSAGE).toBe(
      'CSPR Desk: the Electron runtime is not installed and cannot be downloaded on this machine. Run "npm run web" to use CSPR Desk in your browser instead.',
    );
    expect(MISSING_RUNTIME_MESSAGE).not.toMatch(/\n|\bat /);
  });

  it('launches after a successful download', async () => {
    const detect = vi.fn<() => ElectronBinaryStatus>().mockReturnValueOnce(missing).mockReturnValue(present);
    const s = steps({ detect });
    expect(await runLauncher(s)).toBe(0);
    expect(s.installOnce).toHaveBeenCalledTimes(1);
    expect(s.launch).toHaveBeenCalledWith(present.binaryPath);
  });

  it('stops when the build fails', async () => {
    const s = steps({ build: vi.fn(async () => 2) });
    expect(await runLauncher(s)).toBe(2);
    expect(s.launch).not.toHaveBeenCalled();
    expect(s.error).toHaveBeenCalledTimes(1);
  });
});
