// What was last backed up, per case: the SHA-256 of the case's serialised file. Kept in memory
// and in localStorage, so an unchanged case is not backed up again after a restart. A digest
// reveals nothing of the case (the file holds random ids, so it cannot be guessed back).

const prefix = 'cspr-desk:backup-digest:';

type DigestStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function browserStorage(): DigestStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class BackupDigests {
  private readonly memory = new Map<string, string>();
  private readonly storage: DigestStorage | null;

  constructor(storage: DigestStorage | null = browserStorage()) {
    this.storage = storage;
  }

  get(caseId: string): string | null {
    const known = this.memory.get(caseId);
    if (known !== undefined) return known;
    try {
      return this.storage?.getItem(prefix + caseId) ?? null;
    } catch {
      return null;
    }
  }

  set(caseId: string, digest: string): void {
    this.memory.set(caseId, digest);
    try {
      this.storage?.setItem(prefix + caseId, digest);
    } catch {
      // Storage full or disabled: memory is enough for this session.
    }
  }

  /** Forgets the cases no longer in the database. */
  retainOnly(caseIds: ReadonlySet<string>): void {
    for (const caseId of [...this.memory.keys()]) if (!caseIds.has(caseId)) this.memory.delete(caseId);
    const storage = this.storage;
    if (!storage) return;
    try {
      const stale: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(prefix) && !caseIds.has(key.slice(prefix.length))) stale.push(key);
      }
      for (const key of stale) storage.removeItem(key);
    } catch {
      // Nothing lost: a stale digest only names a case that no longer exists.
    }
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const safeCaseId = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The case's folder name among the backups: its id when that is a plain one (every id this app
 * makes is a UUID), otherwise "x-" and a digest of it, since main accepts only letters, digits and
 * hyphens (a case imported with its own id could have any).
 */
export async function backupCaseKey(caseId: string): Promise<string> {
  return safeCaseId.test(caseId) ? caseId : `x-${(await sha256Hex(caseId)).slice(0, 40)}`;
}
