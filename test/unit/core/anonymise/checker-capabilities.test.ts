import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/anonymise/anonymisation-checker';
import { parseRegisterCsv, type RegisteredIdentifier } from '../../../../src/core/anonymise/identifier-register';
import { soundsAlike, transliterationFolded } from '../../../../src/core/anonymise/name-variants';
import { shortFormsOf } from '../../../../src/core/anonymise/name-short-forms';
import { streetTypeForms } from '../../../../src/core/anonymise/street-types';

// The checker's reach beyond the register's exact words (issue 17): each class of variant and
// context, on names and places of its own (none of them from the annotated cases).

function register(csv: string): RegisteredIdentifier[] {
  const parsed = parseRegisterCsv(`kind,value,replacement,note\n${csv}`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.identifiers;
}
const check = (text: string, identifiers: RegisteredIdentifier[]) => checkText(text, { identifiers });
const found = (text: string, identifiers: RegisteredIdentifier[]) => check(text, identifiers).map((finding) => finding.text);

describe('a distinctive part of a registered school or organisation used alone', () => {
  const places = register(
    'school,Larkhill Community Primary School,the primary school,\nschool,St Bede\'s Catholic Primary,the primary school,\norganisation,Westbury General Hospital,the hospital,\norganisation,Al-Noor Masjid and Community Centre,the mosque,\norganisation,Kingfisher Youth Club,the youth club,\norganisation,Princess Matilda Hospital,the hospital,\naddress,"7 Ash Row, Westbury, WB1 1AA",the home,\n',
  );

  it('finds the one distinctive word, at a sentence start and in capitals, but not the ordinary word', () => {
    expect(found('Larkhill said. LARKHILL | Year 2. She walked up the larkhill path.', places)).toEqual(['Larkhill', 'LARKHILL']);
    const [finding] = check('Larkhill said.', places);
    expect(finding).toMatchObject({ replacement: 'the primary school', reason: 'part of the registered school name “Larkhill Community Primary School”' });
  });

  it('finds a saint’s school by the saint’s name, with or without the apostrophe, and an organisation by its initials', () => {
    expect(found('St Bede’s called; St Bedes and Saint Bede’s too. Seen at WGH.', places)).toEqual(['St Bede’s', 'St Bedes', 'Saint Bede’s', 'WGH']);
  });

  it('finds an article-prefixed name however it is written, the rest by initials, and a royal name with “the”', () => {
    expect(found('Al-Noor, Al Noor and Alnoor. Kingfisher YC. Taken to the Matilda.', places)).toEqual([
      'Al-Noor',
      'Al Noor',
      'Alnoor',
      'Kingfisher YC',
      'the Matilda',
    ]);
  });

  it('leaves the partnership’s own area alone, and the word naming the area rather than the school', () => {
    expect(checkText('Westbury is a market town.', { identifiers: places, partnership: 'the Westbury Safeguarding Children Partnership' })).toEqual([]);
    expect(checkText('Westbury is a market town.', { identifiers: places, partnership: 'Westbury Children’s Safeguarding Partnership' })).toEqual([]);
    // Not the partnership's: the town of a registered address is found alone.
    expect(found('Westbury is a market town.', places)).toEqual(['Westbury']);
    expect(found('the Larkhill partnership', register('school,Larkhill Community Primary School,the primary school,\n'))).toEqual([]);
  });
});

describe('street types written another way', () => {
  it('knows the Royal Mail abbreviations both ways', () => {
    expect(streetTypeForms('Gardens')).toEqual(['gardens', 'gdns', 'gdn', 'gards']);
    expect(streetTypeForms('Wk')).toEqual(['walk', 'wk', 'wlk']);
    expect(streetTypeForms('Elm')).toEqual([]);
  });

  it('finds a registered address with its street type abbreviated, with or without the number, without the apostrophe, and a district of the town', () => {
    const homes = register(
      'address,"Flat 2, 9 Heron\'s Walk, Oakdene, Westbury, WB2 3CD",the home,\naddress,"Flat 5, Swallow Court, Martin Square, Westbury, WB3 4EF",the flat,\n',
    );
    expect(found('9 Herons Wk; Heron’s Wlk; Swallow Ct, Martin Sq; moved from Oakdene to Westbury.', homes)).toEqual([
      '9 Herons Wk',
      'Heron’s Wlk',
      'Swallow Ct, Martin Sq',
      'Oakdene',
      'Westbury',
    ]);
  });
});

describe('names from other naming traditions', () => {
  const family = register(
    "person,Yahya Abdirahman Mohamud,Child Y,\nperson,Hamida al-Tamimi,Mother,\nperson,Manjeet Kaur Sandhu,Aunt,\nperson,Ibrahim Noor,Uncle,\nperson,Ra'uf Haddad,Interpreter 1,\n",
  );

  it('finds transliterations and sound-alikes by Double Metaphone, close in letters too', () => {
    expect(found('Yahia, Yehya, Hamidah, Hameeda, Manjit, Sandu. Maxamuud.', family)).toEqual([
      'Yahia',
      'Yehya',
      'Hamidah',
      'Hameeda',
      'Manjit',
      'Sandu',
      'Maxamuud',
    ]);
    const [finding] = check('Manjit came.', family);
    expect(finding).toMatchObject({ rule: 'sounds-like', reason: 'sounds like “Manjeet”', replacement: 'Aunt' });
    expect(soundsAlike('ionut', 'anita')).toBe(false);
    expect(transliterationFolded('Cabdiraxmaan')).toBe(transliterationFolded('Abdirahman'));
  });

  it('finds an article-prefixed surname in every usual form, and the surname alone', () => {
    expect(found('al-Tamimi, Al Tamimi, Altamimi, El-Tamimi and Tamimi.', family)).toEqual(['al-Tamimi', 'Al Tamimi', 'Altamimi', 'El-Tamimi', 'Tamimi']);
    expect(check('Altamimi', family)[0]).toMatchObject({ rule: 'article-variant', reason: 'another way of writing “al-Tamimi”' });
  });

  it('finds family short forms from the table, a name written without its apostrophe, and never a one- or two-letter part alone', () => {
    expect(shortFormsOf('Ibrahim')).toContain('ibbi');
    expect(found('Ibbi and Rauf came; Al said hello; et al.', [...family, ...register('person,Al Bennett,Neighbour,\n')])).toEqual(['Ibbi', 'Rauf']);
    expect(check('Ibbi', family)[0]).toMatchObject({ rule: 'nickname', reason: 'short form of “Ibrahim”' });
  });
});

describe('initials of registered people', () => {
  const people = register('person,Jodie Marsh,Mother,\nperson,Harvey Grant-Lyle,Child H,\nperson,Dana Ali,Social Worker 1,\n');

  it('finds initials as records write them, where they stand as a name', () => {
    expect(found('J.D. no; J.M. rang, JM said, J M left. HGL and H.G.L. too.', people)).toEqual(['J.M.', 'JM', 'J M', 'HGL', 'H.G.L.']);
  });

  it('never inside words, in lower case, or where the letters are a report’s acronym', () => {
    // Dana Ali is "DA", which is also domestic abuse.
    expect(found('jm, JMX, DA and D.A. concerns; the DA was discussed.', people)).toEqual([]);
  });
});

describe('Unicode forms', () => {
  const people = register('person,Zoë Fenwick,Social Worker 1,\nperson,Ștefan Ionescu,Mother’s partner,\n');

  it('finds decomposed text and look-alike letters, each span ending after its accent', () => {
    const decomposed = 'Zoe\u0308 called; Zoe\u0308 Fenwick visited.';
    const findings = check(decomposed, people);
    expect(findings.map((finding) => finding.text)).toEqual(['Zoe\u0308', 'Zoe\u0308 Fenwick']);
    // A replacement over the span leaves no stray combining mark.
    const replaced = findings.reduceRight((text, finding) => text.slice(0, finding.start) + finding.replacement + text.slice(finding.end), decomposed);
    expect(replaced).toBe('Social Worker 1 called; Social Worker 1 visited.');
    expect(found('Ştefan (cedilla), Stefan, S\u0326tefan.', people)).toEqual(['Ştefan', 'Stefan', 'S\u0326tefan']);
  });
});

describe('registered names that are also places, clubs, charities or words', () => {
  const people = register(
    'person,Georgia Pell,Aunt,\nperson,Kent Marlow,Grandfather,\nperson,Everton Hale,Stepfather,\nperson,Faith Oduya,Health Visitor 2,\nperson,Medina Yusuf,Grandmother,\n',
  );

  it('is not the person in its other sense', () => {
    expect(
      found(
        'She lived in Georgia. Kent Police and Kent County Council. The Kent custody record. He supports Everton. The charity Faith in Families helped. Faith communities matter. A trip to Mecca and Medina. The A2 to Kent.',
        people,
      ),
    ).toEqual([]);
  });

  it('is still the person where it is', () => {
    expect(found('Georgia said that Kent had called. Everton left. Faith visited. Medina cooked.', people)).toEqual([
      'Georgia',
      'Kent',
      'Everton',
      'Faith',
      'Medina',
    ]);
  });
});

describe('unregistered identifiers', () => {
  it('finds businesses by their trade, named buildings, prisons, religious and community titles, and handles', () => {
    expect(
      found(
        'Fares from Castle Cabs; pills from Bridge Street Pharmacy; washing at Northgate Launderette; a flat in Kestrel Heights; a visit to HMP Stonebridge. Rabbi Eli Stern, Reverend Ann Boyd, Pastor John Mensah, Sheikh Omar Khalil and Councillor Jean Platt. Messages from @kez.x99 and an email to kez@example.org.',
        [],
      ),
    ).toEqual([
      'Castle Cabs',
      'Bridge Street Pharmacy',
      'Northgate Launderette',
      'Kestrel Heights',
      'HMP Stonebridge',
      'Rabbi Eli Stern',
      'Reverend Ann Boyd',
      'Pastor John Mensah',
      'Sheikh Omar Khalil',
      'Councillor Jean Platt',
      '@kez.x99',
      'kez@example.org',
    ]);
  });

  it('finds untitled names in the cells of a pasted table and among capitals, but not roles or agencies', () => {
    const table = 'Date\tAgency\tPractitioner\tEvent\n03/05/2023\tPolice\tRobert Fenn\tHome visit\n04/05/2023\tHealth Visiting\tHealth Visitor\tCall\n';
    expect(found(table, []).filter((text) => !/\d/.test(text))).toEqual(['Robert Fenn']);
    expect(found('Role | Agency | Name\nTeacher | School | Amira Saleh\n', [])).toEqual(['Amira Saleh']);
    expect(found('NOTES OF A CONVERSATION WITH KAREN TILLY\nKEY PRACTICE EPISODE ONE', [])).toEqual(['KAREN TILLY']);
  });

  it('leaves courts and national bodies alone', () => {
    expect(found('The Family Court and the Crown Court; the Youth Court.', [])).toEqual([]);
  });
});

describe('what a held-out case taught (second round of issue 17)', () => {
  it('finds the first word of a school, nursery or church alone, and St names with or without the dot and apostrophe', () => {
    const places = register(
      "school,Hollinsgate Day Nursery,the nursery,\nschool,St Aidan's CofE Primary School,the primary school,\norganisation,Bethesda Covenant Church,the church,\norganisation,Queen Hildegard University Hospital,the hospital,\n",
    );
    expect(found('Hollinsgate rang; HOLLINSGATE staff; St. Aidans and St Aidan’s; Bethesda members; the Queen visited.', places)).toEqual([
      'Hollinsgate',
      'HOLLINSGATE',
      'St. Aidans',
      'St Aidan’s',
      'Bethesda',
    ]);
    expect(check('Bethesda members', places)[0]?.reason).toBe('part of the registered organisation name “Bethesda Covenant Church”');
  });

  it('reads letters with a stroke as their plain letter, and a name as it is said in English spelling', () => {
    const family = register('person,Wiesława Żmijewska,Grandmother,\nperson,Bolesław Szczęsny,Lodger,\n');
    expect(found('Wieslawa; Zmijewska; Zhmiyevska; Shchensny.', family)).toEqual(['Wieslawa', 'Zmijewska', 'Zhmiyevska', 'Shchensny']);
    expect(check('Shchensny', family)[0]?.reason).toBe('sounds like “Szczęsny”');
  });

  it('knows the short forms of middle names, Polish and Yoruba diminutives, and a Yoruba name without its Oluwa-', () => {
    const family = register('person,Grace Adebimpe Ogunleye,Aunt,\nperson,Oluwakorede Ajala,Child K,\nperson,Przemysław Nowicki,Uncle,\n');
    expect(found('Bimpe came; Korede cried; Przemek called.', family)).toEqual(['Bimpe', 'Korede', 'Przemek']);
    expect(check('Korede cried', family)[0]?.reason).toBe('“Oluwakorede” without its “Oluwa”');
  });

  it('finds a reference with its year shortened, and a number plate spaced after its letters', () => {
    const references = register('other,SC/2024/556102,,social care reference\n');
    expect(found('Referral SC/24/556102 was closed.', references)).toEqual(['SC/24/556102']);
    expect(found('A white van, BX 22 KLM, was seen.', [])).toEqual(['BX 22 KLM']);
  });

  it('finds more trades and church titles, but not the Prophet of Islam or a national body', () => {
    expect(
      found(
        'Kestrel Cleaning Services, Amara Hair & Beauty, Wisla Polish Deli and Falcon Minicabs. Prophet Daniel Oyelaran led it; the Prophet Muhammad was quoted. The Royal College of Nursing wrote.',
        [],
      ),
    ).toEqual(['Kestrel Cleaning Services', 'Amara Hair & Beauty', 'Wisla Polish Deli', 'Falcon Minicabs', 'Prophet Daniel Oyelaran']);
  });

  it('leaves a registered surname alone where it names a foundation or a trust', () => {
    expect(found('The Harrowby Foundation funds it; Mrs Harrowby said.', register('person,June Harrowby,Neighbour,\n'))).toEqual(['Mrs Harrowby']);
  });
});

describe('what three more held-out cases taught (third round of issue 17)', () => {
  it('finds places named like streets, kinds of place named first, "the" names with their article, joined and leading words', () => {
    const places = register(
      'place,Gorse End Lane,the camp,\nplace,Saltmarsh Drain,the dyke,\nschool,Ysgol Bryn Celyn,the Welsh school,\nschool,The Anchor Learning Centre,the alternative provision,\nschool,Holme Lea Primary School,the primary school,\norganisation,Safe Harbour Women Aid,the charity,\naddress,"Ty Gwyn, Felindre-y-Cwm, SY9 9ZZ",the grandmother’s home,\n',
    );
    expect(
      found('Gorse End Ln; Gorse End; Saltmarsh; Bryn Celyn; at the Anchor; THE ANCHOR; an anchor; Holmelea; Safe Harbour; Felindre; a safe harbour.', places),
    ).toEqual(['Gorse End Ln', 'Gorse End', 'Saltmarsh', 'Bryn Celyn', 'the Anchor', 'THE ANCHOR', 'Holmelea', 'Safe Harbour', 'Felindre']);
  });

  it('finds initials with a surname’s particle, short forms with accents, and variants in capitals', () => {
    const family = register('person,Ciarán Ó Floinn,Father,\nperson,Patrick Joyce,Uncle,\nperson,Zabihullah Ahmadzai,Lodger,\n');
    expect(found('COF; Pádraig; AHMADZAY; CAMHS.', family)).toEqual(['COF', 'Pádraig', 'AHMADZAY']);
  });

  it('leaves saints’ days, rivers, counties, brands and hills alone, and devotional prefixes nobody is called by', () => {
    const family = register(
      'person,Brigid Kerry Ward,Mother,\nperson,Dee Lewis,Aunt,\nperson,Paddy Halifax,Uncle,\nperson,Mohammed Abdul Karim,Father,\nperson,Mohammed Hassan,Cousin,\norganisation,Pennine Vale Hospital,the hospital,\n',
    );
    expect(
      found(
        'St Brigid’s Day in County Kerry; the River Dee; a John Lewis voucher; a Halifax account; Paddy Power; the Pennines. Abdul and Karim; Mohammed said.',
        family,
      ),
    ).toEqual(['Karim', 'Mohammed']);
    expect(check('Mohammed said.', family)[0]?.candidates).toBeUndefined();
  });

  it('finds user names without an @, Irish plates, bracketed area codes, and more trades and titles, but not an Act', () => {
    expect(
      found(
        'Messages from night_fox22 and to Kestrel_Boy; plate 11-KY-2034; call (01632) 960 777. Fenmere Farm, Ashby Metals, Corner Food & Wine and Mamosta Aram Salih. The Mobile Homes Act 1983 applies.',
        [],
      ),
    ).toEqual(['night_fox22', 'Kestrel_Boy', '11-KY-2034', '(01632) 960 777', 'Fenmere Farm', 'Ashby Metals', 'Corner Food & Wine', 'Mamosta Aram Salih']);
  });

  it('finds a short form written as it sounds, but not an ordinary word that only sounds like it', () => {
    const family = register('person,Bethan Rees,Aunt,\nperson,Oluwadamilare Okon,Uncle,\n');
    expect(found('Dammi came. Both spoke. Bethy rang.', family)).toEqual(['Dammi', 'Bethy']);
    expect(check('Dammie came.', family)[0]?.reason).toBe('sounds like “Dami”');
  });

  it('finds a surname with its particle written by ear, and a McName spelt another way', () => {
    const family = register('person,Ciarán Ó Floinn,Father,\nperson,Nora McDonagh,Grandmother,\n');
    expect(found('O’Flynn rang; McDonough came; Ó Floinn wrote; O Floinn too.', family)).toEqual(['O’Flynn', 'McDonough', 'Ó Floinn', 'O Floinn']);
    expect(check('McDonough came', family)[0]?.reason).toBe('sounds like “McDonagh”');
  });

  it('finds an unregistered given name and surname in prose, but not a street, an airport or a brand', () => {
    // The road is a finding as a street; none of the three is taken for a person.
    const text = 'She stayed with Tyler Marsden. They drove down Victoria Road to Shannon Airport and bet on Paddy Power.';
    expect(check(text, []).map((finding) => [finding.text, finding.rule])).toEqual([
      ['Tyler Marsden', 'name-in-prose'],
      ['Victoria Road', 'named-place'],
    ]);
  });

  it('finds a distinctive word of an organisation typed with a slip, Bengali spellings of one surname, and a place before “area”', () => {
    const register1 = register(
      'organisation,Caerwen Refugee Support,the charity,\nperson,Rahim Chowdhury,Uncle,\nplace,Millfold estate,the estate,\nschool,Kingsmere Primary School,the school,\n',
    );
    expect(found('Caerwn helped; Chaudhuri came; the Millfolds area; the Kingsmere area.', register1)).toEqual(['Caerwn', 'Chaudhuri', 'Millfolds']);
    expect(check('Caerwn helped', register1)[0]).toMatchObject({ category: 'organisation', reason: 'one letter from “Caerwen”', replacement: 'the charity' });
  });
});

describe('what a fourth held-out case taught (case-w)', () => {
  it('finds Hebrew and Yiddish names however they are written in English, and their diminutives', () => {
    const family = register('person,Yitzchok Mendel Weisz,Child W,\nperson,Chaya Weisz,Mother,\nperson,Menachem Kahan,Uncle,\n');
    expect(found('Yitzhak; Itzchak; Itzy; Haya; Mendy came; Cheung stayed.', family)).toEqual(['Yitzhak', 'Itzchak', 'Itzy', 'Haya', 'Mendy']);
  });

  it('finds places named by their kind first, but not the kind said twice, a national chain, a compound or a public figure', () => {
    const family = register('person,Winnie Chow,Neighbour,\nperson,Rachel Stein,Aunt,\n');
    expect(
      found(
        'The Kehillas Beis Shalom and Chevra Ezra helped; prayers at the Jamia Masjid; pills from Lloyds Pharmacy; a Winnie-the-Pooh book; Dame Rachel de Souza said so.',
        family,
      ),
    ).toEqual(['Kehillas Beis Shalom', 'Chevra Ezra']);
  });

  it('finds a school by its name after Talmud Torah', () => {
    expect(found('He left Bnei Menachem in May.', register('school,Talmud Torah Bnei Menachem,the school,\n'))).toEqual(['Bnei Menachem']);
  });
});

describe('what a fifth held-out case taught (case-x)', () => {
  it('finds a two-letter name part with an accent alone, Slovak and Brazilian family forms, and a church named after Igreja', () => {
    const family = register(
      'person,Zé Roberto Lima,Partner,\nperson,Marek Baláž,Uncle,\nperson,Zuzana Balážová,Mother,\norganisation,Igreja Evangélica Rio de Luz,the church,\n',
    );
    expect(found('Zé rang; Jo rang; Maroš came; Zuzka cried; Rio de Luz members helped.', family)).toEqual(['Zé', 'Maroš', 'Zuzka', 'Rio de Luz']);
  });

  it('finds a phone number with 0044 before it, and leaves festivals named with names alone', () => {
    expect(found('Call 0044 7700 900321.', [])).toEqual(['0044 7700 900321']);
    expect(found('At the Festa Junina and on Dia de Reis; Reis came.', register('person,Ana dos Reis,Aunt,\n'))).toEqual(['Reis']);
  });

  it('leaves a name alone only inside the brand, festival or public figure, not beside one', () => {
    const family = register('person,Dee Lewis,Aunt,\nperson,Rachel Okon,Mother,\n');
    expect(found('A John Lewis voucher; Lewis came. Dame Rachel de Souza spoke; Rachel listened.', family)).toEqual(['Lewis', 'Rachel']);
  });
});
