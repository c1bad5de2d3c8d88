import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import { toIsoDate } from '../../../core/dates/iso-date';

/** "14 February 2021 at 09:05", in the reviewer's local time. */
export function formatUkTimestamp(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  const local = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${formatLongUkDate(toIsoDate(local))} at ${time}`;
}
