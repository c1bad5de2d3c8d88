import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { toIsoDate } from '../../core/dates/iso-date';

/** "14 February 2021, 10:42", in the reviewer's local time. */
export function formatBackupDate(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  const day = formatLongUkDate(toIsoDate(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()))));
  return `${day}, ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "820 bytes", "14 KB", "2.3 MB". */
export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
