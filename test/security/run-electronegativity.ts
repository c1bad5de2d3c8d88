// `npm run security:electron`: Doyensec's electronegativity (a static analyser for Electron apps)
// over the Electron code, fully offline. Exit 0 when no HIGH finding is left open, 1 when one is
// (a finding is open unless ACCEPTED below lists it), 2 when the scan itself cannot be trusted.
// `--fail-on medium` (or low, informational) lowers the bar: electronegativity rates only a few
// checks HIGH (contextIsolation, missing navigation limits); sandbox, webSecurity, CSP and
// permission handlers are MEDIUM.
//
// Offline: electronegativity 1.10.3 reaches the network in two places, with no option to turn
// either off. Every run (CLI or API) first fetches translations from an S3 bucket (locales/i18n.js),
// and AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub. So it is
// run in-process through its API: the translation loader is replaced by one that reads the bundled
// en-US file, that one check is excluded, its HTTP client (`got`) is replaced by a stub that
// refuses, and any TCP connection or DNS lookup is refused too. Any such attempt fails the run.
import dns from 'node:dns';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/** What is scanned: the main process, the preload, the page the window loads, and npm scripts. */
const SCANNED = ['src/main', 'src/preload', 'src/renderer/index.html', 'package.json'];

/** Downloads Electron's release list: cannot run offline (see the top of this file). */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
type Confidence = 'CERTAIN' | 'FIRM' | 'TENTATIVE';
const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

interface AcceptedFinding {
  check: string;
  /** Repository-relative path, as electronegativity reports it. */
  file: string;
  /** Severity and confidence must match too: a check that starts saying something worse is new. */
  severity: Severity;
  confidence: Confidence;
  reason: string;
}

// Each finding reviewed and accepted, with why. Matched by check + file (+ severity and
// confidence), never by line, so an edit elsewhere in the file does not reopen it.
const ACCEPTED: readonly AcceptedFinding[] = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'src/main/main-window.ts',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    reason:
      'A "review the preload" reminder, not a defect. Reviewed: src/preload/index.ts exposes through ' +
      'contextBridge only named verbs (saveFile, openTextFile, appInfo, writeBackup, listBackups, ' +
      'readBackup, and onBackupRequest, which takes one callback and answers main with a request ' +
      'number only), never ipcRenderer, an IPC event or a channel name; every main handler checks the ' +
      'sending frame is app://cspr-desk ' +
      '(security/is-trusted-sender.ts) and validates its argument (ipc/validate-ipc-requests.ts); the ' +
      'window is sandboxed with contextIsolation on and nodeIntegration off.',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'src/main/main-window.ts',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    reason:
      "Wants webPreferences.disableBlinkFeatures: 'Auxclick', but Chromium no longer has a runtime " +
      'feature of that name (auxclick is a standard, always-on event), so in Electron 45 the option ' +
      'would do nothing. The risk it names, a middle-click opening a link in a new window, is closed ' +
      "by setWindowOpenHandler(() => ({ action: 'deny' })) and the will-navigate / will-redirect " +
      "guards on every web contents (security/harden-web-contents.ts, installed on 'web-contents-created' " +
      'before any window exists).',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'src/renderer/index.html',
    severity: 'LOW',
    confidence: 'FIRM',
    reason:
      "\"Maybe weak\": csp-evaluator's only remark on the policy is that script-src 'self' can be " +
      "abused where an origin hosts JSONP, Angular or user-uploaded files. 'self' is app://cspr-desk, " +
      'which serves nothing but the built renderer (app-protocol.ts: GET only, no path traversal, no ' +
      'symlink escape); case files are read as data, never served. No other directive is flagged.',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'src/main/app-protocol.ts',
    severity: 'LOW',
    confidence: 'TENTATIVE',
    reason:
      '"Failed to parse CSP": the header value is the CONTENT_SECURITY_POLICY constant imported from ' +
      'security/content-security-policy.ts, which the check cannot follow across files. That policy is ' +
      "index.html's plus frame-ancestors 'none', pinned by test/unit/main/content-security-policy.test.ts; " +
      'harden-session.ts puts the same policy on every app:// response.',
  },
  {
    check: 'ELECTRON_VERSION_JSON_CHECK',
    file: 'package.json',
    severity: 'INFORMATIONAL',
    confidence: 'CERTAIN',
    reason:
      'Information only: it reports the Electron version (pinned exactly in devDependencies, where ' +
      'electron-vite apps keep it). Whether that release has known fixes would need the online ' +
      'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which is excluded here.',
  },
];

// Written into a scratch folder and scanned first: if electronegativity stops reporting these
// (a parser or loader change, say), a clean result would mean nothing, so the run fails instead.
// Type annotations on purpose, to prove the TypeScript parser is in use.
const CANARY_FILE = 'src/main/insecure-window.ts';
const CANARY_SOURCE = `import { BrowserWindow } from 'electron';

export function openInsecureWindow(url: string): BrowserWindow {
  const win: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
  void win.loadURL(url);
  return win;
}
`;
// (electronegativity rates an explicit nodeIntegration: true only INFORMATIONAL for Electron 5+;
// the HIGHs here are contextIsolation: false and the missing navigation guards.)
const CANARY_EXPECTED = ['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK'];

