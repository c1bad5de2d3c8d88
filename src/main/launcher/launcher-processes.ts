import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const INSTALL_TIME_LIMIT_MS = 60_000;
const MAX_CAPTURED_CHARS = 200_000;

/** Runs a Node script as a child process with the same Node that runs the launcher. */
function runNode(args: string[], options: { cwd: string; capture: boolean; timeoutMs?: number }): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      timeout: options.timeoutMs,
      killSignal: 'SIGKILL',
      windowsHide: true,
    });
    const collect = (chunk: Buffer): void => {
      if (output.length < MAX_CAPTURED_CHARS) output += chunk.toString('utf8');
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, output: signal ? `${output}\nStopped by ${signal}` : output }));
  });
}

/**
 * One download attempt with electron's own installer. Its output (long stack traces when
 * offline) goes to a log file for whoever wants to look, not to the reviewer's terminal.
 */
export async function installElectronOnce(electronDir: string, logPath: string): Promise<void> {
  const { code, output } = await runNode([join(electronDir, 'install.js')], {
    cwd: electronDir,
    capture: true,
    timeoutMs: INSTALL_TIME_LIMIT_MS,
  });
  try {
    await mkdir(dirname(logPath), { recursive: true });
    await writeFile(logPath, `exit code ${code}\n${output}`);
  } catch {
    // The log is a courtesy; failing to write it changes nothing.
  }
}

export async function buildWithElectronVite(projectRoot: string): Promise<number> {
  const cli = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  return (await runNode([cli, 'build'], { cwd: projectRoot, capture: false })).code;
}

/** Runs Electron on the project folder, passing through its output, exit code and Ctrl+C. */
export function launchElectron(binaryPath: string, projectRoot: string): Promise<number> {
  const env = { ...process.env };
  // Either would turn the app into something else: plain Node, or a window on a dev server.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;

  return new Promise((resolve) => {
    const child = spawn(binaryPath, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => (): void => {
      child.kill(signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const finish = (code: number): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`CSPR Desk: Electron could not be started: ${error.message}`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}
