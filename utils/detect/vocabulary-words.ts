/**
 * Word groups that several fields share, in English, Italian, German, Polish,
 * French, Spanish, Portuguese, Latvian, Maltese and Bulgarian. A group lists
 * alternatives; the field terms in vocabulary.ts combine groups ("date" and
 * "birth" in any order and language). Entries are written as portals show them
 * and are normalised when the index is built. A `*` at the end of a word
 * matches any ending, at the start any beginning (German compounds).
 *
 * NOTE: the Latvian, Maltese and Bulgarian entries come from official texts and
 * public forms, not from a native speaker; treat them as medium confidence.
 */

// prettier-ignore
export const NAME = [
  'name', 'names', 'full name', 'surname', 'surnames', 'last name', 'family name',
  'first name', 'first names', 'given name', 'given names', 'forename', 'forenames', 'nam',
  'nome', 'nomi', 'cognome', 'cognomi', 'nominativo',
  'nachname', 'familienname', 'vorname', 'vornamen', 'zuname',
  'nazwisko', 'nazwiska', 'imię', 'imiona',
  'nom', 'noms', 'prénom', 'prénoms',
  'nombre', 'nombres', 'apellido', 'apellidos',
  'nomes', 'apelido', 'apelidos', 'nome próprio', 'nomes próprios',
  'vārds', 'vārdi', 'uzvārds',
  'isem', 'kunjom',
  'име', 'имена', 'фамилия', 'презиме',
  // Names of an organisation rather than a person, as for a care centre.
  'bezeichnung', 'denominazione', 'denominación', 'denominação', 'dénomination', 'nazwa',
  'nosaukums', 'наименование', 'entity', 'organisation', 'organization', 'entità',
  'organizzazione', 'entidad', 'organización', 'entidade', 'organização',
  'organizacja', 'organizācija', 'organizzazzjoni', 'организация',
  // A person's whole name in one control, as in "Nome completo" under "Pai".
  'nome completo', 'nome e cognome', 'cognome e nome', 'vollständiger name', 'name vorname',
  'nom complet', 'nom et prénom', 'nombre completo', 'nombre y apellidos', 'imię i nazwisko',
  'vārds uzvārds', 'isem u kunjom', 'име и фамилия', 'трите имена',
];

/** Words of NAME that name a person alone, as a surname or forenames do. */
// prettier-ignore
const PERSON_ONLY_NAMES = [
  'surname', 'surnames', 'last name', 'family name', 'first name', 'first names', 'given name',
  'given names', 'forename', 'forenames', 'cognome', 'cognomi', 'nachname', 'familienname',
  'vorname', 'vornamen', 'zuname', 'nazwisko', 'nazwiska', 'imię', 'imiona', 'prénom',
  'prénoms', 'apellido', 'apellidos', 'apelido', 'apelidos', 'nome próprio', 'nomes próprios',
  'uzvārds', 'kunjom', 'фамилия', 'презиме',
];

/**
 * Words of NAME that may name an organisation, such as a care centre:
 * "Nome" under "Casa de acolhimento" is the centre's, "Apelido(s)" never is.
 * The call is marked pure, so the content script, which imports other lists
 * of this module, leaves it and NAME out.
 */
export const ORGANISATION_NAME = /* @__PURE__ */ NAME.filter(
  (word) => !PERSON_ONLY_NAMES.includes(word),
);

// prettier-ignore
export const DATE = [
  'date', 'dates', 'data', 'datum', 'dt', 'dat', 'fecha', 'fechas', 'datas', 'daty', 'datums',
  'datumi', 'дата', 'дати',
];

/** Date words in the plural, without "data", which in several languages means data. */
// prettier-ignore
export const DATES = ['dates', 'date', 'fechas', 'datas', 'daty', 'datumi', 'дати'];

// prettier-ignore
export const TIME = [
  'time', 'hour', 'ora', 'orario', 'zeit', 'uhrzeit', 'godzina', 'heure', 'hora',
  'laiks', 'ħin', 'час', 'време',
  // Clock words after a date input: "alle ore [time]", "um [time] Uhr", "o godz. [time]",
  // "plkst. [time]", "в [time] ч.".
  'ore', 'uhr', 'heures', 'horas', 'godz', 'godzinie', 'plkst', 'pulksten', 'ч',
  // Hour masks: Bulgarian "чч:мм".
  'чч',
  // The minutes beside the hours, as Jotform's "Hour : Minutes" under a time box.
  'minutes', 'minute', 'minuti', 'minuten', 'minutos', 'minuty', 'minūtes', 'минути',
];

// prettier-ignore
export const WHEN = [
  ...DATE, ...TIME, 'since', 'seit', 'depuis', 'desde', 'kopš',
  'when', 'wann', 'quando', 'quand', 'cuándo', 'kiedy', 'kad', 'meta', 'кога',
];

// prettier-ignore
export const PLACE = [
  'place', 'location', 'town', 'city', 'municipality',
  'luogo', 'località', 'comune', 'città',
  'ort', 'stadt', 'gemeinde',
  'miejsce', 'miejscowość', 'miasto',
  'lieu', 'ville', 'commune',
  'lugar', 'localidad', 'ciudad', 'municipio',
  'local', 'localidade', 'cidade', 'concelho',
  'vieta', 'pilsēta',
  'post', 'lokalità', 'belt',
  'място', 'град', 'населено място',
  'where', 'wo', 'dove', 'où', 'dónde', 'onde', 'gdzie', 'dokąd', 'kur', 'fejn', 'къде',
];

/**
 * Prepositions that end a label asking for a place, as in "Zuletzt gesehen
 * in", "Vu pour la dernière fois à" or "Visto por última vez en". They are
 * stop words, so the classifier reads them from the label's last word.
 */
// prettier-ignore
export const PLACE_PREPOSITIONS = [
  'in', 'a', 'à', 'en', 'em', 'w', 'we', 'f', 'fi', 'fil', 'в', 'във', 'presso', 'bei',
  // "Last seen at" before a box of text; before a date box, "at" reads as a date word.
  'at',
];

/** Prepositions that end a label asking for a date: "Né(e) le", "Zuletzt gesehen am". */
// prettier-ignore
export const TIME_PREPOSITIONS = ['on', 'am', 'le', 'il', 'el', 'dnia', 'на', 'nel'];

/**
 * Prepositions that end a label asking for a person: "Last seen by", "Vu par".
 * Italian "da" is left out, because "Scomparso da" reads "missing since".
 */
// prettier-ignore
export const AGENT_PREPOSITIONS = ['by', 'von', 'par', 'por', 'przez', 'minn', 'от'];

// prettier-ignore
export const COUNTRY = [
  'country', 'state', 'nation',
  'paese', 'stato', 'nazione',
  'land', 'staat',
  'kraj', 'państwo',
  'pays', 'état',
  'país', 'estado',
  'valsts',
  'pajjiż',
  'държава', 'страна',
];

// prettier-ignore
export const BIRTH = [
  'birth', 'born', 'nascita', 'nato', 'nata', 'né', 'née',
  'geburt', 'geburts', 'geb', 'geboren',
  'urodzenia', 'urodzony', 'urodzona',
  'naissance', 'nacimiento', 'nacido', 'nascimento', 'nascido',
  'dzimšanas', 'dzimis', 'twelid', 'раждане', 'рождение', 'роден',
];

/** The word "number" and its abbreviations, without words of a reference or code. */
// prettier-ignore
export const NUMBER_WORDS = [
  // Austrian German numbers its files "Zahl": "Geschäftszahl", "IFA-Zahl".
  'number', 'no', 'nr', 'nro', 'num', 'n', 'nº', 'numero', 'nummer', 'zahl', 'numer', 'numéro',
  'número', 'numurs', 'numru', 'номер',
];