// --- electronegativity's API (it ships no types) ---

interface EngLevel {
  name: string;
  value: number;
}

interface EngIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: EngLevel;
  confidence: EngLevel;
  description: string;
  manualReview?: boolean;
}

interface EngResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: EngIssue[];
}

interface EngOptions {
  input: string;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  // The README calls it `electronVersion`; runner.js reads `electronVersionOverride`.
  electronVersionOverride: string;
  parserPlugins: string[];
}

type RunElectronegativity = (options: EngOptions, forCli: boolean) => Promise<EngResult>;

interface I18nLibrary {
  configure(options: Record<string, unknown>): void;
  setLocale(locale: string): void;
}

// --- offline guard ---

const networkAttempts: string[] = [];

class ScanError extends Error {}

function refuse(what: string): Error {
  networkAttempts.push(what);
  return new Error(`CSPR Desk's electronegativity run is offline: refused ${what}`);
}

/** Where a Socket#connect call is going, or undefined for a local (Unix socket / pipe) path. */
function connectTarget(args: unknown[]): string | undefined {
  // net.connect() hands Socket#connect its normalised arguments as one array.
  const first: unknown = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { path?: unknown; host?: unknown; port?: unknown };
    if (typeof options.path === 'string') return undefined;
    return `a connection to ${String(options.host ?? 'localhost')}:${String(options.port)}`;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined;
  return `a connection to ${String(args[1] ?? 'localhost')}:${String(first)}`;
}

function blockNetwork(): void {
  const socketPrototype = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => net.Socket };
  const originalConnect = socketPrototype.connect;
  socketPrototype.connect = function connect(this: net.Socket, ...args: unknown[]): net.Socket {
    const target = connectTarget(args);
    if (target === undefined) return originalConnect.apply(this, args);
    const error = refuse(target);
    process.nextTick(() => this.destroy(error));
    return this;
  };

  const dnsModule = dns as unknown as Record<string, unknown>;
  dnsModule.lookup = (hostname: unknown, ...rest: unknown[]) => {
    const callback = rest.at(-1);
    const error = refuse(`a DNS lookup of ${String(hostname)}`);
    if (typeof callback === 'function') process.nextTick(() => (callback as (error: Error) => void)(error));
  };
  const dnsPromises = dns.promises as unknown as Record<string, unknown>;
  dnsPromises.lookup = (hostname: unknown) => Promise.reject(refuse(`a DNS lookup of ${String(hostname)}`));
}

/** Puts `exports` in the CommonJS cache under `filename`, so require() returns it instead. */
function substituteModule(requireFn: NodeJS.Require, filename: string, exports: unknown): void {
  const substitute = new Module(filename);
  substitute.filename = filename;
  substitute.loaded = true;
  substitute.exports = exports;
  requireFn.cache[filename] = substitute;
}

function loadElectronegativity(): RunElectronegativity {
  const requireHere = createRequire(import.meta.url);
  const packageDir = dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const i18nModule = join(packageDir, 'dist/locales/i18n.js');
  const releasesCheck = join(packageDir, 'dist/finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js');
  for (const path of [i18nModule, releasesCheck, join(packageDir, 'dist/locales/en-US.json')]) {
    if (!existsSync(path)) throw new ScanError(`electronegativity's layout changed (no ${path}): review this script`);
  }

  // Its HTTP client, wherever it is resolved from: a stub that refuses every request.
  const refusingGot = Object.assign((url: unknown) => Promise.reject(refuse(`an HTTP request to ${String(url)}`)), {
    head: (url: unknown) => Promise.reject(refuse(`an HTTP request to ${String(url)}`)),
  });
  for (const from of [i18nModule, releasesCheck]) substituteModule(requireHere, createRequire(from).resolve('got'), refusingGot);

  // The translation loader, minus its download: the bundled English messages.
  const i18n = createRequire(i18nModule)('i18n') as I18nLibrary;
  substituteModule(requireHere, i18nModule, () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(i18nModule),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  });

  return requireHere(join(packageDir, 'dist/runner.js')) as RunElectronegativity;
}

// --- the scan ---

function electronVersion(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const range = manifest.dependencies?.electron ?? manifest.devDependencies?.electron ?? '';
  const version = /\d+\.\d+\.\d+/.exec(range)?.[0];
  if (version === undefined) throw new ScanError(`cannot read the Electron version from package.json ("${range}")`);
  return version;
}

async function scan(run: RunElectronegativity, input: string, version: string): Promise<EngResult> {
  const result = await run(
    {
      input,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
      isRelative: true,
      electronVersionOverride: version,
      parserPlugins: [],
    },
    false,
  );
  const broken = result.errors.filter((error) => !error.tolerable);
  if (broken.length > 0) {
    const list = broken.map((error) => `  ${relative(input, error.file)}: ${error.message}`).join('\n');
    throw new ScanError(`electronegativity could not parse some files, so it did not check them:\n${list}`);
  }
  if (networkAttempts.length > 0) throw new ScanError(`the scan tried to use the network: ${networkAttempts.join('; ')}`);
  for (const warning of result.errors) console.warn(`electronegativity warning: ${relative(input, warning.file)}: ${warning.message}`);
  return result;
}

