/**
 * Option texts that reveal what a select, radio group or checkbox group is
 * for. The lists are samples, enough to recognise a list but not to read
 * values, because reading values belongs to the fill step and its code lists.
 */

/** First words of options that only prompt for a choice. */
// prettier-ignore
export const PROMPT_OPTIONS = [
  'select', 'choose', 'please', 'seleziona', 'selezionare', 'scegli', 'bitte', 'auswählen',
  'wählen', 'wybierz', 'choisir', 'choisissez', 'sélectionner', 'seleccione', 'seleccionar',
  'elija', 'selecione', 'escolha', 'izvēlieties', 'agħżel', 'изберете',
];

// prettier-ignore
export const SEX_OPTIONS = [
  'male', 'female', 'man', 'woman', 'boy', 'girl', 'maschio', 'femmina', 'maschile',
  'femminile', 'uomo', 'donna', 'männlich', 'weiblich', 'mann', 'frau', 'junge', 'mädchen',
  'mężczyzna', 'kobieta', 'męska', 'żeńska', 'chłopiec', 'dziewczynka', 'homme', 'femme',
  'masculin', 'féminin', 'garçon', 'fille', 'hombre', 'mujer', 'masculino', 'femenino',
  'feminino', 'niño', 'niña', 'rapaz', 'rapariga', 'vīrietis', 'sieviete', 'zēns', 'meitene',
  'raġel', 'mara', 'tifel', 'tifla', 'мъж', 'жена', 'мъжки', 'женски', 'момче', 'момиче',
];

/** Colour words used for both eyes and hair. */
// prettier-ignore
export const COLOUR_OPTIONS = [
  'black', 'blue', 'brown', 'green', 'grey', 'gray', 'nero', 'neri', 'azzurro', 'azzurri',
  'blu', 'castano', 'castani', 'marrone', 'marroni', 'verde', 'verdi', 'grigio', 'grigi',
  'schwarz', 'blau', 'braun', 'grün', 'grau', 'czarny', 'czarne', 'niebieskie', 'brązowy',
  'brązowe', 'zielone', 'szary', 'szare', 'noir', 'noirs', 'bleu', 'bleus', 'marron', 'brun',
  'bruns', 'vert', 'verts', 'gris', 'negro', 'azul', 'azules', 'marrón', 'castaño', 'preto',
  'castanho', 'cinzento', 'melns', 'melnas', 'zils', 'zilas', 'brūns', 'brūnas', 'zaļas',
  'pelēks', 'pelēkas', 'iswed', 'ikħal', 'kannella', 'aħdar', 'griż', 'черен', 'черни', 'син',
  'сини', 'кафяв', 'кафяви', 'зелен', 'зелени', 'сив', 'сиви',
];

// prettier-ignore
export const HAIR_ONLY_OPTIONS = [
  'blond', 'blonde', 'bald', 'red', 'auburn', 'white', 'sandy', 'biondo', 'biondi', 'calvo',
  'rosso', 'rossi', 'bianco', 'bianchi', 'glatze', 'rot', 'weiß', 'blondyn', 'łysy', 'rudy',
  'rude', 'biały', 'siwy', 'siwe', 'chauve', 'roux', 'blanc', 'blancs', 'rubio', 'pelirrojo',
  'blanco', 'canoso', 'louro', 'loiro', 'careca', 'ruivo', 'branco', 'gaiši', 'sirmi', 'rudi',
  'qargħi', 'aħmar', 'abjad', 'рус', 'руса', 'плешив', 'червен', 'бял', 'побелял',
];

// prettier-ignore
export const EYE_ONLY_OPTIONS = [
  'hazel', 'multicoloured', 'multicolored', 'heterochromia', 'nocciola', 'eterocromia',
  'haselnussbraun', 'nussbraun', 'zweifarbig', 'piwne', 'noisette', 'vairons', 'avellana',
  'avelã', 'lazda', 'ċangarija', 'лешникови',
];

/** NCIC colour codes shared by the eye and hair lists. */
export const SHARED_COLOUR_CODES = ['BLK', 'BLU', 'BRO', 'GRN', 'GRY', 'PNK'];