/** Numbers and codes that identify a person or a thing, as an officer's "Codice operatore". */
// prettier-ignore
export const IDENTIFIER_NUMBER = [
  ...NUMBER_WORDS,
  'code', 'codice', 'kod', 'código', 'kods', 'kodiċi', 'код', 'id', 'identifier',
];

// prettier-ignore
export const NUMBER = [
  ...IDENTIFIER_NUMBER,
  'reference', 'ref', 'riferimento', 'estremi', 'referenz', 'kennzeichen', 'aktenzeichen',
  'geschäftszeichen', 'sygnatura',
  'référence', 'referencia', 'referência', 'atsauce', 'referenza', 'референция',
];

// prettier-ignore
export const PHONE = [
  'phone', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'phone number',
  'telefono', 'cellulare', 'recapito telefonico', 'utenza telefonica', 'utenze telefoniche',
  'telefonica', 'telefoniche', 'telefonici', 'telefonu', 'téléphonique', 'telefónico',
  'telefónica', 'telefônico',
  'telefon', 'telefonnummer', 'rufnummer', 'handy', 'mobilnummer', 'mobiltelefon',
  'numer telefonu', 'komórka',
  'téléphone', 'portable',
  'teléfono', 'móvil',
  'telefone', 'telemóvel', 'telemovel',
  'tālrunis', 'tālruņa numurs', 'tālruņa', 'mobilais', 'mobilā tālruņa',
  'mowbajl',
  'телефон', 'мобилен', 'gsm',
];

// prettier-ignore
export const EMAIL = [
  'email', 'e mail', 'mail', 'posta elettronica', 'pec', 'courriel',
  'correo electrónico', 'correio eletrónico', 'correio eletrônico', 'e pasts',
  'електронна поща', 'имейл',
];

// prettier-ignore
export const CONTACT = [
  'contact', 'contacts', 'contatto', 'contatti', 'recapito', 'recapiti',
  'contact details', 'kontakt', 'kontaktdaten', 'erreichbarkeit', 'kontaktowy',
  'dane kontaktowe', 'coordonnées', 'contacto', 'contato', 'kontakts', 'kontakti',
  'kontaktinformācija', 'kontaktdati', 'kuntatt', 'контакт', 'контакти', 'данни за контакт',
];

// prettier-ignore
export const ADDRESS = [
  'address', 'indirizzo', 'domicilio', 'residenza',
  'anschrift', 'adresse', 'adres',
  'dirección', 'domicilio', 'endereço', 'morada',
  'adrese', 'indirizz', 'адрес',
];

// prettier-ignore
export const DOCUMENT = [
  'document', 'identity document', 'id document', 'id card', 'identity card', 'passport',
  'documento', 'documento di identità', 'carta d identità', 'passaporto',
  'ausweis', 'ausweises', 'personalausweis', 'reisepass', 'ausweisdokument', 'dokument', 'pass',
  'dowód osobisty', 'dokument tożsamości', 'paszport', 'dokumenty',
  'pièce d identité', 'carte d identité', 'passeport',
  'documento de identidad', 'pasaporte', 'cartão de cidadão', 'bilhete de identidade',
  'passaporte',
  'dokumentu', 'dowodu osobistego', 'paszportu',
  'dokuments', 'dokumenta', 'pase', 'pases', 'personas apliecība', 'personas apliecības',
  'karta tal identità', 'passaport',
  'документ', 'лична карта', 'паспорт',
  // Travel documents, which unaccompanied children hold more often than identity cards.
  'travel document', 'reisedokument', 'reisedokuments', 'documento di viaggio',
  'document de voyage', 'documento de viaje', 'documento de viagem', 'dokument podróży',
  'ceļošanas dokuments', 'dokument tal ivvjaġġar', 'документ за пътуване',
];

// prettier-ignore
export const ISSUE = [
  'issue', 'issued', 'issuing', 'rilascio', 'rilasciato', 'ausstellung', 'ausgestellt',
  'wydania', 'wydany', 'délivrance', 'délivré', 'expedición', 'emisión', 'emissão',
  'emitido', 'emissor', 'emitente', 'emisor', 'expedidor', 'expedido', 'émetteur', 'izdošanas', 'izdots', 'izdevēja', 'izdevējs', 'ħruġ', 'издаване', 'издаден',
];

/** One word for the country that issued a document: "Ausstellungsstaat", "Izdevējvalsts". */
// prettier-ignore
export const ISSUING_COUNTRY = [
  'ausstellungsstaat', 'ausstellerstaat', 'ausstellungsland', 'izdevējvalsts',
];

export const TYPE = ['type', 'kind', 'tipo', 'art', 'typ', 'rodzaj', 'veids', 'tip', 'вид', 'тип'];

// prettier-ignore
export const CASE = [
  'case', 'file', 'fascicolo', 'pratica', 'procedimento', 'fall', 'akte', 'vorgang',
  'sprawa', 'sprawy', 'akta', 'affaire', 'dossier', 'expediente', 'caso', 'processo',
  'lieta', 'lietas', 'każ', 'дело', 'случай', 'преписка', 'издирване', 'издирването',
  // Police records that number a case: "Incident reference", "N° de procédure", "Nº de atestado".
  'incident', 'occurrence', 'crime', 'procédure', 'procedura', 'atestado', 'diligencias',
  // Investigation files: "Tagebuch-Nr.", "N° de PV", "Nº do inquérito", "№ на ДП".
  'investigation', 'indagine', 'tagebuch', 'ermittlungsverfahren', 'postępowanie',
  'postępowania', 'dochodzenie', 'śledztwo', 'procès verbal', 'pv', 'enquête', 'investigación',
  'inquérito', 'ocorrência', 'kriminālprocess', 'kriminālprocesa', 'досъдебно производство',
  'дп',
];

// prettier-ignore
export const DISAPPEARANCE = [
  // British police write a missing person as a "misper".
  'disappearance', 'disappearances', 'missing', 'went missing', 'misper', 'scomparsa', 'scomparse',
  'scomparso',
  'verschwinden', 'verschwindens', 'verschwunden', 'vermisst', 'vermisstenfall',
  'zaginięcia', 'zaginiony', 'zaginiona', 'disparition', 'disparu', 'disparue',
  'desaparición', 'desaparecido', 'desaparecida', 'desaparecimento',
  'pazušanas', 'pazudis', 'għajbien', 'nieqes', 'изчезване', 'изчезвания', 'изчезнал',
  'изчезнала',
];

// prettier-ignore
export const LAST_SEEN = [
  'last seen', 'last sighting', 'last known', 'last contact', 'dlc',
  'visto l ultima volta', 'vista l ultima volta', 'ultimo avvistamento',
  'zuletzt gesehen', 'letztmals gesehen', 'letzte wahrnehmung', 'letzten wahrnehmung',
  'zuletzt wahrgenommen',
  'ostatnio widziany', 'ostatnio widziana', 'ostatnio widziano', 'widziany po raz ostatni',
  'widziana po raz ostatni', 'widziano po raz ostatni', 'widziano go po raz ostatni',
  'widziano ją po raz ostatni', 'widziano je po raz ostatni', 'ostatni raz widziano',
  'último avistamento', 'avistamento', 'visto pela última vez', 'vista pela última vez',
  'ostatniego widzenia', 'ostatnie widzenie', 'po raz ostatni widziany',
  'po raz ostatni widziana', 'ostatni raz widziany', 'ostatni raz widziana',
  'visto per l ultima volta', 'vista per l ultima volta', 'ultima volta visto',
  'zuletzt gesehen am', 'redzēts', 'redzēta',
  'vu la dernière fois', 'vue la dernière fois', 'dernière fois vu', 'dernière fois vue',
  'última vez visto', 'última vez vista', 'visto la última vez', 'vista la última vez',
  'visto a última vez', 'vista a última vez',
  'pēdējo reizi redzēta', 'redzēts pēdējo reizi', 'redzēta pēdējo reizi',
  'vu pour la dernière fois', 'vue pour la dernière fois',
  'visto por última vez', 'vista por última vez', 'visto pela última vez',
  'pēdējo reizi redzēts', 'pēdējā zināmā', 'pēdējā zināmā atrašanās', 'l aħħar li deher', 'deher l aħħar', 'dehret l aħħar', 'последно видян', 'последно видяна',
  'видян за последно', 'видяна за последно', 'видян последно', 'видяна последно',
];

