// Turns a Node file-system error into a sentence a reviewer can act on. The path is kept:
// it tells them which file or folder to look at.
export function describeFileError(error: unknown, filePath: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'ENOSPC':
      return `The disk is full: ${filePath} could not be written. Free some space and try again.`;
    case 'EDQUOT':
      return `Your disk quota is used up: ${filePath} could not be written.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: ${filePath}. The folder may be read-only, or the file open in another program.`;
    case 'EBUSY':
      return `The file is in use by another program: ${filePath}. Close it there and try again.`;
    case 'EROFS':
      return `The disk is read-only: ${filePath} could not be written.`;
    case 'ENOENT':
      return `The file or folder does not exist (it may have been moved, or a drive disconnected): ${filePath}`;
    case 'ENOTDIR':
      return `Part of this path is not a folder: ${filePath}`;
    case 'EISDIR':
      return `This is a folder, not a file: ${filePath}`;
    case 'ENAMETOOLONG':
      return `The file name or path is too long: ${filePath}`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many files are open; close some programs and try again: ${filePath}`;
    case 'EIO':
      return `The disk reported a read or write error: ${filePath}`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `${filePath}: ${message}`;
    }
  }
}
