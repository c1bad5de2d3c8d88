import type { ElectronBinaryStatus } from './detect-electron-binary';

export const MISSING_RUNTIME_MESSAGE =
  'CSPR Desk: the Electron runtime is not installed and cannot be downloaded on this machine. ' + 'Run "npm run web" to use CSPR Desk in your browser instead.';

/** Everything the launcher does to the outside world, so its decisions can be tested. */
export interface LauncherSteps {
  detect(): ElectronBinaryStatus;
  /** One attempt to download the binary, time-limited, output captured (not shown). */
  installOnce(): Promise<void>;
  /** Builds main, preload and renderer into out/; resolves to the build's exit code. */
  build(): Promise<number>;
  /** Runs the app; resolves to Electron's exit code. */
  launch(binaryPath: string): Promise<number>;
  info(line: string): void;
  error(line: string): void;
}

/**
 * `npm start`: make sure the Electron binary is there (one download attempt), build, run.
 * Resolves to the process exit code. When Electron cannot be had, the reviewer gets one line
 * saying so and what to do instead, never a stack trace.
 */
export async function runLauncher(steps: LauncherSteps): Promise<number> {
  let status = steps.detect();
  if (!status.present) {
    steps.info('CSPR Desk: the Electron runtime is not installed yet; trying to download it (up to a minute)…');
    try {
      await steps.installOnce();
    } catch {
      // The outcome that matters is whether the binary is there now.
    }
    status = steps.detect();
  }
  if (!status.present) {
    steps.error(MISSING_RUNTIME_MESSAGE);
    return 1;
  }

  const buildCode = await steps.build();
  if (buildCode !== 0) {
    steps.error(`CSPR Desk: the build failed (exit code ${buildCode}); see the messages above.`);
    return buildCode;
  }
  return steps.launch(status.binaryPath);
}