// prettier-ignore
export const LEFT_CARE = [
  'left care', 'left the centre', 'left the center', 'leaving care', 'left the facility',
  'left placement', 'left the placement', 'absconded',
  'allontanamento', 'allontanamenti', 'allontanato', 'allontanata', 'allontanatosi',
  'uscita dalla struttura',
  'abgängig', 'abgängigkeit', 'abgang', 'entweichung', 'entwichen', 'verlassen',
  'opuszczenia', 'opuszczenie', 'opuścił', 'opuściła', 'ucieczki', 'ucieczka',
  'départ', 'fugue', 'fugues', 'salida', 'fuga', 'fugas', 'fughe', 'abandono', 'saída',
  'aiziešanas', 'aizbēga', 'atstāja', 'atstājis', 'atstājusi', 'telqa', 'ħarba', 'напускане', 'бягство',
  // The Polish care homes' "samowolne oddalenie" and the Maltese "Ħalla ċ-ċentru".
  'samowolne oddalenie', 'samowolnego oddalenia', 'oddalenie', 'oddalenia', 'ħalla',
  // The Portuguese "Ausentou-se em", "ausência".
  'ausentou se', 'ausentou-se', 'ausência',
];

/**
 * Verbs of leaving in the past tense, as in relative clauses after the place
 * left: "Iestāde, no kuras aizgāja", "Établissement quitté", "Centro del que
 * se fugó". With a centre word they name the centre, with a date word the time.
 * NOTE: participles that also name the event ("entwichen", "allontanato",
 * "opuścił") stay in LEFT_CARE only, so "Einrichtung, aus der das Kind
 * entwichen ist" still reads as the time the child left.
 */
// prettier-ignore
export const DEPARTED = [
  'left', 'ran away', 'fuggito', 'fuggita', 'scappato', 'scappata', 'weggelaufen',
  'oddalił', 'oddaliła', 'uciekł', 'uciekła', 'quitté', 'quittée', 'fugué', 'fuguée',
  'abandonó', 'fugó', 'escapó', 'abandonou', 'fugiu', 'saiu', 'aizgāja', 'aizgājis',
  'aizgājusi', 'pameta', 'telaq', 'ħarab', 'ħareġ', 'напусна', 'напуснал', 'напуснала', 'напуснало',
  'избяга',
];

// prettier-ignore
export const REPORT = [
  'report', 'reported', 'reporting', 'denuncia', 'segnalazione', 'segnalato',
  'anzeige', 'angezeigt', 'meldung', 'gemeldet', 'vermisstenanzeige', 'anzeigeerstattung',
  'zgłoszenie', 'zgłoszenia', 'zgłoszono', 'zawiadomienie', 'zawiadomienia', 'déclaration', 'plainte', 'déclaré',
  'denunciado', 'participação', 'queixa', 'ziņojums', 'ziņošanas', 'ziņots', 'ziņota', 'rapport',
  'сигнал', 'сигнала', 'подаден', 'подаване', 'подадено', 'comunicação', 'comunicado',
  'irrappurtat', 'irrappurtata', 'rrappurtat', 'rrappurtata',
];

/**
 * A service reachable at any hour, which with a word of day and night names
 * the centre's phone: "Permanence 24h/24".
 */
// prettier-ignore
export const ON_CALL = [
  'permanence', 'astreinte', 'bereitschaft', 'bereitschaftsdienst', 'reperibilità',
  'servizio di guardia', 'guardia', 'dyżur', 'dyżurny', 'dežūra', 'dežurants', 'дежурство',
  'дежурен', 'on call', 'on duty', 'duty phone', 'servicio de guardia', 'piquete', 'plantão',
];

// prettier-ignore
export const REPORTER = [
  'reporter', 'reported by', 'informant', 'complainant', 'reporting person', 'person reporting',
  'irrappurtat minn', 'rapportat minn',
  'who is reporting', 'chi segnala', 'wer meldet', 'qui signale', 'quien denuncia',
  'signalé par', 'déclaré par', 'denunciado por', 'comunicado por', 'zgłoszone przez',
  'quem comunicou', 'quem comunica', 'quién comunica', 'quien comunica', 'comunicante',
  'segnalante', 'denunciante', 'segnalato da', 'denunciato da',
  'anzeigeerstatter', 'anzeigeerstatterin', 'mitteiler', 'meldende person', 'hinweisgeber',
  'anzeiger', 'anzeigerin',
  'zgłaszający', 'zgłaszająca', 'zawiadamiający', 'zawiadamiająca', 'déclarant', 'déclarante', 'informante', 'participante',
  'person making this notification', 'person making the notification', 'notifier',
  'ziņotājs', 'kas ziņoja', 'pieteicējs', 'pieteicēja', 'informatur', 'rapportat minn', 'min irrapporta', 'persuna li rrapportat',
  'заявител', 'подател',
  // Inflected forms: "Telefon der meldenden Person", "Telefon zgłaszającego", "Подал сигнала".
  'meldenden person', 'meldender person', 'zgłaszającego', 'zgłaszającej', 'ziņotāja',
  'подал сигнала', 'подала сигнала', 'подалия сигнала', 'подало сигнала', 'лице подало сигнала', 'сигнализирал', 'сигнализирала',
];

// prettier-ignore
export const GUARDIAN = [
  'guardian', 'legal guardian', 'legal representative', 'guardianship', 'guardian ad litem',
  'likumiskais pārstāvis',
  'likumiskā pārstāvja', 'pārstāvis',
  'tutore', 'tutrice', 'tutela', 'tutore legale', 'rappresentante legale',
  'vormund*', 'vormundin', 'vormundschaft', 'ergänzungspfleger', 'gesetzlicher vertreter',
  // Austrian law: "Obsorge", "Obsorgeberechtigte(r)".
  'obsorge', 'obsorgeberechtigte', 'obsorgeberechtigter', 'obsorgeberechtigt',
  'opiekun', 'opiekuna', 'opiekun prawny', 'kurator',
  'tuteur', 'tutelle', 'représentant légal',
  // Swiss law names a minor's guardian "curateur", "Beistand" and "curatore".
  'curateur', 'curatrice', 'beistand*', 'beiständin', 'curatore',
  'tutor', 'representante legal',
  'aizbildnis', 'aizbildņa',
  'tutur', 'rappreżentant legali',
  'настойник', 'попечител', 'законен представител', 'законния представител', 'законният представител',
];

/**
 * Guardianship as a topic of a section title. Beside an institution it makes
 * the section the child's placement: "Iestāde, aizbildnība un pazušana".
 */
// prettier-ignore
export const GUARDIANSHIP = [
  'guardianship', 'tutela', 'vormundschaft', 'tutelle', 'aizbildnība', 'opieka prawna',
  'настойничество', 'попечителство', 'tutela legal',
];

