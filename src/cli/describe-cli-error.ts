import { describeFileError } from '../main/files/describe-file-error';

function stringProperty(error: unknown, key: 'code' | 'path'): string | undefined {
  return typeof error === 'object' && error !== null && key in error ? String((error as Record<typeof key, unknown>)[key]) : undefined;
}

/**
 * One plain sentence for an error a command reports: a Node file error (it has a code, such as
 * ENOENT) in the app's own words naming the file, never Node's "ENOENT: no such file or
 * directory, open …"; any other error by its message, which our own code writes as a sentence.
 */
export function describeCliError(error: unknown, path?: string): string {
  const filePath = path ?? stringProperty(error, 'path');
  if (stringProperty(error, 'code') !== undefined && filePath !== undefined) return describeFileError(error, filePath);
  return error instanceof Error ? error.message : String(error);
}
