// A realistic agency chronology as CSV, for benchmarks: n rows over six years, several agencies,
// some month-only dates, a multi-line field now and then.
const agencies = ['Police', 'Children’s Social Care', 'Health visiting', 'GP', 'School', 'Housing'];
const roles = ['Social worker', 'Health visitor', 'Response officer', 'Class teacher', 'GP', 'Housing officer'];
const events = [
  'Home visit; child seen, home conditions poor, mother says she is coping',
  'Strategy discussion held with police and health; agreed single-agency section 47 enquiry',
  'Missed health appointment; letter sent to offer another date',
  'Report of shouting at the address; officers attended, no offences disclosed',
  'School reports the child arrived hungry and in unwashed uniform',
  'Tenancy warning issued for rent arrears and complaints from neighbours',
];

export function generateChronologyCsv(rows: number): string {
  const lines = ['Date,Time,Agency,Source,Role,Event,Comment'];
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(Date.UTC(2018, 0, 1) + ((index * 7919) % 2190) * 86_400_000);
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    const date = index % 50 === 0 ? `${mm}/${day.getUTCFullYear()}` : `${dd}/${mm}/${day.getUTCFullYear()}`;
    const time = index % 3 === 0 && index % 50 !== 0 ? `${String(8 + (index % 10)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}` : '';
    const event = index % 97 === 0 ? `"${events[index % events.length]}.\nFollow-up note added later."` : events[index % events.length];
    lines.push(`${date},${time},${agencies[index % agencies.length]},Case record ${index},${roles[index % roles.length]},${event},Entry ${index}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
