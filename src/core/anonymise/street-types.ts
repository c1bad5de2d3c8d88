// Street-type words and the abbreviations Royal Mail, councils and agencies write for them
// ("Rd", "Cres", "Gdns", "Terr", "Wk", "Bk"). Each way round: a registered "Mariner's Walk" is
// found as "Mariners Wk", a registered "14 Elm Cl" as "14 Elm Close".

export const streetTypes: Readonly<Record<string, readonly string[]>> = {
  road: ['rd'],
  street: ['st', 'str'],
  avenue: ['ave', 'av', 'avn'],
  close: ['cl', 'clo'],
  court: ['ct', 'crt'],
  crescent: ['cres', 'cresc', 'cr', 'crs'],
  drive: ['dr', 'drv'],
  gardens: ['gdns', 'gdn', 'gards'],
  grove: ['gr', 'gro', 'grv'],
  lane: ['la', 'ln'],
  parade: ['pde', 'prd'],
  place: ['pl'],
  square: ['sq'],
  terrace: ['terr', 'ter', 'tce', 'tc'],
  walk: ['wk', 'wlk'],
  bank: ['bk'],
  park: ['pk'],
  way: ['wy'],
  mews: ['ms'],
  hill: ['hl'],
  green: ['grn', 'gn'],
  heights: ['hts'],
  view: ['vw'],
  mount: ['mt'],
  wharf: ['whf'],
  yard: ['yd'],
  boulevard: ['blvd'],
  circus: ['circ'],
  esplanade: ['esp'],
  quay: ['qy'],
  embankment: ['emb'],
  approach: ['app', 'appr'],
  cottages: ['cotts'],
  estate: ['est'],
  fields: ['flds'],
  meadow: ['mdw'],
  meadows: ['mdws'],
  orchard: ['orch'],
  promenade: ['prom'],
  row: ['rw'],
  villas: ['vls'],
  gate: ['gt'],
  rise: ['ri'],
  // Fenland and rural roads.
  drove: ['dr', 'dro'],
  chase: ['ch'],
};

const fullOf = new Map<string, string>();
// The first street type to claim an abbreviation keeps it: "Dr" written alone is Drive, though a registered Drove is found as "Dr" too.
for (const [full, shorts] of Object.entries(streetTypes)) for (const short of shorts) if (!fullOf.has(short)) fullOf.set(short, full);

/** Every way of writing a street-type word: "walk" → walk, wk, wlk; "wk" → walk, wk, wlk. Empty when it is not one. */
export function streetTypeForms(word: string): string[] {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = streetTypes[lower] ? lower : fullOf.get(lower);
  return full ? [full, ...streetTypes[full]!] : [];
}