// prettier-ignore
export const FATHER = [
  'father', 'padre', 'paternità', 'vater*', '*vater', 'ojciec', 'ojca', 'père', 'pai',
  'tēvs', 'tēva', 'missier', 'баща', 'бащата',
];

// prettier-ignore
export const MOTHER = [
  'mother', 'madre', 'maternità', 'mutter*', '*mutter', 'matka', 'matki', 'mère', 'mãe',
  'māte', 'mātes', 'omm', 'майка', 'майката',
];

/** Words of asylum, for the number of an asylum file in a migration register. */
// prettier-ignore
export const ASYLUM = [
  'asylum', 'asilo', 'asyl', 'asile', 'azyl', 'azylowy', 'azylowej', 'patvēruma', 'ażil',
  'убежище',
  // International protection, the asylum procedure's name in EU law (Directive 2013/32/EU).
  'international protection', 'protezione internazionale', 'internationaler schutz',
  'internationalen schutz', 'ochrona międzynarodowa', 'ochrony międzynarodowej',
  'protection internationale', 'protección internacional', 'proteção internacional',
  'starptautiskā aizsardzība', 'starptautiskās aizsardzības', 'protezzjoni internazzjonali',
  'международна закрила',
  // Ireland's International Protection Office.
  'ipo',
  // A foreigner's case at Poland's Office for Foreigners (Urząd do Spraw Cudzoziemców).
  'cudzoziemca', 'cudzoziemców', 'udsc',
];

// prettier-ignore
export const PARENTS = [
  'parents', 'genitori', 'eltern', 'rodzice', 'padres', 'vecāki', 'ġenituri', 'родители',
];

// prettier-ignore
export const CENTRE = [
  'centre', 'center', 'reception centre', 'reception center', 'care home', 'facility',
  'shelter', 'institution', 'accommodation', 'unterkunft',
  // Irish and British care: the "placement" is where a child in care lives.
  'placement', 'residential centre', 'residential unit',
  'centro', 'struttura', 'comunità', 'casa famiglia', 'accoglienza', 'ente gestore',
  'einrichtung', 'aufnahmeeinrichtung', 'heim', 'unterkunft', 'wohngruppe',
  'jugendhilfeeinrichtung', 'clearingstelle', 'inobhutnahmestelle', 'betreuungseinrichtung',
  'betreuungsstelle', 'wohneinrichtung',
  // Bulgarian reception centres of the refugee agency (РПЦ) and family-type homes (ЦНСТ),
  // and "placed in".
  'рпц', 'цнст', 'настанен в', 'настанена в', 'настанено в',
  // A Bulgarian social service where a child is placed: "Адрес на услугата".
  'услуга', 'услугата', 'социална услуга',
  'ośrodek', 'ośrodka', 'placówka', 'placówki',
  'centre d accueil', 'foyer', 'établissement',
  // French child welfare: "Structure d'accueil", "MECS" (maison d'enfants à caractère social).
  'structure', 'structure d accueil', 'lieu d accueil', 'lieu de placement', 'mecs',
  'maison d enfants',
  'centro de acogida', 'centro de acolhimento', 'instituição', 'acolhimento',
  'care institution', 'children s home', 'aprūpes iestāde', 'uzņemšanas centrs', 'kinderheim', 'dom dziecka',
  'foyer de l enfance', 'centro de menores', 'lar de infância', 'дом за деца',
  'casa di accoglienza', 'casa de acogida', 'casa de acolhimento', 'lar de acolhimento',
  'maison d enfants', 'centre d hébergement', 'wohnheim', 'jugendheim', 'pogotowie opiekuńcze',
  'bērnu nams', 'aprūpes centrs',
  'centrs', 'centru', 'centra', 'iestādes', 'ċentru', 'ċentru ta akkoljenza',
  'център', 'център за настаняване', 'дом',
];

// prettier-ignore
export const CASE_WORKER = [
  'case worker', 'caseworker', 'social worker', 'key worker', 'case manager',
  'assistente sociale', 'operatore di riferimento', 'educatore di riferimento',
  'educatrice di riferimento', 'operatore sociale', 'referente',
  'betreuer', 'betreuerin', 'bezugsbetreuer', 'sozialarbeiter', 'sozialarbeiterin',
  'pracownik socjalny', 'opiekun ośrodka',
  'travailleur social', 'éducateur', 'éducateur référent', 'référent',
  'trabajador social', 'técnico de referencia', 'educador', 'assistente social',
  'sociālais darbinieks', 'ħaddiem soċjali', 'социален работник',
  // Portuguese "Técnico/a gestor/a do processo", Spanish "gestor del caso".
  'wychowawca', 'wychowawca prowadzący', 'opiekun prowadzący',
  'técnico gestor', 'gestor do processo', 'gestora do processo', 'gestor de processo',
  'gestor de caso', 'gestora de caso', 'gestor del caso', 'gestora del caso',
];

/** Staff of a centre. With a centre word they name the case worker ("Operatore del centro"). */
// prettier-ignore
export const STAFF = [
  'operator', 'operatore', 'operatrice', 'educatore', 'educatrice', 'staff', 'mitarbeiter',
  'mitarbeiterin', 'pracownik', 'opérateur', 'personnel', 'empleado', 'técnico', 'técnica',
  'funcionário', 'darbinieks', 'ħaddiem', 'служител',
];

// prettier-ignore
export const RELATIVES = [
  'relatives', 'relative', 'family', 'friends', 'acquaintances', 'parenti', 'familiari', 'amici',
  'conoscenti', 'connaissances', 'conocidos', 'conhecidos', 'paziņas', 'познати',
  'angehörige', 'verwandte', 'familie', 'bekannte',
  'krewni', 'rodzina', 'znajomi', 'famille', 'proches', 'amis',
  'familiares', 'parientes', 'amigos', 'radinieki', 'draugi', 'qraba', 'familja',
  // The French "attaches" (ties): "Attaches à l'étranger", "attaches familiales".
  'attaches',
  'роднини', 'семейство', 'приятели',
];

// prettier-ignore
export const ABROAD = [
  'abroad', 'overseas', 'estero', 'ausland', 'granicą', 'étranger', 'extranjero',
  'estrangeiro', 'ārzemēs', 'ārvalstīs', 'ārzemju', 'barra', 'чужбина', 'zagranicą',
];

// prettier-ignore
export const H24 = [
  '24h', 'h24', '24 ч', 'денонощно', 'денонощен', '24 hour', 'całodobowy', 'całodobowa', 'całodobowo', '24 h', '24 hr', '24hr', '24 hrs', '24 hours', '24 7', '24 ore', '24 std', '24 stunden', 'rund um die uhr',
  '24 godziny', '24 heures', '24 horas', '24 stundas', '24 siegħa', '24 часа',
  'emergency', 'emergenza', 'reperibilità', 'reperibile', 'notfall', 'notruf', 'on call',
  'permanence', 'bereitschaft', 'guardia', 'plantão', 'dyżur', 'dyżurny', 'dežūras', 'дежурен',
  'alarmowy', 'diennakts', 'diennakti', 'urgence', 'urgencia', 'emergência', 'ārkārtas', 'emerġenza', 'спешен',
];

// prettier-ignore
export const STATUS = [
  'status', 'state', 'stato', 'stan', 'statut', 'situation', 'estado', 'situação', 'situación',
  'statuss', 'stat', 'статус',
];

// prettier-ignore
export const APPOINTED = [
  'appointed', 'nominated', 'nominato', 'nominata', 'nomina', 'bestellt', 'bestellung',
  'ustanowiony', 'ustanowienie', 'désigné', 'nommé', 'désignation', 'designado',
  'nombrado', 'nomeado', 'iecelts', 'maħtur', 'inħatar', 'назначен', 'назначаване', 'определен',
  'определена',
  // Spain: a public body "assumes" the guardianship of a child ("tutela asumida").
  'asumida', 'asumido',
];