function isAccepted(issue: EngIssue, entry: AcceptedFinding): boolean {
  return (
    issue.id === entry.check &&
    issue.file.split('\\').join('/') === entry.file &&
    issue.severity.name === entry.severity &&
    issue.confidence.name === entry.confidence
  );
}

function rank(issue: EngIssue): number {
  const index = SEVERITIES.indexOf(issue.severity.name as Severity);
  return index === -1 ? 0 : index; // an unknown severity counts as HIGH
}

/** Sorted findings, split into accepted and open; `failing` are the open ones at `failOn` or above. */
function classify(found: readonly EngIssue[], failOn: Severity) {
  const issues = [...found].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id) || a.file.localeCompare(b.file));
  const open = issues.filter((issue) => !ACCEPTED.some((entry) => isAccepted(issue, entry)));
  const accepted = issues.filter((issue) => !open.includes(issue));
  const failing = open.filter((issue) => rank(issue) <= SEVERITIES.indexOf(failOn));
  return { issues, open, accepted, failing };
}

function formatIssue(issue: EngIssue): string {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  return `${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(40)} ${where}`;
}

function countBySeverity(issues: readonly EngIssue[]): string {
  return SEVERITIES.map((severity) => `${severity.toLowerCase()} ${issues.filter((i) => i.severity.name === severity).length}`).join(', ');
}

function parseFailOn(argv: readonly string[]): Severity {
  const index = argv.indexOf('--fail-on');
  const value = (index === -1 ? 'high' : (argv[index + 1] ?? '')).toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new ScanError(`--fail-on takes one of: ${SEVERITIES.map((s) => s.toLowerCase()).join(', ')}`);
  }
  return value as Severity;
}

/** Copies `paths` into `scratch` (one folder, so the global checks see all of it) and counts the files electronegativity reads. */
function stage(scratch: string, paths: readonly string[]): number {
  for (const path of paths) {
    const from = join(repoRoot, path);
    if (!existsSync(from)) throw new ScanError(`${path} is missing: nothing to scan there`);
    cpSync(from, join(scratch, path), { recursive: true });
  }
  const files = readdirSync(scratch, { recursive: true, encoding: 'utf8' });
  return files.filter((file) => /\.(?:[jt]sx?|html?)$/.test(file) || file.endsWith('package.json')).length;
}

async function main(): Promise<number> {
  const failOn = parseFailOn(process.argv.slice(2));
  blockNetwork();
  const run = loadElectronegativity();
  const version = electronVersion();
  const scratch = mkdtempSync(join(tmpdir(), 'cspr-electronegativity-'));
  try {
    // 1. The canary: the analyser must still see an obviously insecure window.
    const canaryDir = join(scratch, 'canary');
    mkdirSync(dirname(join(canaryDir, CANARY_FILE)), { recursive: true });
    writeFileSync(join(canaryDir, CANARY_FILE), CANARY_SOURCE);
    const canary = await scan(run, canaryDir, version);
    const missed = CANARY_EXPECTED.filter((check) => !canary.issues.some((issue) => issue.id === check));
    if (missed.length > 0 || classify(canary.issues, 'HIGH').failing.length === 0) {
      throw new ScanError(
        `electronegativity no longer flags a deliberately insecure window (missed: ${missed.join(', ') || 'any HIGH finding'}): its result cannot be trusted`,
      );
    }

    // 2. The app.
    const appDir = join(scratch, 'app');
    const fileCount = stage(appDir, SCANNED);
    const result = await scan(run, appDir, version);

    const { issues, open, accepted, failing } = classify(result.issues, failOn);

    console.log(
      `electronegativity (Electron ${version}, offline): ${result.atomicChecks} atomic and ` +
        `${result.globalChecks} global checks over ${fileCount} files in ${SCANNED.join(', ')}; excluded: ${EXCLUDED_CHECKS.join(', ')}`,
    );
    console.log('severity      confidence check                                    where');
    for (const issue of open) {
      console.log(`${formatIssue(issue)}\n    ${issue.description}${issue.manualReview === true ? ' (manual review)' : ''}`);
    }
    // Why each is accepted is written in ACCEPTED above; the log only names them.
    for (const issue of accepted) console.log(`${formatIssue(issue)}  [accepted]`);
    for (const entry of ACCEPTED) {
      if (!issues.some((issue) => isAccepted(issue, entry))) {
        console.log(`note: accepted ${entry.check} in ${entry.file} no longer occurs: remove it from ACCEPTED`);
      }
    }

    const verdict = failing.length > 0 ? `FAIL: ${failing.length} open at ${failOn.toLowerCase()} or above` : 'pass';
    console.log(
      `Electronegativity: ${issues.length} findings (${countBySeverity(issues)}); ` +
        `${accepted.length} accepted, ${open.length} open (${countBySeverity(open)}): ${verdict}`,
    );
    return failing.length > 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const message = error instanceof ScanError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`Electronegativity: the scan did not complete: ${message}`);
    process.exitCode = 2;
  });
