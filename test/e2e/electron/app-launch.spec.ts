import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { detectElectronBinary, electronPackageDir } from '../../../src/main/launcher/detect-electron-binary';
import { answerPassphraseScreens } from '../web/fixtures';

const projectRoot = resolve(import.meta.dirname, '../../..');
const SKIP_MESSAGE = 'Electron binary not present on this machine: Electron end-to-end tests skipped';

// Detected without loading `electron`: loading it would try (and here fail) to download the binary.
const binary = detectElectronBinary(electronPackageDir(projectRoot));

function ensureBuilt(): void {
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((file) => existsSync(join(projectRoot, file)));
  if (built) return;
  const cli = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`electron-vite build failed with exit code ${String(result.status)}`);
}

/** The built app, launched; or the test skipped, saying why, where there is no Electron binary. */
async function launchOrSkip() {
  if (!binary.present) {
    console.log(SKIP_MESSAGE);
    test.skip(true, SKIP_MESSAGE);
    return null;
  }
  ensureBuilt();
  return electron.launch({ args: ['.'], cwd: projectRoot });
}

test('the desktop app opens a locked-down CSPR Desk window', async () => {
  const app = await launchOrSkip();
  if (!app) return;
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');

    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('CSPR Desk');
    expect(window.url()).toBe('app://cspr-desk/index.html');

    // The preload's verbs are there; Node.js is not.
    expect(await window.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
    expect(await window.evaluate(() => typeof require === 'undefined')).toBe(true);
    expect(await window.evaluate(() => typeof process === 'undefined')).toBe(true);

    const info = await window.evaluate(() => (window as unknown as { api: { appInfo(): Promise<unknown> } }).api.appInfo());
    expect(info).toMatchObject({ ok: true, data: { platform: expect.any(String) } });

    // The same renderer works inside Electron: a case is created and listed from app:// storage.
    await answerPassphraseScreens(window);
    await window.getByRole('button', { name: 'New case' }).click();
    await window.getByRole('dialog').getByLabel('Review name').fill('Child K');
    await window.getByRole('button', { name: 'Create case' }).click();
    await expect(window.locator('tr[data-case-row]').filter({ hasText: 'Child K' })).toHaveCount(1);
  } finally {
    await app.close();
  }
});

test('a renderer killed mid-typing loses at most the last second', async () => {
  const app = await launchOrSkip();
  if (!app) return;
  try {
    let window = await app.firstWindow();
    await answerPassphraseScreens(window);
    await window.getByRole('button', { name: 'New case' }).click();
    await window.getByRole('dialog').getByLabel('Review name').fill('Child R');
    await window.getByRole('button', { name: 'Create case' }).click();
    await window.locator('tr[data-case-row]').getByRole('link', { name: 'Child R' }).click();
    await window.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Report' }).click();
    await window.locator('.ProseMirror section[data-section-key="overview"] .report-section-body > *').last().click();
    await window.keyboard.type('Typed before the crash. ');
    await window.waitForTimeout(1_200);
    await window.keyboard.type('Typed just before.');
    // The renderer process dies; the app reloads it, as after a real crash.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.reload());
    window = await app.firstWindow();
    await answerPassphraseScreens(window);
    await expect(window.locator('.ProseMirror section[data-section-key="overview"]')).toContainText('Typed before the crash.');
  } finally {
    await app.close();
  }
});