/** NCIC codes that occur only in the eye list or only in the hair list. */
export const EYE_ONLY_CODES = ['HAZ', 'MAR', 'MUL'];
export const HAIR_ONLY_CODES = ['BAL', 'BLN', 'ONG', 'PLE', 'RED', 'SDY', 'STR', 'WHI', 'WHT'];

// prettier-ignore
export const ACTION_OPTIONS = [
  'protect', 'protection', 'placed under protection', 'prevent travel', 'prevent from travelling',
  'report whereabouts', 'whereabouts', 'protezione', 'messa in protezione', 'impedire il viaggio',
  'comunicare il luogo', 'luogo di soggiorno', 'impedire l espatrio', 'collocare in luogo sicuro',
  'collocamento in luogo sicuro', 'schutz', 'ingewahrsamnahme', 'in gewahrsam',
  'aufenthaltsermittlung', 'ausreise verhindern', 'objęcie ochroną', 'ochrona',
  'miejsce pobytu', 'uniemożliwienie podróży', 'placement sous protection', 'empêcher',
  'lieu de séjour', 'protección', 'impedir el viaje', 'paradero', 'proteção',
  'impedir a viagem', 'paradeiro', 'aizsardzība', 'atrašanās vieta', 'protezzjoni',
  'закрила', 'защита', 'местонахождение',
];

// prettier-ignore
export const CASE_TYPE_OPTIONS = [
  'runaway', 'parental abduction', 'abduction', 'third party abduction', 'lost',
  'injured', 'fuga', 'allontanamento volontario', 'sottrazione', 'sottrazione genitoriale',
  'rapimento', 'smarrito', 'ausreißer', 'entführung', 'kindesentziehung', 'ucieczka',
  'uprowadzenie', 'porwanie', 'zaginięcie', 'fugue', 'enlèvement', 'enlèvement parental',
  'sustracción', 'sustracción parental', 'secuestro', 'rapto', 'sequestro', 'bēgšana',
  'nolaupīšana', 'ħarba', 'ħtif', 'бягство', 'отвличане',
];

// prettier-ignore
export const RISK_OPTIONS = [
  'trafficking', 'human trafficking', 'exploitation', 'forced marriage', 'fgm',
  'female genital mutilation', 'terrorism', 'armed groups', 'suicide', 'self harm',
  'medical', 'tratta', 'sfruttamento', 'matrimonio forzato', 'mutilazioni genitali',
  'terrorismo', 'gruppi armati', 'suicidio', 'autolesionismo', 'menschenhandel',
  'ausbeutung', 'zwangsheirat', 'zwangsverheiratung', 'genitalverstümmelung', 'terrorismus', 'bewaffnete gruppen',
  'suizid', 'selbstverletzung', 'handel ludźmi', 'wyzysk', 'wykorzystanie', 'przymusowe małżeństwo',
  'samobójstwo', 'samookaleczenie', 'traite', 'mariage forcé', 'mutilations génitales',
  'terrorisme', 'trata', 'explotación', 'matrimonio forzoso', 'exploração', 'tráfico de seres humanos', 'handel ludźmi', 'casamento forçado',
  'cilvēku tirdzniecība', 'ekspluatācija', 'trafikar', 'трафик', 'експлоатация',
  'принудителен брак', 'тероризъм', 'самоубийство', 'traffikar', 'sfruttament',
];

/**
 * Kinds of identity and travel document: passports, identity cards, birth
 * certificates and residence permits, and the Afghan tazkira.
 */
// prettier-ignore
export const DOCUMENT_OPTIONS = [
  'passport', 'identity card', 'id card', 'birth certificate', 'residence permit',
  'travel document', 'passaporto', 'carta d identità', 'carta di identità', 'atto di nascita',
  'permesso di soggiorno', 'reisepass', 'personalausweis', 'geburtsurkunde', 'aufenthaltstitel',
  'paszport', 'dowód osobisty', 'akt urodzenia', 'karta pobytu', 'passeport',
  'carte d identité', 'carte nationale d identité', 'acte de naissance', 'titre de séjour',
  'pasaporte', 'carta de identidad', 'documento nacional de identidad', 'dni',
  'partida de nacimiento', 'permiso de residencia', 'passaporte', 'cartão de cidadão',
  'bilhete de identidade', 'certidão de nascimento', 'título de residência', 'pase',
  'personas apliecība', 'dzimšanas apliecība', 'uzturēšanās atļauja', 'passaport',
  'karta tal identità', 'ċertifikat tat twelid', 'паспорт', 'лична карта', 'акт за раждане',
  'удостоверение за раждане', 'разрешение за пребиваване', 'tazkira', 'тазкира',
];