// prettier-ignore
export const ESTIMATED = [
  'estimated', 'estimate', 'approximate', 'approx', 'assumed', 'presumed', 'stima', 'schätzung',
  'estimation', 'estimación', 'estimativa',
  'presunta', 'presunto', 'stimata', 'approssimativa',
  'geschätzt', 'geschätztes', 'ungefähr', 'ungefähres', 'vermutet', 'vermutliches',
  'fiktiv', 'fiktives', 'szacunkowa', 'szacowana', 'przybliżona',
  'estimé', 'estimée', 'approximatif', 'approximative', 'présumé', 'présumée', 'estimada', 'aproximada', 'presumida',
  'aptuvens', 'aptuvenais', 'aptuveni', 'stmata', 'approssimattiva', 'приблизителна', 'предполагаема',
];

// prettier-ignore
export const OTHER = [
  'other', 'others', 'further', 'additional', 'declared', 'stated', 'alias',
  'altre', 'altra', 'altri', 'ulteriori', 'dichiarata', 'dichiarate', 'dichiarato',
  'weitere', 'andere', 'angegeben', 'angegebene', 'inne', 'dodatkowe', 'deklarowane', 'podane',
  'podanej', 'podana',
  'autres', 'autre', 'déclaré', 'déclarés', 'déclarée', 'déclarées', 'otras', 'otra', 'otros', 'declaradas',
  'outras', 'outra', 'outro', 'outros', 'citi', 'cits', 'deklarētie', 'norādīts', 'norādītais', 'oħra', 'oħrajn', 'sonstige', 'sonst',
  'dikjarata', 'dikjarati', 'ddikjarati', 'други', 'друго', 'друга', 'декларирани', 'посочено',
  // "Other names used", "Citi lietotie vārdi": a name in use besides the official one.
  'used', 'usati', 'utilizzati', 'verwendete', 'benutzte', 'używane', 'utilisés', 'usados',
  'utilizados', 'lietotie', 'użati', 'използвани',
];

/** Spellings of a name, as in "andere Schreibweisen" or "Citi vārdi, rakstības". */
// prettier-ignore
export const SPELLING = [
  'spelling', 'spellings', 'variant spellings', 'grafia', 'grafie', 'varianti grafiche',
  'schreibweise', 'schreibweisen', 'pisownia', 'pisownie', 'orthographe', 'graphie', 'graphies',
  'grafía', 'grafías', 'grafias', 'rakstība', 'rakstības', 'ortografija', 'ortografiji',
  'изписване', 'изписвания',
  // Variants of a name: "Variantes del nombre", "Nazwisko i imię (wariant)", "Namensvarianten".
  'variant', 'variants', 'variante', 'variantes', 'varianti', 'wariant', 'warianty',
  'namensvarianten', 'варианти',
];

/** Names of languages in general, as in "Lingue parlate" or "Valodas". */
// prettier-ignore
export const LANGUAGE = [
  'language', 'languages', 'langs', 'languages spoken', 'spoken languages', 'mother tongue',
  'lingua', 'lingue', 'lingue parlate', 'lingua madre', 'sprache', 'sprachen',
  'sprachkenntnisse', 'muttersprache', 'język', 'języki', 'język ojczysty', 'znajomość języków',
  'langue', 'langues', 'langues parlées', 'langue maternelle', 'idioma', 'idiomas', 'lengua',
  'lenguas', 'lengua materna', 'língua', 'línguas', 'língua materna', 'valoda', 'valodas',
  'dzimtā valoda', 'valodu zināšanas', 'zināmās valodas', 'lingwa', 'lingwi', 'език', 'езици',
  'майчин език',
];

/**
 * Verbs of speaking or understanding, in person-phrased labels: "Languages
 * (s)he speaks", "Lingue che parla", "Sprachen, die er/sie spricht",
 * "Línguas que fala", "Valodas, kurās runā".
 */
// prettier-ignore
export const SPEAK = [
  'speaks', 'speak', 'spoken', 'understands', 'parla', 'parlate', 'parlata', 'capisce',
  'spricht', 'gesprochen', 'gesprochene', 'versteht', 'mówi', 'posługuje', 'rozumie',
  'parle', 'parlé', 'parlées', 'comprend', 'habla', 'hablados', 'habladas', 'entiende',
  'fala', 'falada', 'faladas', 'compreende', 'runā', 'runātās', 'saprot', 'jitkellem',
  'titkellem', 'mitkellma', 'mitkellmin', 'jifhem', 'говори', 'говорими', 'разбира',
];

/**
 * Words that name either an authority or a care institution, as Latvian
 * "iestāde" does. With a verb of leaving ("Iestāde, no kuras aizgāja") they
 * name the centre the child left.
 */
// prettier-ignore
export const INSTITUTION = [
  'iestāde', 'institution', 'istituto', 'istituzione', 'anstalt', 'instytucja', 'institución',
  'instituição', 'établissement', 'istituzzjoni', 'институция', 'заведение',
];

/** Words that state where the child was placed: "Iestāde, kurā bērns bija ievietots". */
// prettier-ignore
export const PLACED = [
  // No French "placé": without accents it is "place", the word a final "à" or "in" stands for.
  'placed', 'ievietots', 'ievietota', 'collocato', 'collocata', 'untergebracht', 'placée',
  'colocado', 'colocada', 'acogido', 'acogida', 'acolhido', 'acolhida', 'umieszczony',
  'umieszczona', 'настанен', 'настанена', 'настанено', 'imqiegħed', 'imqiegħda',
];

// prettier-ignore
export const PREVIOUS = [
  'previous', 'prev', 'earlier', 'prior', 'past', 'before', 'ever', 'already', 'previously',
  'precedenti', 'precedente', 'pregressi', 'già', 'bereits', 'schon', 'vorher', 'déjà', 'antes',
  'ya', 'já', 'wcześniej', 'jau', 'qabel', 'преди',
  'frühere', 'früheres', 'vorherige', 'vorangegangene', 'poprzednie', 'wcześniejsze',
  'antérieures', 'antérieure', 'précédentes', 'anteriores', 'previas', 'iepriekšējās',
  'preċedenti', 'предишни', 'предишно', 'предходни',
];

// prettier-ignore
export const DECISION = [
  'decision', 'court decision', 'court order', 'care order',
  // A court's decision, which the child protection commission's may stand beside: "Decisão judicial ou da CPCJ".
  'judicial decision', 'decisão judicial', 'decisión judicial', 'decisione giudiziaria',
  'décision judiciaire', 'gerichtliche entscheidung', 'tiesas lēmums', 'съдебно решение',
  'provvedimento', 'decreto', 'decisione', 'ordinanza',
  'beschluss*', 'entscheidung', 'gerichtsbeschluss', 'anordnung', 'verfügung',
  'decyzja', 'decyzji', 'postanowienie', 'postanowienia', 'orzeczenie', 'orzeczenia',
  'décision', 'ordonnance', 'jugement', 'decisión', 'resolución', 'decisão',
  'lēmums', 'lēmuma', 'deċiżjoni', 'digriet', 'ordni', 'решение', 'заповед',
  // An authority's act: Bulgarian "Акт на компетентния орган", Latvian "akts".
  'акт', 'акта', 'akts',
];

// prettier-ignore
export const ALERT = [
  'alert', 'sis alert', 'segnalazione', 'ausschreibung', 'fahndung', 'wpis', 'wpisu',
  'signalement', 'descripción', 'indicação', 'brīdinājums', 'brīdinājuma', 'allert',
  'сигнал', 'сигнала', 'inserção', 'обявяване', 'alerta', 'señalamiento',
];

