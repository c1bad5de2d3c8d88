// What a command may do to the outside world, injected so commands are tested without a process.
// A read may throw Node's own error (ENOENT …): commands turn it into a sentence naming the file.
export interface CliIo {
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  /**
   * Writes a file whole (to a temporary name first, then renamed, so a failure leaves nothing
   * half-written), readable only by the user when new. Throws an error whose message is one sentence.
   */
  writeBytes?(path: string, bytes: Uint8Array): Promise<void>;
  /** The passphrase for encrypted case files, if one was given; null otherwise. */
  passphrase?(): Promise<string | null>;
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes shared by every command: 0 all good, 1 the input has problems, 2 the input could not be used at all. */
export const exitCodes = { ok: 0, problems: 1, badInput: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
