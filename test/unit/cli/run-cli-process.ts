import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '../../..');

export interface CliProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command line as `npm run cli` does (tsx on src/cli/index.ts, from the repository
 * root), without npm's own output. Asynchronous, so several runs can start at once: each costs
 * about a second and a half of start-up.
 */
export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(repositoryRoot, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