// prettier-ignore
export const REASON = [
  'reason', 'reasons', 'grounds', 'motivo', 'motivi', 'motivazione', 'grund', 'gründe',
  'anlass', 'powód', 'przyczyna', 'podstawa', 'motif', 'raison', 'razão', 'iemesls',
  'pamatojums', 'raġuni', 'основание', 'причина', 'uzasadnienie', 'fundamentação', 'motifs',
  'justificación', 'justification', 'begründung', 'обосновка', 'мотиви', 'fundamentos',
  'fundamento',
];

// prettier-ignore
export const ACTION = [
  'action', 'action to be taken', 'measure', 'measures', 'azione', 'azione da intraprendere',
  'misura', 'misure', 'maßnahme', 'maßnahmen', 'działanie', 'czynności', 'czynność',
  'conduite à tenir', 'mesure', 'acción', 'medida', 'medidas', 'ação', 'darbība',
  'darbības', 'pasākumi', 'rīcība', 'azzjoni', 'għandu jsir', 'miżura', 'действие', 'действия', 'мярка', 'мерки',
  // "Actuación en caso de localización", "Condotta da tenere in caso di rintraccio".
  'actuación', 'actuação', 'condotta', 'condotta da tenere',
  // "Conduta a adotar em caso de localização".
  'conduta', 'conduta a adotar', 'conducta', 'conducta a seguir',
];

// prettier-ignore
export const HIT = [
  'on hit', 'hit', 'if found', 'when found', 'riscontro', 'rintraccio', 'in caso di rintraccio',
  'trefferfall', 'treffer', 'antreffen', 'bei antreffen', 'trafienie', 'trafienia',
  'en cas de découverte', 'découverte', 'respuesta positiva', 'localización', 'localização',
  'resposta positiva', 'atrašanas', 'atrasta', 'atrasts', 'sejba', 'откриване', 'установяване',
  'ujawnienie', 'ujawnienia', 'ujawnieniu', 'jinstab', 'meta jinstab',
];

// prettier-ignore
export const AUTHORITY = [
  'authority', 'issuing authority', 'agency', 'office', 'police station',
  'autorità', 'ufficio', 'comando', 'questura', 'reparto', 'ente',
  'behörde', 'dienststelle', 'sachbearbeitende dienststelle', 'polizeidienststelle', 'amt',
  'organ', 'jednostka', 'komenda', 'autorité', 'autoridad', 'organismo',
  'autoridade', 'iestāde', 'awtorità', 'орган', 'служба',
  // Maltese police stations, sections and districts: "Għassa / Taqsima", "Distrett".
  'għassa', 'taqsima', 'distrett',
  // Police offices: "Unidad / dependencia", "Struktūrvienība", "Comisaría".
  'dependencia', 'comisaría', 'commissariat', 'esquadra', 'struktūrvienība', 'pārvalde',
  // Police sub-units: the Portuguese "Unidade / Subunidade (PSP)", the Bulgarian "звено",
  // and Portugal's "órgão de polícia criminal".
  'subunidade', 'subunidad', 'звено', 'órgão de polícia criminal',
  // The Bulgarian police unit: "Подразделение, издаващо сигнала".
  'подразделение',
];

// prettier-ignore
export const REGISTER = [
  'register', 'registration', 'registry', 'registro', 'registrazione', 'registrierung',
  'rejestr', 'rejestru', 'rejestrze', 'rejestracji', 'enregistrement', 'registre', 'registo',
  'reģistra', 'reģistrācijas', 'reġistrazzjoni', 'регистър', 'регистрационен',
];

// prettier-ignore
export const RISK = [
  'risk', 'risks', 'risk factors', 'risk indicators', 'rischio', 'rischi',
  'risiko', 'risiken', 'gefährdung', 'gefährdungslage', 'ryzyko', 'zagrożenie', 'zagrożenia',
  'risque', 'risques', 'riesgo', 'riesgos', 'risco', 'riscos', 'riski', 'risks',
  'riskju', 'riskji', 'риск', 'рискове',
];

/** Words of a day, month or year input in a date split over several controls. */
// prettier-ignore
export const PART_ROLE_WORDS = {
  day: [
    'day', 'dd', 'd', 'tag', 'tt', 'giorno', 'gg', 'g', 'jour', 'jj', 'día', 'dia',
    'dzień', 'diena', 'jum', 'ден', 'дд',
    // Bulgarian in Latin letters, as in the control names `ddlDen`, `ddlMesec`, `ddlGodina`.
    'den',
  ],
  month: [
    'month', 'mm', 'm', 'mth', 'monat', 'mese', 'mois', 'mes', 'mês', 'miesiąc', 'mēnesis',
    'xahar', 'месец', 'мм', 'mesec',
  ],
  year: [
    'year', 'yyyy', 'ccyy', 'yy', 'y', 'yr', 'jahr', 'jjjj', 'anno', 'aaaa', 'aa', 'année', 'año', 'ano',
    'rok', 'rrrr', 'gads', 'gggg', 'sena', 'година', 'гггг', 'godina',
  ],
} as const;

/** Words that introduce a format mask, as "Formato hh:mm" under a time box does. */
export const FORMAT = ['format', 'formato', 'formats', 'formāts', 'formát', 'формат', 'formaat'];

/**
 * Words that name the hour or the minutes of a time split over two controls,
 * as Ninja Forms' `hour` and `minute` selects after a date box.
 */
// prettier-ignore
export const TIME_PART_WORDS = {
  hour: [
    'hour', 'hours', 'hh', 'hr', 'ora', 'ore', 'stunde', 'std', 'heure', 'heures', 'hora',
    'horas', 'godzina', 'godz', 'stunda', 'stundas', 'siegħa', 'час', 'чч',
  ],
  minute: [
    'minute', 'minutes', 'min', 'mins', 'minuto', 'minuti', 'minuten', 'minuta', 'minuty',
    'minut', 'minutos', 'minūte', 'minūtes', 'минута', 'минути', 'мин',
  ],
} as const;

/**
 * Words of labels that name no alert data: a search box, the officer or user
 * who enters the alert, internal notes and the record's own entry date.
 */
// prettier-ignore
export const SEARCH = [
  'search', 'quick search', 'find', 'ricerca', 'ricerca rapida', 'cerca', 'suche', '*suche',
  'suchen', 'recherche', 'rechercher', 'búsqueda', 'buscar', 'buscador', 'pesquisa',
  'pesquisar', 'szukaj', 'wyszukaj', 'wyszukiwanie', 'meklēt', 'meklēšana', 'fittex',
  'търсене', 'търси',
];

/**
 * Officials who take or handle the report, as in "Officer receiving the
 * report", "Служител, приел сигнала", "Ziņojumu pieņēma: Amatpersona" or
 * "Teléfono del agente". Their names and phones are not the child's.
 */
// prettier-ignore
export const OFFICIAL = [
  'officer', 'police officer', 'receiving officer', 'investigating officer', 'agent', 'agente',
  'agente actuante', 'agente di polizia', 'ufficiale di polizia', 'verbalizzante',
  'polizeibeamter', 'polizeibeamtin', 'polizeibeamten', 'beamter', 'beamtin', 'beamten',
  'sachbearbeiter', 'sachbearbeiterin', 'sachbearbeiters', 'sachbearbeitung', 'funkcjonariusz', 'funkcjonariusza', 'policjant',
  'fonctionnaire', 'policier', 'gendarme', 'enquêteur', 'funcionario', 'funcionária',
  'funcionário', 'amatpersona', 'amatpersonas', 'policists', 'uffiċjal',
  // An Garda Síochána calls its officers members: "Garda member", "Reg. no.".
  'garda', 'garda member',
  'darbinieks', 'darbinieka', 'atbildīgais darbinieks',
  'служител', 'служителя', 'полицай', 'полицейски служител',
  // Verbs of receiving the report: "Received by", "Ziņojumu pieņēma", "приел сигнала".
  'received', 'receiving', 'ricevuto', 'ricevente', 'entgegengenommen', 'entgegennehmende',
  'przyjął', 'przyjęła', 'przyjmujący', 'reçu', 'recibido', 'recebido', 'pieņēma',
  'pieņēmējs', 'rċieva', 'приел', 'приела', 'приета', 'приет',
];

