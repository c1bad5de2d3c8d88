import { unmarked } from './normalise-text';

// Given names and the short forms families and agencies write for them, in the naming traditions
// reviewers in England meet most. Each group reads both ways: a registered "Ibrahim" finds
// "Ibbi", a registered "Ibbi" finds "Ibrahim". Sources: the English groups follow the usual
// diminutives (as collected by the Old Dominion University nickname lookup, names.csv, trimmed to
// names in use in the UK); the others are family short forms in common use in British Arabic,
// Somali, Punjabi, Urdu, Bengali, Polish, Romanian and West African communities. No npm package
// carries such a table (checked: `nicknames`, `nickname` are random-name generators).

const english = `
lewis lew lewie lewy louie | louis lou louie | thomas tom tommy | samuel sam sammy | christopher chris kit |
christine chris chrissy | jordan jord jordy | megan meg | margaret maggie meg peggy | anita nita | chantelle chan shan chanty |
michael mike mikey mick | william will bill billy liam | robert rob bob bobby robbie | richard rich rick ricky dick |
james jim jimmy jamie | john johnny jack | joseph joe joey | daniel dan danny | matthew matt | nicholas nick nicky |
anthony tony | edward ed eddie ted | alexander alex sandy | alexandra alex lexi | benjamin ben benny |
charles charlie chas | charlotte charlie lottie | elizabeth liz lizzie beth betty eliza | katherine kate katie kathy kat |
catherine cath cathy kate katie | rebecca becky becca | jessica jess jessie | victoria vicky tori | jennifer jen jenny |
stephanie steph | stephen steve | steven steve | david dave davey | andrew andy drew | patrick pat paddy | patricia pat trish |
susan sue suzy | deborah debbie deb | kimberley kim | kimberly kim | nathan nate | nathaniel nate nat | gabriel gabe |
frederick fred freddie | harold harry | henry harry hal | oliver ollie | olivia liv livvy | isabella bella izzy |
isabelle izzy belle | amelia millie | emily em emmy | jacob jake | joshua josh | kerry kez | sharon shaz | karen kaz |
terence terry | raymond ray | ronald ron ronnie | donald don donny | leonard len lenny leo | abigail abby abi |
zachary zach zac | tyler ty | tyrese ty | tyrone ty | bradley brad | kieran kie | aleksander olek | gareth gaz |
darren daz | daniella dani | danielle dani | gemma gem | jacqueline jackie jacqui | jacqueline jax | josephine jo josie |
joanne jo jojo | leanne lea | louise lou | natalie nat | nicola nicky nic | samantha sam sammy | sarah sal | shannon shan |
stacey stace | teresa tess tessa | theresa tess tessa | vanessa ness | veronica ronnie | zoe zo | anthony ant |
antony ant | callum cal | connor con | declan dec | dominic dom | francesca fran frankie | frances fran frankie |
gregory greg | jonathan jon jonny | kenneth ken kenny | lawrence laurie larry | martin marty | nigel nige |
philip phil | phillip phil | timothy tim timmy | trevor trev | vincent vince vinny | wayne wayno | kayleigh kay |
kaylee kay | chelsea chels | courtney court | bethany beth | caitlin cait | georgina georgie gina | harriet hattie |
jasmine jas jazz | jasmin jas jazz | madison maddie | melissa mel | melanie mel | natasha tash tasha | penelope penny |
rosemary rosie | sophie soph | sophia soph | summer sum | tiffany tiff | whitney whit | delroy del | derek del | winston winnie | everton evvy`;

const arabicAndSomali = `
ibrahim ibbi ibby ibi ibo brahim | mohammed mo moe mohd hamoudi | muhammad mo moe mohd hamoudi | mohamed mo moe mohd |
mohammad mo moe mohd | abdullahi abdi | abdullah abdi | abdirahman abdi | abdulrahman abdi | abdikarim abdi |
abdulkadir abdi kadir | abdiqadir abdi qadir | abdulaziz aziz | khadija dija khadi deeja | khadijah dija khadi deeja |
fatima fati fatu tima | fatuma fati fatu | faduma fati fatu | aisha aish ashi | ayesha aish ashi | maryam mimi |
mariam mimi | yusuf yus | yousef yus | mustafa musti | mustapha musti | suleiman sully | sulaiman sully | zainab zainy |
halima hali | halimo hali | amina mina | aamina mina | hamza hamz | abdulahi abdi | ismail ismo`;

const southAsian = `
gurpreet preet guri | manpreet preet mani | harjit harj | harjeet harj | harpreet preet harp | jaspreet jas jassi jassy preet |
jaswinder jas jassi jassy | jaskaran jas jassi | jaskarn jas jassi | jasvinder jas jassi jassy | kuldeep kully | parminder pammi | paramjit pammi | sukhwinder sukhi sukh |
sukhjit sukhi sukh | sukhdeep sukhi | simran simmi simi simz | navdeep nav navi | navjot nav navi | navneet nav navi |
rajinder raj raju | rajesh raj raju | rajveer raj | balwinder bal bally | baljit bal bally | amandeep aman | amanpreet aman |
gurdeep guri gurj | gurjit guri gurj | gurinder guri gurj | sandeep sandy | ravinder ravi rav | tajinder taj taji |
kamaljit kam | rupinder rupi | priyanka priya pri | rukhsana rukhi roxy | ruksana rukhi roxy | roksana roxy | nazia naz |
naseem naz nas | nasreen naz nas | imran immi | zubair zubi | kashif kash | rizwan riz rizzy | tasleem tas | shahida shah`;

