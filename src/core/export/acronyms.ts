// Acronyms common in child safeguarding reports, for the glossary appendix. Only those the
// report uses are listed. Ambiguous ones (ICO: Interim Care Order or Information Commissioner's
// Office) are left out rather than guessed.
export const safeguardingAcronyms: Readonly<Record<string, string>> = {
  'A&E': 'Accident and Emergency department',
  ABE: 'Achieving Best Evidence (video-recorded interview)',
  ACEs: 'Adverse Childhood Experiences',
  CAFCASS: 'Children and Family Court Advisory and Support Service',
  CAMHS: 'Child and Adolescent Mental Health Services',
  CCE: 'Child criminal exploitation',
  CDOP: 'Child Death Overview Panel',
  CIN: 'Child in Need',
  CLA: 'Child looked after',
  LAC: 'Looked-after child',
  CME: 'Child missing education',
  CP: 'Child protection',
  CPP: 'Child protection plan',
  CPIS: 'Child Protection – Information Sharing',
  CSA: 'Child sexual abuse',
  CSC: 'Children’s social care',
  CSE: 'Child sexual exploitation',
  CSPR: 'Child Safeguarding Practice Review',
  LCSPR: 'Local Child Safeguarding Practice Review',
  DA: 'Domestic abuse',
  DASH: 'Domestic Abuse, Stalking and Harassment risk assessment',
  DSL: 'Designated safeguarding lead',
  ED: 'Emergency department',
  EHA: 'Early help assessment',
  EHCP: 'Education, health and care plan',
  EHE: 'Elective home education',
  EPO: 'Emergency protection order',
  FGC: 'Family group conference',
  FII: 'Fabricated or induced illness',
  GP: 'General practitioner',
  HV: 'Health visitor',
  ICB: 'Integrated care board',
  ICPC: 'Initial child protection conference',
  IDVA: 'Independent domestic violence adviser',
  IRO: 'Independent reviewing officer',
  LADO: 'Local authority designated officer',
  MARAC: 'Multi-agency risk assessment conference',
  MASH: 'Multi-Agency Safeguarding Hub',
  MAPPA: 'Multi-agency public protection arrangements',
  NAI: 'Non-accidental injury',
  NFA: 'No further action',
  NHS: 'National Health Service',
  NRM: 'National Referral Mechanism (modern slavery)',
  PCSO: 'Police community support officer',
  SENCO: 'Special educational needs co-ordinator',
  YJS: 'Youth justice service',
  UK: 'United Kingdom',
  PLO: 'Public Law Outline',
  RCPC: 'Review child protection conference',
  s17: 'Section 17 of the Children Act 1989 (child in need)',
  s20: 'Section 20 of the Children Act 1989 (accommodation by agreement)',
  s47: 'Section 47 of the Children Act 1989 (child protection enquiry)',
  SCR: 'Serious case review',
  SEND: 'Special educational needs and disabilities',
  SGO: 'Special guardianship order',
  SUDI: 'Sudden unexpected death in infancy',
  SW: 'Social worker',
  TAF: 'Team around the family',
  YOT: 'Youth offending team',
};

/** The acronyms a text uses, in alphabetical order, with their meanings. */
export function acronymsUsed(text: string, acronyms: Readonly<Record<string, string>> = safeguardingAcronyms): [string, string][] {
  return Object.entries(acronyms)
    .filter(([acronym]) => new RegExp(`(?<![\\p{L}\\p{N}&])${acronym}(?![\\p{L}\\p{N}&])`, 'u').test(text))
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

/**
 * Acronyms the report defines itself, as reports do on first use: "Team Around the Family (TAF)",
 * "Kingsmere Early Help Hub (KEHH)". These are the case's own, added to the built-in list.
 */
export function acronymsDefinedIn(text: string): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const match of text.matchAll(/((?:[A-Z][\p{L}’'-]*)(?:\s+(?:and|of|for|the|in|on|to|[A-Z][\p{L}’'-]*)){1,7})\s+\(([A-Z][A-Za-z&]{1,7})\)/gu)) {
    const [, meaning, acronym] = match as unknown as [string, string, string];
    // The capitals of the meaning must spell the acronym (allowing small words), or it is not a definition.
    const words = meaning.split(/\s+/);
    const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
    // The longest run of words, ending at the bracket, whose capitals spell the acronym.
    for (let start = 0; start < words.length; start += 1) {
      const run = words.slice(start);
      const capitals = run
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word[0])
        .join('');
      if (/^[A-Z]/.test(run[0]!) && capitals === letters) {
        defined[acronym] = run.join(' ');
        break;
      }
    }
  }
  return defined;
}

/**
 * Acronyms a text uses that neither the built-in list nor the text itself explains ("KEHH" with no
 * "Kingsmere Early Help Hub (KEHH)"), each with the first place it is used. Words in capitals in a
 * run of three or more (a heading or a pasted record shouting) are not taken for acronyms.
 */
export function unexplainedAcronyms<Where>(
  texts: readonly { text: string; where: Where }[],
  known: Readonly<Record<string, string>>,
): { acronym: string; where: Where }[] {
  const found = new Map<string, Where>();
  const knownUpper = new Set(Object.keys(known).map((acronym) => acronym.toUpperCase()));
  for (const { text, where } of texts) {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}&'’-])([A-Z]{2,6})s?(?![\p{L}\p{N}&'’-])/gu)) {
      const acronym = match[1]!;
      if (knownUpper.has(acronym) || found.has(acronym) || romanNumerals.has(acronym)) continue;
      const around = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
      // Part of a reference, a plate or a postcode ("KM/19/221876", "KM68 XRT"): an identifier, which the anonymisation check reads.
      const before = text.slice(Math.max(0, match.index - 6), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
      if (shouted(around) || /[\d/]\s?$/.test(before) || /^\s?[\d/]/.test(after)) continue;
      found.set(acronym, where);
    }
  }
  return [...found].map(([acronym, where]) => ({ acronym, where }));
}
const romanNumerals = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);
/** Three words in capitals in a row: a heading or a pasted record, not an acronym in prose. */
const shouted = (text: string) => /\b[A-Z]{2,}\b[\s,:;.-]+\b[A-Z]{2,}\b[\s,:;.-]+\b[A-Z]{2,}\b/.test(text);