// prettier-ignore
export const OFFICER = [
  'officer', 'operator', 'user', 'username', 'user id', 'entered by', 'created by',
  'recorded by', 'collar number', 'badge number', 'shoulder number', 'warrant number',
  'pc number', 'pc no', 'dienstausweis', 'dienstausweisnummer', 'legitymacja służbowa',
  'nr legitymacji', 'numer legitymacji',
  'operatore', 'utente', 'matricola', 'inserito da', 'compilato da', 'agente',
  'dienstnummer', 'erfasser', 'erfasserin', 'erfasst von', 'erfassende person', 'benutzer',
  'kennung', 'funkcjonariusz', 'numer służbowy', 'wprowadził', 'użytkownik',
  'opérateur', 'agent', 'matricule', 'saisi par', 'utilisateur', 'operador',
  'introducido por', 'usuario', 'número de placa', 'utilizador', 'inserido por',
  'lietotājs', 'ievadīja', 'operators', 'dienesta numurs', 'dienesta apliecība', 'utent',
  'uffiċjal', 'amatpersona', 'служител', 'служебен',
  // The officer who writes the report: "Rédacteur (grade, nom)", "Verbalizzante".
  'rédacteur', 'rédactrice', 'verbalisant', 'verbalizzante',
  // The session box of the signed-in user: "Zalogowany: st. asp. M. Nowak".
  'logged in', 'logged in as', 'signed in as', 'zalogowany', 'zalogowana', 'angemeldet als',
  'connecté en tant que', 'connesso come', 'conectado como', 'pieslēdzies', 'влезли сте като',
  'daħħal minn', 'оператор', 'потребител', 'служебен номер', 'въведено от',
];

/**
 * Words of a workplace, for the phone of an office, a police district or an
 * agency: "Diensttelefon", "Dienesta tālrunis", "AGY PHONE". The child has none.
 */
// prettier-ignore
export const WORKPLACE = [
  'office', 'work', 'service', 'duty', 'agency', 'agy', 'district', 'station', 'desk',
  'ufficio', 'servizio', 'dienst', 'dienststelle', 'büro', 'bureau', 'poste',
  'oficina', 'servicio', 'serviço', 'służbowy', 'służbowa', 'służbowe', 'dienesta',
  'darba', 'uffiċċju', 'servizz', 'служебен', 'служебна', 'служебни',
  // An office line's extension: "Telefon (Durchwahl)".
  'durchwahl',
];

// prettier-ignore
export const INTERNAL = [
  'internal', 'internal use', 'interne', 'interni', 'interna', 'interno', 'intern', 'interner',
  'internes', 'internen', 'wewnętrzne', 'wewnętrzna', 'internas', 'internos', 'iekšējās',
  'iekšējā', 'interni', 'вътрешни', 'вътрешна', 'служебни',
  // Confidential notes, kept out of the alert: "Annotazioni (riservate)".
  'riservato', 'riservata', 'riservate', 'riservati', 'vertraulich', 'vertrauliche',
  'confidential', 'confidentiel', 'confidentielles', 'confidencial', 'confidenciales',
  'confidenciais', 'poufne', 'конфиденциални',
];

// prettier-ignore
export const NOTES = [
  'remarks', 'remark', 'notes', 'note', 'comments', 'comment', 'annotazioni', 'annotazione',
  'osservazioni', 'bemerkung', 'bemerkungen', 'vermerk', 'vermerke', 'notiz', 'notizen',
  'uwagi', 'notatki', 'remarques', 'observations', 'commentaires', 'observaciones', 'notas',
  'comentarios', 'observações', 'piezīmes', 'komentāri', 'noti', 'rimarki', 'kummenti',
  'бележки', 'забележки', 'коментари',
];

/** Words of the record's own entry, as in "Data inserimento" or "Erfassungsdatum". */
// prettier-ignore
export const RECORD_ENTRY = [
  'entry', 'data entry', 'inserimento', 'registrazione', 'erfassung', 'erfassungs',
  'saisie', 'wprowadzenia', 'introducción', 'alta', 'introdução', 'ievadīšanas',
  'daħla', 'въвеждане',
];

/** Bodies and units that enter an alert, as named together with an `ISSUING` word. */
// prettier-ignore
export const ISSUING_BODY = [
  'unit', 'force', 'entidade', 'entity', 'body', 'unidade', 'unidad', 'unità', 'einheit', 'vienība',
];

/** Words that make an office the one that issues the alert: "Ufficio segnalante". */
// prettier-ignore
export const ISSUING = [
  'issuing', 'originating', 'segnalante', 'procedente', 'ausschreibende', 'ausschreibend',
  'signalante', 'informadora', 'emisora', 'emitente', 'wpisujący', 'wydający', 'izdevēja',
  'sinjalanti', 'издаващ', 'подаващ', 'издаващо', 'издаваща',
  // The Portuguese "Entidade que insere o alerta" and "Entidade que solicita a inserção".
  'insere', 'inseridora', 'inserção',
  // The Spanish "Unidad que emite el señalamiento".
  'emite',
  // Latvian "ievadošā struktūrvienība", the unit that enters the alert.
  'ievadošā', 'ievadošais',
];

/** Words of a level or grading, as in "Risk grading" or "Livello di rischio". */
// prettier-ignore
export const LEVEL = [
  'level', 'grading', 'grade', 'rating', 'livello', 'grado', 'stufe', 'einstufung', 'niveau',
  'nivel', 'nível', 'grau', 'poziom', 'stopień', 'līmenis', 'livell', 'ниво', 'степен',
];

/** Surname words, for a label of one control that names both the surname and the forenames. */
// prettier-ignore
export const SURNAME = [
  'surname', 'surnames', 'last name', 'family name', 'cognome', 'cognomi', 'nachname',
  'familienname', 'zuname', 'nazwisko', 'nom', 'nom de famille', 'apellido', 'apellidos',
  'apelido', 'apelidos', 'sobrenome', 'uzvārds', 'kunjom', 'фамилия',
];

/** Forename words, for a label of one control that names both the surname and the forenames. */
// prettier-ignore
export const FORENAME = [
  'forename', 'forenames', 'first name', 'first names', 'given name', 'given names', 'nome',
  'nomi', 'vorname', 'vornamen', 'imię', 'imiona', 'prénom', 'prénoms', 'nombre', 'nombres',
  'nomes', 'nome próprio', 'nomes próprios', 'vārds', 'vārdi', 'isem', 'ismijiet', 'име',
  'собствено име',
];

/** Words that tell the first surname from the second: "Primer apellido", "Apelido materno". */
// prettier-ignore
export const SURNAME_ORDER = [
  'first', 'second', '1st', '2nd', '1', '2', 'primer', 'primero', 'segundo', 'primeiro',
  'paterno', 'materno', 'paternal', 'maternal', 'primo', 'secondo', 'premier', 'erster',
  'zweiter', 'pierwsze', 'drugie', '1er', '2do', '1º', '2º',
];

/** Words of a middle name or patronymic, the second part of forenames asked in two boxes. */
export const MIDDLE_NAME = ['middle', 'patronymic', 'бащино', 'презиме'];