const europeanAndWestAfrican = `
aleksandra ola | katarzyna kasia | malgorzata gosia malgosia | agnieszka aga | wojciech wojtek | krzysztof krzys krzysiek |
piotr piotrek | tomasz tomek | jakub kuba | mateusz mati | zuzanna zuzia | joanna asia | magdalena madzia magda |
gheorghe ghita | ion ionut ionel nelu | alexandru sandu | constantin costel costi | vasile vasi | stefan fane fanel |
nicolae nicu | oluwaseun seun | oluwadamilare dami | olufunmilayo funmi | adebayo bayo | oluwatobi tobi | chukwuemeka emeka |
chinonso nonso | babajide jide | folasade sade | ayodele ayo |
bartlomiej bartek | przemyslaw przemek | grzegorz grzesiek | pawel pawelek | stanislaw staszek stas | wladyslaw wladek | jozef jozek |
slawomir slawek | miroslaw mirek | radoslaw radek | jaroslaw jarek | zbigniew zbyszek | dorota dorotka | elzbieta ela | barbara basia |
malgorzata gosia malgosia | anna ania | ewa ewka | lukasz lukas | maciej maciek | marcin marcinek | andrzej andrzejek jedrek |
oluwatobiloba tobi tobiloba oluwatobi | oluwadamilola dami damilola | oluwafunmilayo funmi | abimbola bimbo bimpe | adebimpe bimpe |
oluwakemi kemi | oluwabukola bukky bukola | oluwatoyin toyin | adebola bola | temitope tope | oluwatosin tosin | mobolaji bolaji |
oluwafemi femi | olufemi femi | ayodeji deji | adewale wale | babatunde tunde | oluwatimilehin timi | omolara lara | oluwakayode kayode |
chinedu nedu | chiamaka amaka | nnamdi nam | oluwaseyi seyi | adeyemi yemi | kwabena kobby | kwadwo kojo | akosua akos`;

// Irish and Welsh given names, their English forms and family short forms ("Tadhgeen", "little Tadhg"; "Dai" for Dafydd).
const irishAndWelsh = `
padraig patrick paddy packie | patrick padraig | bridget bridie bridgie biddy brigid | brigid bridie bridgie | tadhg teig teigue tadhgeen |
sean shaun shane | siobhan shiv | mairead maggie | maire maura moira | eibhlin eileen | caitriona catriona trina | cornelius con connie |
jeremiah jerry | dermot derm | seamus shay | eoin owen | ciaran kieran | donal donnie | sinead shinny | aoife eva | niamh neeve |
dafydd dai dave deio | david dai | gruffydd gruff | rhodri rhod | llywelyn llew | ioan ianto | gwenllian gwen | bethan beth | sioned sian |
joanna jo jojo | christina tina | martina tina | kristina tina | sylvester vester sly | winifred winnie`;

// Hebrew and Yiddish given names in Orthodox Jewish families: the Yiddish diminutives and the English names used beside them.
const hebrewAndYiddish = `
yitzchok itzik itzy yitzy isaac | yitzchak itzik itzy yitzy isaac | yitzhak itzik itzy yitzy isaac | shmuel shmuli shmiel samuel |
menachem mendy mendel | moshe moishe moishy | yosef yossi yossel | chaya chayele haya | chana hana | chaim haim | rivka rivky | yaakov yanky yankel |
avraham avi avrumi | miriam miri | devorah devory | esther esty | chaim hymie | dovid duvi | yehuda yidi | shlomo shloimy |
eliezer lazer | tzvi hershy | pinchas pinny | baruch bori | nechama nechy | gittel gitty | raizel raizy | yehudis judy | chaim hymie haim`;

// Slovak and Czech given names and their family forms (Slovak Roma families use them too), and Brazilian ones.
const slovakAndBrazilian = `
marek maros marecek | ladislav laco lacko | zuzana zuzka zuzanka | dominik domi dominko | dominika domi | jozef jozko jozo | jan janko |
peter peto | michal miso | tomas tomasko | martin mato | ivana ivka | jana janka | maria marka majka | katarina katka | eva evka | lucia lucka |
veronika veronka nika | renata renka | stefan stevo pista | frantisek fero | milan mino | juraj duro | vladimir vlado | marian majo | roman romo |
jose ze zezinho | joao joaozinho | junior juninho | antonio toninho tonho | francisco chico | luiz lula | luis lula | eduardo dudu | rodrigo digo |
gabriela gabi | fernanda nanda | mariana mari | leticia leti`;

const groups: string[][] = [english, arabicAndSomali, southAsian, europeanAndWestAfrican, irishAndWelsh, hebrewAndYiddish, slovakAndBrazilian]
  .join('|')
  .split('|')
  .map((group) => group.trim().split(/\s+/))
  .filter((group) => group.length > 1);

const byName = new Map<string, Set<string>>();
for (const group of groups)
  for (const name of group) {
    const others = byName.get(name) ?? new Set<string>();
    for (const other of group) if (other !== name) others.add(other);
    byName.set(name, others);
  }

/** Whether a word is a given name of the table ("Karen", "Halima"): a name among capitals in a heading. */
export function isKnownGivenName(word: string): boolean {
  return byName.has(word.toLowerCase());
}

/** The short forms (or full forms) of a given name, lower case and without accents; none for names not in the table. */
export function shortFormsOf(name: string): string[] {
  const plain = unmarked(name).toLowerCase();
  return [...(byName.get(plain) ?? [])];
}