// prettier-ignore
export const WARNING_OPTIONS = [
  'armed', 'violent', 'absconded', 'suicide risk', 'public health', 'terrorism', 'armato',
  'violento', 'evaso', 'rischio suicidio', 'salute pubblica', 'bewaffnet', 'gewalttätig',
  'entwichen', 'suizidgefahr', 'ansteckungsgefahr', 'uzbrojony', 'niebezpieczny',
  'zbiegły', 'armé', 'violent', 'évadé', 'risque de suicide', 'armado', 'violento',
  'fugado', 'riesgo de suicidio', 'bruņots', 'vardarbīgs', 'въоръжен', 'агресивен',
  // INPOL's personal warning "FREI", the French "risque suicidaire", the Italian "rischio
  // suicidario" and a child gone from a care home: "allontanatosi", "fuga de centro".
  'freitodgefahr', 'risque suicidaire', 'rischio suicidario', 'suicidario', 'allontanatosi',
  'allontanato', 'allontanata', 'allontanamento da struttura', 'fuga de centro', 'fugueur',
  'fugueuse', 'fugueur récidiviste', 'ausbrecher', 'abgängiger', 'fugue',
  // A child who ran away before, and a risk of suicide or self-harm, in Spanish, Portuguese,
  // Polish, Latvian, Bulgarian, German and Maltese.
  'fugas previas', 'fugas anteriores', 'riesgo autolítico', 'risco de suicídio',
  'skłonność do ucieczek', 'ryzyko samobójcze', 'aizbēdzis', 'pašnāvības risks',
  'pašnāvības draudi', 'bēg no iestādēm', 'bēg no iestādes', 'склонен към бягство', 'риск от самоубийство',
  'oddala się', 'agresywny', 'agresywna', 'ucieczka z placówki', 'zagrożenie samobójstwem',
  'напуснал самоволно', 'избягал', 'избягала', 'избягало', 'суицидни намерения', 'suizidgefährdet', 'ħarab', 'suwiċidju',
  's est soustrait', 'soustrait à la prise en charge', 'fugiu', 'fugiu da instituição',
  'fugas reiteradas',
];

// prettier-ignore
export const LANGUAGE_OPTIONS = [
  'arabic', 'pashto', 'dari', 'farsi', 'persian', 'tigrinya', 'somali', 'urdu', 'bengali',
  'kurdish', 'amharic', 'english', 'french', 'ukrainian', 'russian', 'albanian', 'arabo',
  'pashtu', 'tigrino', 'somalo', 'curdo', 'inglese', 'francese', 'arabisch', 'paschtu',
  'tigrinisch', 'kurdisch', 'englisch', 'französisch', 'arabski', 'paszto', 'angielski',
  'francuski', 'arabe', 'pachto', 'kurde', 'anglais', 'français', 'árabe', 'inglés',
  'francés', 'inglês', 'francês', 'arābu', 'angļu', 'għarbi', 'ingliż', 'арабски',
  'английски', 'френски', 'ara', 'pus', 'prs', 'fas', 'tir', 'som', 'urd', 'ben', 'kur',
  'amh', 'eng', 'fra', 'ukr', 'rus', 'sqi',
];

/** Levels of a grading ("High", "Medium", "Low"), which are no catalogue field's values. */
// prettier-ignore
export const LEVEL_OPTIONS = [
  'high', 'medium', 'low', 'alto', 'alta', 'medio', 'media', 'basso', 'bassa', 'hoch', 'mittel',
  'niedrig', 'gering', 'élevé', 'moyen', 'faible', 'bajo', 'baja', 'baixo', 'baixa', 'médio',
  'wysokie', 'wysoki', 'średnie', 'średni', 'niskie', 'niski', 'augsts', 'vidējs', 'zems',
  'medju', 'baxx', 'висок', 'среден', 'нисък',
];