/** Words of a destination, as in "Destino manifestado: país" or "Localidad de destino". */
// prettier-ignore
export const DESTINATION = [
  'destination', 'destinazione', 'ziel', 'reiseziel', 'cel', 'destino', 'galamērķis',
  'destinazzjoni', 'дестинация', 'крайна цел',
];

/** Words of a name's original script: "Name in Originalschrift", "Имена на оригиналната писменост". */
// prettier-ignore
export const ORIGINAL_SCRIPT = [
  'original script', 'original alphabet', 'native script', 'scrittura originale',
  'alfabeto originale', 'originalschrift', 'originalschreibweise', 'pisownia oryginalna',
  'alfabet oryginalny', 'écriture originale', 'alphabet d origine', 'escritura original',
  'alfabeto original', 'escrita original', 'oriģinālrakstībā', 'oriģinālrakstība',
  'kitba oriġinali', 'оригиналната писменост', 'оригинална писменост', 'оригиналния шрифт',
];

/** Words of going somewhere, as in "Where might they go?" or "Wohin wollte es?". */
// prettier-ignore
export const GO = [
  'go', 'going', 'heading', 'headed', 'travel', 'travelling', 'andare', 'andava', 'diretto',
  'diretta', 'wohin', 'hin', 'aller', 'allait', 'ir', 'iba', 'dirigía', 'pojechać', 'udać',
  'iet', 'doties', 'imur', 'jmur', 'отиде', 'отива',
];

/**
 * Short abbreviations that end in a full stop, with the vocabulary word each
 * stands for: "Data ur.", "Dz. datums", "Tgb.-Nr.", "Doc. n.º". Longer ones
 * ("nasc.", "tālr.", "Staatsangeh.") are read as the start of a vocabulary
 * word without an entry here, unless the start fits words of several meanings.
 */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Birth: Polish "ur.", Latvian "dz.", Spanish "nac.", Italian and Portuguese "nasc.",
  // French "naiss.", Bulgarian "раж.".
  ur: 'urodzenia', urodz: 'urodzenia', dz: 'dzimšanas', dzim: 'dzimšanas', nac: 'nacimiento',
  nasc: 'nascita', naiss: 'naissance', раж: 'раждане',
  // Date: Spanish "F. nacimiento", "F. salida".
  f: 'fecha',
  // Social: Bulgarian "Соц. работник".
  соц: 'социален',
  // Names: Polish "Nazw. rodowe", Portuguese "Apel.".
  nazw: 'nazwisko', apel: 'apelido',
  // Numbers and documents: Maltese "Nru.", Bulgarian "ном.", "Doc.", "Dok.", Italian "Cod.".
  nru: 'numru', ном: 'номер', doc: 'documento', dok: 'dokument', cod: 'codice',
  // Phones: Spanish "Tfno.", "Tlf.", "Telf.", Bulgarian "Тел.".
  tfno: 'teléfono', tlf: 'teléfono', telf: 'teléfono', тел: 'телефон',
  // Registers and case files: "Reg.-Nr.", Polish "rej.", Bulgarian "рег.", German "Tgb.-Nr.",
  // Portuguese "Proc.", Italian "Prot. n.".
  reg: 'register', rej: 'rejestr', рег: 'регистър', tgb: 'tagebuch', proc: 'processo',
  prot: 'protocollo',
  // Places: Polish "msc." (miejscowość), Bulgarian "гр." (град).
  msc: 'miejscowość', гр: 'град',
  // German "Bes. Kennzeichen", "Staatsang.".
  bes: 'besondere', staatsang: 'staatsangehörigkeit',
};

/** Words of a portal's own screens, as in "Interface language" or "Langue du site". */
// prettier-ignore
export const INTERFACE = [
  'interface', 'user interface', 'site', 'portal', 'display', 'interfaccia', 'sito',
  'oberfläche', 'benutzeroberfläche', 'anzeigesprache', 'interfejs', 'interfejsu', 'strony',
  'interfaz', 'sitio', 'saskarne', 'saskarnes', 'vietnes', 'portāla',
  'interfaċċja', 'интерфейс', 'интерфейса', 'сайта', 'портала',
];

/**
 * Parts of terminal prompts that data-entry screens shorten by convention, as
 * "DT" and "TM" in "RPT-DT" and "LSN.TM", "PH" in "GDN-PH" or "AKA" in
 * "AKA1", with the words each stands for. A part listed here is read as its
 * words before any other reading. "ALT" ("alternate") reads as "other", the
 * word the vocabulary's terms of other names and dates use.
 */
// prettier-ignore
export const PROMPT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Dates, times and numbers.
  dt: 'date', dte: 'date', tm: 'time', no: 'number', nr: 'number', nbr: 'number', num: 'number',
  cd: 'code', ty: 'type', typ: 'type', ref: 'reference',
  // Phones and addresses.
  ph: 'phone', tel: 'telephone', tph: 'telephone', mob: 'mobile', ad: 'address',
  adr: 'address', addr: 'address',
  // People.
  fa: 'father', fath: 'father', mo: 'mother', moth: 'mother', gdn: 'guardian', grd: 'guardian',
  wkr: 'worker', wrk: 'worker', warn: 'warning', mkrs: 'markers', aka: 'alias', oth: 'other', alt: 'other', gvn: 'given name',
  givn: 'given name', fam: 'family name', ch: 'child',
  // Body.
  ht: 'height', hgt: 'height', wt: 'weight', wgt: 'weight',
  // Places and the child's origin.
  pl: 'place', plc: 'place', loc: 'location', ctry: 'country', cntry: 'country',
  lang: 'language', lng: 'language', natl: 'nationality', naty: 'nationality', brth: 'birth',
  lst: 'last seen', lsn: 'last seen', 'l/s': 'last seen', cob: 'country of birth',
  dest: 'destination', langs: 'languages',
  // The alert and its file.
  cat: 'category', st: 'status', sts: 'status', stat: 'status', doc: 'document', org: 'organisation', doss: 'file',
  iss: 'issuing', svc: 'service', prev: 'previous', crt: 'court', ho: 'home office',
  surn: 'surname', fnam: 'forename', med: 'medical', reg: 'register', grnd: 'grounds', grnds: 'grounds', decis: 'decision',
  dacty: 'dactyloscopy', edac: 'eurodac',
  agcy: 'agency', agy: 'agency', rpt: 'reported', rptd: 'reported', decn: 'decision',
  dcn: 'decision', apx: 'approximate', approx: 'approximate', est: 'estimated', fp: 'fingerprints',
  fpr: 'fingerprints', inst: 'institution', absc: 'absconded',
};

/**
 * English words that terminal screens shorten to mnemonics of their own, one
 * spelling each. The letters of a mnemonic must lead to one of them, or to
 * two or three that a field term combines. Words of no field, such as
 * "internal" and "remarks", keep their mnemonics from reading as a field's.
 */
// prettier-ignore
export const MNEMONIC_WORDS = [
  'abroad', 'action', 'address', 'alias', 'asylum', 'birth', 'care', 'case', 'category',
  'caution', 'centre', 'citizenship', 'clothing', 'contact', 'country', 'date', 'destination',
  'estimated', 'facility', 'father', 'given', 'guardian', 'height', 'institution', 'internal',
  'key', 'language', 'last',
  'left', 'location', 'marks', 'minor', 'mother', 'name', 'nationality', 'number',
  'phone', 'photo', 'place', 'placement', 'reason', 'registration', 'remarks', 'reporter',
  'seen', 'status', 'surname', 'telephone', 'time', 'unaccompanied', 'urgent',
  'warning', 'weight', 'worker',
];
