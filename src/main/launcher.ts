// `npm start`: run by tsx in plain Node, never bundled into the app. It must not import
// `electron` (that would start a download); see launcher/detect-electron-binary.ts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectElectronBinary, electronPackageDir } from './launcher/detect-electron-binary';
import { buildWithElectronVite, installElectronOnce, launchElectron } from './launcher/launcher-processes';
import { runLauncher } from './launcher/run-launcher';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = electronPackageDir(projectRoot);

runLauncher({
  detect: () => detectElectronBinary(electronDir),
  installOnce: () => installElectronOnce(electronDir, join(projectRoot, 'node_modules', '.tmp', 'electron-install.log')),
  build: () => buildWithElectronVite(projectRoot),
  launch: (binaryPath) => launchElectron(binaryPath, projectRoot),
  info: (line) => console.log(line),
  error: (line) => console.error(line),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    // Still one line, no stack trace.
    console.error(`CSPR Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