/** Country names in the languages of the vocabulary, for common countries of origin and the EU. */
// prettier-ignore
export const COUNTRY_OPTIONS = [
  'germany', 'deutschland', 'germania', 'allemagne', 'alemania', 'alemanha', 'niemcy',
  'vācija', 'ġermanja', 'германия', 'italy', 'italia', 'italien', 'italie', 'włochy',
  'itália', 'itālija', 'italja', 'италия', 'france', 'francia', 'frankreich', 'francja',
  'frança', 'francija', 'franza', 'франция', 'spain', 'spagna', 'spanien', 'espagne',
  'españa', 'espanha', 'hiszpania', 'spānija', 'spanja', 'испания', 'austria',
  'österreich', 'autriche', 'áustria', 'austrija', 'awstrija', 'австрия', 'poland',
  'polonia', 'polen', 'pologne', 'polska', 'polónia', 'polija', 'polonja', 'полша',
  'switzerland', 'svizzera', 'schweiz', 'suisse', 'suiza', 'suíça', 'szwajcaria', 'šveice',
  'швейцария', 'afghanistan', 'afganistan', 'afeganistão', 'afganistāna', 'афганистан',
  'syria', 'siria', 'syrien', 'syrie', 'síria', 'sīrija', 'sirja', 'сирия', 'eritrea',
  'érythrée', 'erytrea', 'eritreia', 'eritreja', 'еритрея', 'somalia', 'somalie', 'somália',
  'somālija', 'сомалия', 'morocco', 'marocco', 'marokko', 'maroc', 'marruecos', 'marrocos',
  'maroko', 'maroka', 'мароко', 'ukraine', 'ucraina', 'ucrania', 'ucrânia', 'ukraina',
  'ukrajina', 'украйна', 'stateless', 'apolide', 'staatenlos', 'bezpaństwowiec', 'apatride',
  'apátrida', 'bezvalstnieks', 'без гражданство',
];

/** Alpha-3 codes of the same countries and a few more; option values often use them. */
// prettier-ignore
export const COUNTRY_CODE_SAMPLE = [
  'AFG', 'ALB', 'AUT', 'BEL', 'BGD', 'BGR', 'CHE', 'CIV', 'CZE', 'DEU', 'DZA', 'EGY', 'ERI',
  'ESP', 'FRA', 'GIN', 'GMB', 'GRC', 'IRQ', 'ITA', 'LVA', 'MAR', 'MLT', 'NGA', 'NLD', 'PAK',
  'POL', 'PRT', 'ROU', 'SDN', 'SOM', 'SYR', 'TUN', 'UKR', 'VNM', 'XXA', 'XXB', 'XXC', 'XXX',
];

/**
 * Names of languages in their own language, as a page's language switcher
 * lists them ("Italiano", "Deutsch", "English").
 */
// prettier-ignore
export const LANGUAGE_OWN_NAMES = [
  'english', 'deutsch', 'italiano', 'français', 'español', 'castellano', 'português',
  'polski', 'latviešu', 'latviski', 'malti', 'български', 'nederlands', 'eesti', 'lietuvių',
  'suomi', 'svenska', 'dansk', 'norsk', 'čeština', 'slovenčina', 'slovenščina', 'hrvatski',
  'magyar', 'română', 'ελληνικά', 'gaeilge', 'català', 'euskara', 'galego', 'русский',
  'українська', 'shqip', 'türkçe', 'العربية', 'cymraeg', 'lëtzebuergesch', 'íslenska',
  'srpski', 'српски', 'македонски', 'bosanski',
];

/**
 * Codes that switchers write in the language's own script, as Bulgarian
 * portals' "БГ | EN" and Greek ones' "ΕΛ | EN", with their ISO 639-1 codes.
 */
export const OWN_SCRIPT_CODES: Readonly<Record<string, string>> = { бг: 'bg', ελ: 'el' };

/** ISO 639-1 codes of the languages a European portal's switcher offers. */
// prettier-ignore
export const LANGUAGE_SWITCH_CODES = [
  'en', 'de', 'fr', 'it', 'es', 'pt', 'pl', 'lv', 'mt', 'bg', 'nl', 'et', 'lt', 'fi', 'sv',
  'da', 'no', 'nb', 'cs', 'sk', 'sl', 'hr', 'hu', 'ro', 'el', 'ga', 'ca', 'eu', 'gl', 'ru',
  'uk', 'sq', 'tr', 'ar', ...Object.keys(OWN_SCRIPT_CODES),
];
