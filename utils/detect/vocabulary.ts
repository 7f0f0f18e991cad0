/**
 * Label vocabulary: for each catalogue field, the words and phrases that portals
 * use for it, with a weight from 0 to 1. Terse NCIC mnemonics (NAM, DOB, SEX, HGT,
 * WGT, EYE, HAI, SMT, DLC, OCA) and common identifier words are included.
 */
import * as w from './vocabulary-words';

/** A way to name a field: every group must occur in the label, in any order. */
export interface Term {
  /** Alternatives per group; a phrase of several words must occur in order. */
  groups: readonly (readonly string[])[];
  weight: number;
}

function phrases(...list: string[]): Term {
  return { groups: [list], weight: 1 };
}

function weak(weight: number, ...list: string[]): Term {
  return { groups: [list], weight };
}

function all(...groups: (readonly string[] | string)[]): Term {
  const lists = groups.map((group) => (typeof group === 'string' ? [group] : group));
  return { groups: lists, weight: 1 };
}

function allWeighted(weight: number, ...groups: (readonly string[] | string)[]): Term {
  return { ...all(...groups), weight };
}

const PHONE_OR_MAIL = [...w.PHONE, ...w.EMAIL, ...w.CONTACT];

/** Words for fingerprints and their record. */
// prettier-ignore
const FINGERPRINTS = [
  'fingerprints', 'fingerprint', 'dactyloscopic data', 'dactyloscopy', 'afis', 'faed', 'nafis',
  'ten print', 'tenprint', 'decadactilar', 'reseña decadactilar',
  'impronte', 'impronte digitali', 'fotosegnalamento', 'cartellino fotodattiloscopico',
  'fingerabdrücke', 'fingerabdruck', 'daktyloskopie', 'fotodattiloscopici',
  'fotodattiloscopico', 'rilievi dattiloscopici', 'rilievi fotodattiloscopici',
  'дактилоскопна регистрация', 'дактилоскопия', 'дактилоскопна', 'пръстови отпечатъци',
  'pirkstu nospiedumi', 'pirkstu nospiedumu', 'daktiloskopija', 'bdas',
  'odciski palców', 'daktyloskopia', 'daktyloskopii', 'daktyloskopijny', 'daktyloskopijna', 'empreintes', 'empreintes digitales',
  'huellas', 'huellas dactilares', 'reseña dactilar', 'impressões digitais',
  'marki tas swaba', 'daktiloskopijas', 'daktiloskopiskie', 'daktiloskopisko',
  'daktiloskopēšana', 'daktiloskopēšanas', 'daktiloskopiskās', 'daktyloskopijna', 'daktyloskopijnej',
  'daktyloskopijny', 'daktyloskopijnego', 'dactiloscópica', 'dactiloscópico',
  'resenha dactiloscópica', 'reseña dactiloscópica', 'cartellino fotosegnaletico',
  'fotosegnaletico', 'reseña lofoscópica', 'lofoscópica',
  // German police record prints and photographs in the "erkennungsdienstliche Behandlung".
  'ed behandlung', 'erkennungsdienstliche behandlung',
];

// prettier-ignore
export const FIELD_TERMS: Readonly<Record<string, readonly Term[]>> = {
  alert_category: [
    phrases(
      'alert category', 'category of alert', 'categoria della segnalazione',
      'ausschreibungskategorie', 'fahndungskategorie', 'kategoria wpisu',
      'catégorie de signalement', 'categoría de descripción', 'categoria de indicação',
      'brīdinājuma kategorija', 'категория на сигнала',
      // The category named with the system: "SIS alert category", "Категория в ШИС".
      'sis alert category', 'sis category', 'categoria sis', 'sis kategorie', 'kategoria sis',
      'catégorie sis', 'categoría sis', 'sis kategorija', 'kategorija sis', 'категория в шис',
      'категория шис', 'kategorija tal allert',
    ),
    weak(0.85, 'category', 'categoria', 'kategorie', 'kategoria', 'catégorie', 'categoría',
      'kategorija', 'категория'),
    // Art. 32 of Regulation (EU) 2018/1862 lists the categories of alerts on missing persons.
    weak(0.9, 'art 32', 'article 32', 'articolo 32', 'artikel 32', 'artículo 32', 'artigo 32',
      'artykuł 32', '32 pants', 'artikolu 32', 'член 32', 'чл 32'),
  ],
  case_type: [
    phrases('case type', 'type of case', 'tipologia', 'tipologia di scomparsa', 'fallart',
      'fallkategorie', 'fallgruppe', 'typ sprawy', 'rodzaj sprawy', 'type de disparition',
      'tipo de desaparición', 'tipo de desaparecimento', 'lietas veids', 'gadījuma veids',
      'nature de la disparition', 'вид на случая', 'kwalifikacja zaginięcia'),
    all(w.TYPE, w.CASE),
    all(w.TYPE, w.DISAPPEARANCE),
  ],
  surname: [
    phrases(
      'surname', 'surnames', 'last name', 'family name', 'current surname', 'lastname',
      'lname', 'cognome', 'cognomi', 'nachname', 'familienname', 'zuname', 'nazwisko',
      'nom', 'nom de famille', 'nom d usage', 'apellido', 'apellidos', 'primer apellido',
      'segundo apellido', 'apelido', 'apelidos', 'sobrenome', 'uzvārds', 'kunjom',
      'фамилия', 'фамилно име',
    ),
    weak(0.7, 'fam', 'nachn', 'cogn'),
    weak(0.6, 'name', 'nam', 'nominativo', 'full name', 'nome completo'),
    // A control labelled with both the surname and the forenames is the surname, which the
    // minimum data set of Art. 22(1) of Regulation (EU) 2018/1862 requires.
    // NOTE: a fill writes only the surname into such a control, not the forenames after it.
    all(w.SURNAME, w.FORENAME),
  ],
  forenames: [
    phrases(
      'forename', 'forenames', 'first name', 'first names', 'given name', 'given names',
      'christian name', 'firstname', 'fname', 'givenname', 'nome', 'nomi',
      'nome di battesimo', 'vorname', 'vornamen', 'rufname', 'imię', 'imiona', 'prénom',
      'prénoms', 'nombre', 'nombres', 'nomes', 'nome próprio', 'nomes próprios', 'vārds', 'vārdi',
      'isem', 'ismijiet', 'име', 'собствено име',
    ),
    weak(0.6, 'vor', 'vorn'),
  ],
  name_at_birth: [
    phrases(
      'name at birth', 'birth name', 'surname at birth', 'maiden name',
      'cognome alla nascita', 'cognome di nascita', 'geburtsname', 'geburtsnamen',
      'nazwisko rodowe', 'nom de naissance', 'nom de jeune fille', 'nom patronymique',
      'apellido de nacimiento',
      'apellido de soltera', 'apelido de nascimento', 'dzimšanas uzvārds', 'kunjom xbubit',
      'фамилия по рождение', 'рождено име', 'рождена фамилия', 'фамилно име по рождение',
      'фамилия при раждане', 'фамилно име при раждане',
    ),
    allWeighted(0.95, w.NAME, w.BIRTH),
  ],
  aliases: [
    phrases(
      'alias', 'aliases', 'other names', 'also known as', 'aka', 'nickname', 'altri nomi',
      'soprannome', 'aliasname', 'aliasnamen', 'weitere namen', 'spitzname', 'pseudonim',
      'inne nazwiska', 'inne imiona', 'surnom', 'autres noms', 'apodo', 'otros nombres',
      'alcunha', 'outros nomes', 'pseidonīms', 'citi vārdi', 'psewdonimu', 'laqam',
      'псевдоним', 'прякор', 'други имена', 'psewdonimi', 'ismijiet oħra', 'ismijiet oħrajn',
    ),
    // Names in the child's own script, which the SIRENE Manual keeps as aliases beside the
    // Latin form in the name fields.
    all(w.NAME, w.ORIGINAL_SCRIPT),
    // "Aliasname", "Aliaspersonalien": German compounds that start with "Alias".
    phrases('alias*'),
    allWeighted(0.9, w.OTHER, w.NAME),
    all(w.OTHER, w.SPELLING),
    // "Nombre o grafía utilizada", "Name/Schreibweise": a name as the child spelled it.
    all(w.NAME, w.SPELLING),
    weak(0.85, ...w.SPELLING),
  ],
  date_of_birth: [
    phrases(
      'date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'geburtsdatum',
      'geburtstag', 'gebdatum', 'data di nascita', 'datanascita', 'data urodzenia',
      'date de naissance', 'fecha de nacimiento', 'data de nascimento', 'dzimšanas datums',
      'data tat twelid', 'дата на раждане', 'рождена дата',
    ),
    all(w.DATE, w.BIRTH),
    weak(0.85, 'bday'),
  ],
  date_of_birth_estimated: [
    all(w.ESTIMATED, w.BIRTH),
    all(w.ESTIMATED, w.DATE),
    weak(0.7, ...w.ESTIMATED),
    phrases('age assessment', 'accertamento dell età', 'altersfeststellung',
      'altersschätzung', 'ocena wieku', 'évaluation de l âge', 'determinación de la edad'),
  ],
  declared_dates_of_birth: [
    all(w.OTHER, w.DATE, w.BIRTH),
    allWeighted(0.85, w.OTHER, ['dob', 'dobs']),
    // "Altre date dichiarate": other dates of a child are the dates of birth it declared.
    allWeighted(0.85, w.OTHER, w.DATES),
    // Maltese "Dati tat-twelid oħra": "dati" alone is Italian for data, so only the phrase counts.
    all(w.OTHER, 'dati tat twelid'),
    phrases('dati oħra tat-twelid'),
    // German joins the words, "Weitere angegebene Geburtsdaten", or cuts them short,
    // "sonst. angeg. Geb.-Daten".
    allWeighted(0.9, w.OTHER, ['geburtsdaten', 'geburtsdatum', 'geb daten', 'geb datum']),
  ],
  place_of_birth: [
    phrases(
      'place of birth', 'birthplace', 'birth place', 'pob', 'luogo di nascita',
      // Polish "M. UR." (miejsce urodzenia), read after "UR." expands to "urodzenia".
      'm urodzenia',
      'luogonascita', 'geburtsort', 'gebort', 'miejsce urodzenia', 'lieu de naissance',
      'lugar de nacimiento', 'local de nascimento', 'naturalidade', 'dzimšanas vieta',
      'post tat twelid', 'място на раждане', 'месторождение',
    ),
    all(w.PLACE, w.BIRTH),
  ],
  country_of_birth: [
    phrases(
      'country of birth', 'birth country', 'cob', 'stato di nascita', 'paese di nascita',
      'nazione di nascita', 'geburtsland', 'geburtsstaat', 'kraj urodzenia',
      'pays de naissance', 'país de nacimiento', 'país de nascimento', 'dzimšanas valsts',
      'pajjiż tat twelid', 'държава на раждане', 'país de naturalidade',
    ),
    all(w.COUNTRY, w.BIRTH),
  ],
  sex: [
    phrases(
      'sex', 'gender', 'sesso', 'genere', 'geschlecht', 'płeć', 'sexe', 'genre', 'sexo',
      'género', 'gênero', 'dzimums', 'sess', 'пол',
    ),
    weak(0.8, 'm f', 'm w', 'sx'),
  ],
  nationalities: [
    phrases(
      'nationality', 'nationalities', 'citizenship', 'cittadinanza', 'nazionalità',
      'staatsangehörigkeit', 'staatsangehörigkeiten', 'nationalität', 'staatsbürgerschaft',
      'obywatelstwo', 'narodowość', 'nationalité', 'citoyenneté', 'nacionalidad',
      'ciudadanía', 'nacionalidade', 'cidadania', 'pilsonība', 'nazzjonalità',
      'ċittadinanza', 'гражданство', 'националност', 'nationalités', 'citoyennetés',
      'nacionalidades', 'cittadinanze', 'obywatelstwa',
    ),
    weak(0.5, 'nat', 'naz', ...w.COUNTRY),
    // NCIC: CTZ, citizenship.
    weak(0.9, 'ctz'),
  ],
  distinguishing_marks: [
    phrases(
      'distinguishing marks', 'distinguishing features', 'identifying marks',
      'scars marks tattoos', 'smt', 'scars', 'tattoos', 'physical description',
      'segni particolari', 'segni distintivi', 'cicatrici', 'tatuaggi', 'descrizione fisica',
      'connotati', 'besondere merkmale', 'besondere kennzeichen', 'unveränderliche merkmale',
      'merkmale', 'narben', 'tätowierungen', 'personenbeschreibung', 'znaki szczególne',
      'rysopis', 'blizny', 'tatuaże', 'signes particuliers', 'signes distinctifs',
      'cicatrices', 'tatouages', 'description physique', 'señas particulares',
      'señales particulares', 'tatuajes', 'descripción física', 'sinais particulares',
      'cicatrizes', 'tatuagens', 'descrição física', 'īpašās pazīmes', 'ārējās pazīmes', 'rētas',
      'tetovējumi', 'marki partikolari', 'особени белези', 'белези',
      'татуировки',
    ),
    weak(0.7, 'description', 'descrizione', 'beschreibung', 'opis', 'descripción física',
      'descrição', 'apraksts', 'deskrizzjoni', 'описание', 'marks', 'pazīmes'),
  ],
  warning_flags: [
    phrases(
      'warning', 'warnings', 'warning flags', 'caution', 'avvertenze', 'avvertimenti',
      'indicazioni di pericolo', 'warnhinweis', 'warnhinweise', 'personengebundene hinweise',
      'ostrzeżenia', 'ostrzeżenie', 'avertissements', 'advertencias', 'avisos',
      'brīdinājumi', 'brīdinājuma pazīmes', 'twissijiet', 'предупреждения', 'предупредителни указания',
      'предупредителни отметки', 'warning markers', 'brīdinājuma atzīmes', 'brīdinājuma atzīme',
      'brīdinājuma zīmes',
    ),
    // A terminal's "Warn: absconder".
    phrases('warn'),
    weak(0.8, 'armed', 'violent', 'absconded', 'absconder', 'armato', 'violento', 'bewaffnet',
      'aizbēdzis', 'aizbēgusi', 'gewalttätig', 'uzbrojony', 'armé', 'armado', 'bruņots', 'въоръжен',
      // A child who runs away from care homes, in Polish.
      'ucieka z placówek', 'skłonność do oddaleń', 'skłonność do ucieczek',
      // A child who absconded from care, in French.
      's est soustrait', 'soustrait à la prise en charge', 's est soustraite',
      // And in Portuguese and Latvian.
      'fugiu da instituição', 'fugiu do acolhimento', 'aizbēdzis no iestādes',
      'aizbēdzis no aprūpes iestādes',
      // And in Spanish.
      'fugas reiteradas'),
  ],
  alert_reason: [
    all(w.REASON, w.ALERT),
    phrases('ausschreibungsgrund', 'fahndungsanlass', 'powód wpisu'),
    weak(0.85, ...w.REASON),
  ],
  issuing_authority: [
    phrases('issuing authority', 'issuing service', 'issuing agency', 'entering agency',
      'autorità segnalante', 'ausschreibende behörde', 'ausschreibende stelle',
      'organ wpisujący', 'autorité signalante', 'autoridad informadora', 'unidade participante', 'unidad que señala',
      // "Service à l'origine de l'inscription", the French service that enters the alert.
      'service à l origine', 'service d origine', 'service inscripteur', 'service émetteur'),
    weak(0.9, ...w.AUTHORITY),
    allWeighted(1, w.AUTHORITY, w.ALERT),
    all(w.AUTHORITY, w.ISSUING),
    phrases('service enquêteur', 'service demandeur', 'service initiateur', 'service requérant', 'unité requérante', 'unité d enquête',
      'servicio instructor', 'unidad instructora', 'dependencia instructora'),
    // Police districts and zones that enter the alert: Belgium's "zone de police", Malta's
    // "Reporting district", the Bulgarian "Структура, въвела сигнала".
    phrases('zone de police', 'politiezone', 'reporting district', 'police district',
      'структура въвела сигнала', 'структура на мвр',
      'структура обявяваща издирването', 'структура обявяваща'),
    // NCIC: ORI, the originating agency identifier.
    phrases('ori', 'originating agency'),
    // A unit or body named by what it does with the alert: "Issuing unit", "ISSUING
    // FORCE/UNIT", "Entidade que insere o alerta", the Latvian "Izsludinātājs".
    all(w.ISSUING_BODY, w.ISSUING),
    phrases('izsludinātājs', 'izsludinātāja iestāde',
      // Spain enters an alert by "dar de alta": "Unidad que da de alta".
      'unidad que da de alta', 'unidad de alta'),
  ],
  decision_reference: [
    all(w.DECISION, w.NUMBER),
    // "Акт на компетентния орган, №", "Decyzja organu": the authority's decision, not the authority.
    all(w.DECISION, w.AUTHORITY),
    weak(0.9, ...w.DECISION),
    weak(0.9, 'estremi del provvedimento', 'sygnatura postanowienia'),
    // A court's or local authority's order on a terminal screen: "ORDER REF".
    phrases('order reference', 'order number'),
  ],
  action_on_hit: [
    all(w.ACTION, w.HIT),
    phrases('action to be taken', 'azione da intraprendere', 'provvedimento da adottare',
      'zu treffende maßnahme', 'maßnahme bei antreffen', 'conduite à tenir',
      'acción que debe emprenderse', 'medida a tomar', 'ação a empreender',
      'veicamā darbība', 'azzjoni li għandha tittieħed', 'действие при откриване',
      'postępowanie w przypadku ujawnienia', 'postępowanie po ujawnieniu', 'sposób postępowania'),
    weak(0.85, ...w.ACTION),
  ],
  linked_alerts: [
    phrases('linked alerts', 'links', 'link', 'related alerts', 'collegamenti',
      'segnalazioni collegate', 'verknüpfungen', 'verknüpfte ausschreibungen',
      'powiązania', 'powiązane wpisy', 'liens', 'signalements liés', 'vínculos',
      'descripciones vinculadas', 'ligações', 'saites', 'saistītie brīdinājumi', 'rabtiet',
      'връзки', 'свързани сигнали'),
  ],
  national_register_number: [
    all(w.REGISTER, w.NUMBER),
    phrases('personal number', 'personal identification number', 'asylum number',
      'codice fiscale', 'codice unico identificativo',
      // Italy's CUI, the code that photo-identification gives a foreign national.
      'codice unico di identificazione',
      // The UK Home Office's reference of an asylum or immigration case.
      'home office reference', 'home office ref', 'home office number',
      // Italy's register of unaccompanied minors, the Sistema Informativo Minori (SIM).
      'id sim', 'codice sim', 'sistema informativo minori', 'personenkennziffer', 'azr nummer',
      'bamf aktenzeichen', 'vestanet', 'pesel', 'agdref', 'ofpra', 'dossier ofpra', 'personas kods', 'personal code', 'егн', 'egn',
      'лнч', 'nie', 'número de identidad de extranjero', 'nif',
      'número de identificação fiscal', 'steuer id', 'steuerliche identifikationsnummer'),
    // Asylum files, and the Swiss migration register: ZEMIS, in French SYMIC, in Italian SIMIC.
    phrases('dossier asile', 'dossier d asile', 'asyldossier', 'asylakte', 'fascicolo asilo',
      'expediente de asilo', 'processo de asilo', 'zemis', 'zemis nummer', 'symic', 'n° symic',
      'simic', 'numero simic',
      // Germany's central register of foreigners (Ausländerzentralregister).
      'azr', 'azr nr',
      // Austria's asylum office (BFA) numbers each person in its register with an IFA number.
      'ifa zahl', 'ifa nummer', 'ifa',
      // Malta's agency for asylum seekers (AWAS) numbers each person it receives, and so does
      // its International Protection Agency (IPA).
      'awas', 'ipa', 'ipa reference', 'referenza tal ipa',
      // Belgium's Immigration Office (Office des Étrangers) files each person under an SP number.
      'numéro sp', 'sp nummer', 'office des étrangers', 'dienst vreemdelingenzaken'),
    all(w.ASYLUM, w.NUMBER),
    all(w.ASYLUM, w.CASE, w.NUMBER),
  ],
  id_document_type: [
    all(w.DOCUMENT, w.TYPE),
    phrases('dokumentenart', 'ausweisart', 'type de pièce'),
    weak(0.5, ...w.DOCUMENT),
  ],
  id_document_country: [
    all(w.DOCUMENT, w.COUNTRY),
    allWeighted(0.9, w.ISSUE, w.COUNTRY),
    phrases(...w.ISSUING_COUNTRY),
    all(w.DOCUMENT, w.ISSUING_COUNTRY),
  ],
  id_document_number: [
    all(w.DOCUMENT, w.NUMBER),
    phrases('ausweisnummer', 'passnummer', 'dokumentennummer', 'reisepassnummer',
      'seria i numer', 'numer dowodu'),
    weak(0.6, ...w.DOCUMENT),
  ],
  id_document_issue_date: [
    all(w.ISSUE, w.DATE),
    allWeighted(0.8, w.DOCUMENT, w.ISSUE),
    phrases('ausstellungsdatum', 'rilasciato il', 'ausgestellt am'),
  ],
  facial_image: [
    phrases(
      'photo', 'photograph', 'picture', 'facial image', 'face image', 'portrait', 'image',
      'foto', 'fotografia', 'fotografie', 'immagine', 'immagine del volto', 'lichtbild',
      'bild', 'gesichtsbild', 'passbild', 'zdjęcie', 'wizerunek', 'photographie',
      'image faciale', 'fotografía', 'imagen facial', 'imagem facial', 'fotogrāfija',
      'sejas attēls', 'ritratt', 'снимка', 'фотография',
      'изображение на лицето', 'pic', 'img',
    ),
  ],
  fingerprints_reference: [
    phrases(...FINGERPRINTS),
    // "Daktiloskopijas reģ. Nr.", "Пръстови отпечатъци – рег. №": the number of the prints'
    // record, not of a person's register entry.
    all(FINGERPRINTS, w.NUMBER),
    all(FINGERPRINTS, w.REGISTER, w.NUMBER),
  ],
  dna_profile_reference: [
    phrases('dna', 'dna profile', 'profilo dna', 'dna profil', 'profil dna', 'profil adn',
      'adn', 'perfil adn', 'perfil de adn', 'dnk', 'dnk profils', 'profil tad dna', 'днк',
      'днк профил', 'dns profils', 'dns profila'),
  ],
  eurodac_reference: [phrases('eurodac', 'евродак')],
  last_seen_at: [
    phrases(...w.LAST_SEEN),
    all(w.LAST_SEEN, w.WHEN),
    all(w.DISAPPEARANCE, w.WHEN),
    phrases('tatzeit', 'vermisst seit', 'missing since', 'scomparso dal', 'scomparsa dal',
      'zaginiony od', 'disparu depuis', 'desaparecido desde', 'pazudis kopš'),
    weak(0.7, ...w.DISAPPEARANCE),
  ],
  last_seen_place: [
    all(w.LAST_SEEN, w.PLACE),
    all(w.DISAPPEARANCE, w.PLACE),
    all(w.LAST_SEEN, w.ADDRESS),
    phrases('tatort', 'letzter aufenthaltsort', 'last known location',
      'ultimo luogo noto', 'ostatnie miejsce pobytu', 'dernier lieu connu',
      'último lugar conocido', 'último local conhecido'),
  ],
  reported_at: [
    all(w.REPORT, w.WHEN),
    phrases('anzeigedatum', 'meldedatum', 'eingang der anzeige', 'date du signalement',
      'date et heure du signalement'),
    weak(0.6, ...w.REPORT),
  ],
  reported_by: [
    phrases(...w.REPORTER),
    all(w.REPORTER, w.NAME),
  ],
  unaccompanied: [
    phrases(
      'unaccompanied', 'unaccompanied minor', 'unaccompanied child', 'separated child',
      'uam', 'uasc', 'msna', 'minore straniero non accompagnato', 'non accompagnato',
      'non accompagnata', 'unbegleitet', 'unbegleitete', 'unbegleiteter minderjähriger', 'unbegleitete minderjährige', 'umf', 'uma',
      'ohne begleitung', 'bez opieki', 'małoletni bez opieki', 'nieletni bez opieki',
      'non accompagné', 'mineur non accompagné', 'mna', 'no acompañado',
      'menor no acompañado', 'menor extranjero no acompañado', 'mena', 'não acompanhado',
      'menor não acompanhado', 'nepavadīts', 'nepavadīts nepilngadīgais',
      'mhux akkumpanjat', 'minuri mhux akkumpanjat', 'непридружен',
      'непридружен непълнолетен', 'непридружено дете',
    ),
  ],
  care_centre_name: [
    all(w.CENTRE, w.ORGANISATION_NAME),
    weak(0.9, ...w.CENTRE),
    all([...w.CENTRE, ...w.INSTITUTION], w.DEPARTED),
    all([...w.CENTRE, ...w.INSTITUTION], w.PLACED),
  ],
  care_centre_address: [
    all(w.CENTRE, w.ADDRESS),
    weak(0.45, ...w.ADDRESS),
  ],
  care_centre_phone: [
    all(w.CENTRE, w.PHONE),
    allWeighted(0.95, w.PHONE, w.H24),
    allWeighted(0.9, w.CENTRE, w.H24),
    // "24-hour contact no.": the number reachable day and night is the centre's.
    allWeighted(0.85, w.CONTACT, w.H24),
    allWeighted(0.85, w.ON_CALL, w.H24),
  ],
  left_care_at: [
    all(w.LEFT_CARE, w.WHEN),
    all(w.DEPARTED, w.WHEN),
    // "Telaq miċ-ċentru fi (data u ħin)": when the child left the centre, not the centre left.
    all(w.DEPARTED, w.CENTRE, w.WHEN),
    // "Ħareġ miċ-ċentru fid-" before a date box: the date is the question.
    allWeighted(0.9, w.DEPARTED, w.CENTRE),
    all(w.LEFT_CARE, w.CENTRE),
    weak(0.85, ...w.LEFT_CARE),
  ],
  case_worker: [
    phrases(...w.CASE_WORKER),
    all(w.CASE_WORKER, w.NAME),
    all(w.STAFF, w.CENTRE),
  ],
  guardian_status: [
    all(w.GUARDIAN, w.STATUS),
    all(w.GUARDIAN, w.APPOINTED),
    weak(0.8, ...w.APPOINTED),
    // Words of the measure rather than the person: a list labelled "Tutelle" offers its states.
    weak(0.9, 'tutelle', 'tutela', 'vormundschaft', 'curatela', 'opieka prawna'),
  ],
  guardian_name: [
    weak(0.9, ...w.GUARDIAN),
    all(w.GUARDIAN, w.NAME),
  ],
  // The catalogue's guardian contact is a phone or e-mail, so the guardian's address is no field.
  guardian_contact: [all(w.GUARDIAN, PHONE_OR_MAIL)],
  father_name: [
    weak(0.9, ...w.FATHER),
    all(w.FATHER, w.NAME),
  ],
  mother_name: [
    weak(0.9, ...w.MOTHER),
    all(w.MOTHER, w.NAME),
  ],
  contacts_abroad: [
    all(w.RELATIVES, w.ABROAD),
    all(w.CONTACT, w.ABROAD),
    // The plural "contactos" stays out of CONTACT, where a control name such as
    // "contactos1Nome" would read as a contact detail.
    phrases('contactos en el extranjero', 'contactos no estrangeiro', 'contatos no exterior',
      'contactos no exterior'),
    all(['kontaktpersonen', 'kontaktperson', 'bezugspersonen'], w.ABROAD),
    weak(0.7, ...w.ABROAD),
  ],
  intended_destination: [
    phrases('destination', 'intended destination', 'destinazione', 'destinazione dichiarata',
      'ziel', 'reiseziel', 'zielort', 'zielland', 'cel podróży', 'miejsce docelowe',
      'destino', 'galamērķis', 'destinazzjoni', 'дестинация', 'крайна цел',
      'намерение да пътува', 'пътува до'),
    allWeighted(0.9, w.PLACE, w.GO),
    // "Destino manifestado: país", "Destination déclarée", "Zielland (angegeben)".
    phrases('destino manifestado', 'destino declarado', 'destino mencionado', 'destino indicado',
      'destination déclarée', 'destination mentionnée', 'destination indiquée',
      'destinazione indicata', 'destinazione menzionata', 'angegebenes ziel',
      'mentioned destination', 'stated destination', 'helmuga'),
    all(w.DESTINATION, w.COUNTRY),
    all(w.DESTINATION, w.PLACE),
  ],
  languages: [phrases(...w.LANGUAGE), all(w.LANGUAGE, w.SPEAK)],
  phone_numbers: [
    phrases(...w.PHONE),
    all(w.PHONE, w.NUMBER),
    weak(0.9, 'imei'),
    weak(0.7, '*vorwahl', 'prefisso', 'prefix', 'calling code', 'dialling code',
      'indicativo', 'prefiks', 'indicatif'),
  ],
  social_media: [
    phrases('social media', 'social network', 'social networks', 'social media accounts',
      'profili social', 'soziale medien', 'soziale netzwerke', 'media społecznościowe',
      'réseaux sociaux', 'redes sociales', 'redes sociais', 'sociālie tīkli',
      // The Latvian "soc. tīklos", with "sociālajos" cut short.
      'soc tīklos', 'soc tīkli', 'soc tīklu',
      'midja soċjali', 'социални мрежи', 'facebook', 'instagram', 'tiktok', 'snapchat',
      // Inflected forms, as in "Konten in sozialen Netzwerken" or "Konta w mediach
      // społecznościowych".
      'social', 'reti sociali', 'sozialen medien', 'sozialen netzwerken',
      'mediach społecznościowych', 'mediów społecznościowych', 'portale społecznościowe',
      'sociālajos tīklos', 'sociālo tīklu', 'социалните мрежи'),
  ],
  height_cm: [
    phrases('height', 'hgt', 'stature', 'altezza', 'statura', 'größe', 'körpergröße',
      'wzrost', 'taille', 'estatura', 'altura', 'augums', 'għoli', 'ръст', 'височина'),
  ],
  weight_kg: [
    phrases('weight', 'wgt', 'peso', 'gewicht', 'körpergewicht', 'waga', 'poids', 'svars',
      'piż', 'тегло'),
  ],
  eye_colour: [
    phrases('eye colour', 'eye color', 'eyes', 'eye', 'colore degli occhi', 'colore occhi',
      'occhi', 'augenfarbe', 'augen', 'kolor oczu', 'oczy', 'couleur des yeux', 'yeux',
      'color de ojos', 'color de los ojos', 'ojos', 'cor dos olhos', 'olhos', 'acu krāsa',
      'acis', 'kulur tal għajnejn', 'għajnejn', 'цвят на очите', 'очи'),
  ],
  hair_colour: [
    phrases('hair colour', 'hair color', 'hair', 'hai', 'colore dei capelli', 'capelli',
      'haarfarbe', 'haare', 'kolor włosów', 'włosy', 'couleur des cheveux', 'cheveux',
      'color de pelo', 'color del cabello', 'cabello', 'pelo', 'cor do cabelo', 'cabelo',
      'matu krāsa', 'mati', 'kulur tax xagħar', 'xagħar', 'цвят на косата', 'коса'),
  ],
  clothing: [
    phrases('clothing', 'clothes', 'clothing worn', 'abbigliamento', 'vestiti', 'indumenti',
      'vestiario', 'bekleidung', 'kleidung', 'ubiór', 'ubranie', 'odzież', 'vêtements',
      'tenue', 'aspect vestimentaire', 'ropa', 'vestimenta', 'vestuário', 'roupa',
      'apģērbs', 'ħwejjeġ', 'облекло', 'дрехи'),
    weak(0.8, 'items carried', 'mitgeführte gegenstände', 'oggetti portati'),
    // Question-style labels: "What were they wearing?".
    weak(0.85, 'wearing', 'worn', 'wore', 'indossava', 'indossati', 'trug', 'getragen', 'portait',
      'vestía', 'llevaba', 'vestia', 'usava', 'ubrany', 'ubrana', 'liebes', 'лебеше'),
  ],
  health_needs: [
    phrases('health', 'health needs', 'medical', 'medication', 'illness', 'disability',
      'salute', 'stato di salute', 'condizioni di salute', 'farmaci', 'malattie',
      'disabilità', 'gesundheit', 'gesundheitszustand', 'medikamente', 'krankheiten',
      'behinderung', 'erkrankung', 'erkrankungen', 'medikation', 'zdrowie', 'stan zdrowia', 'leki', 'choroby', 'santé', 'état de santé',
      'médicaments', 'salud', 'estado de salud', 'medicación', 'saúde', 'estado de saúde',
      'medicação', 'veselība', 'veselības stāvoklis', 'medikamenti', 'saħħa', 'mediċini',
      'здраве', 'здравословно състояние', 'лекарства'),
  ],
  risk_indicators: [
    phrases(...w.RISK),
    weak(0.8, 'trafficking', 'human trafficking', 'exploitation', 'forced marriage', 'fgm',
      'tratta', 'sfruttamento', 'matrimonio forzato', 'menschenhandel', 'ausbeutung',
      'zwangsheirat', 'handel ludźmi', 'wyzysk', 'traite', 'traite des êtres humains',
      'exploitation', 'mariage forcé', 'trata', 'explotación', 'exploração', 'cilvēku tirdzniecība',
      'трафик', 'експлоатация'),
  ],
  previous_disappearances: [
    all(w.PREVIOUS, w.DISAPPEARANCE),
    all(w.PREVIOUS, w.LEFT_CARE),
    phrases('wiederholt abgängig', 'fugues antérieures'),
  ],
  national_case_number: [
    all(w.CASE, w.NUMBER),
    // The number of the report filed with the police. Only the label's own words count: under a
    // section "Denuncia", "Educador/a de referencia" is no number.
    phrases('report number', 'police report number', 'numru tar rapport', 'número de denuncia',
      'numero della denuncia', 'numer zgłoszenia'),
    // "Рег. № на преписката", "Registration number of the case": the case's number, not a person's.
    all(w.REGISTER, w.NUMBER, w.CASE),
    // Italian "Prot. n.", "N. protocollo": the number under which the report was filed.
    all('protocollo', w.NUMBER),
    phrases('aktenzeichen', 'oca', 'case number', 'file number', 'protocollo',
      'vorgangsnummer', 'tagebuchnummer', 'sygnatura akt', 'numer sprawy', 'geschäftszahl',
      'geschäftsnummer', 'geschäfts-nr', 'numru tar-rapport',
      'aktenzahl'),
    // Portugal's NUIPC and Italy's R.G.N.R. (registro generale delle notizie di reato) are the
    // numbers of a criminal case.
    phrases('nuipc', 'rgnr'),
    // Bulgaria's УРИ (уникален регистрационен индекс) numbers a case file.
    phrases('ури', 'уникален регистрационен индекс'),
    // A bare reference number is most often the case's, and a surer label wins over it.
    weak(0.6, 'reference number', 'ref no', 'numero di riferimento', 'referenznummer',
      'numéro de référence', 'número de referencia', 'número de referência', 'numru ta referenza',
      'numer referencyjny', 'atsauces numurs', 'референтен номер'),
    // German "Az." (Aktenzeichen) and Austrian "GZ" (Geschäftszahl).
    weak(0.7, 'az', 'gz'),
  ],
  interpol_notice_number: [
    phrases('interpol', 'interpolu', 'interpola', 'интерпол', 'yellow notice', 'avviso giallo',
      'gelbe ausschreibung',
      'żółta nota', 'notice jaune', 'notificación amarilla', 'difusión amarilla',
      'difusão amarela', 'dzeltenais paziņojums', 'жълт бюлетин'),
  ],
  urgency_note: [
    phrases('urgency', 'urgent', 'urgency note', 'urgenza', 'urgente', 'dringlichkeit',
      'dringend', 'eilt', 'pilne', 'pilność', 'urgence', 'urgencia', 'steidzami',
      'steidzamība', 'urġenti', 'спешно', 'спешност', 'field 311',
      // The SIRENE M form, whose field 311 carries the note.
      'm form', 'm form 311', 'sirene m form', 'm311'),
    weak(0.8, '311'),
  ],
};

export { NOT_A_FIELD } from './not-a-field';

/**
 * Labels of controls that contain no alert data: search boxes, the officer or
 * user who enters the alert, internal notes and the record's entry date. A
 * control whose label one of these explains as well as any field's terms do is
 * left unclassified.
 */
export const NON_FIELD_TERMS: readonly Term[] = [
  phrases(...w.SEARCH),
  phrases(...w.OFFICER),
  // No reference: the "operatore di riferimento" is the centre's key worker.
  all(w.OFFICER, w.IDENTIFIER_NUMBER),
  // The name and phone of an official or of the person reporting: the catalogue keeps neither.
  phrases(...w.OFFICIAL),
  all(w.OFFICIAL, w.NAME),
  all(w.OFFICIAL, PHONE_OR_MAIL),
  all(w.REPORTER, PHONE_OR_MAIL),
  all(w.WORKPLACE, PHONE_OR_MAIL),
  // The address of a guardian, parent or reporter: the catalogue keeps the guardian's phone or
  // e-mail only.
  all([...w.GUARDIAN, ...w.FATHER, ...w.MOTHER, ...w.REPORTER, ...w.PARENTS], w.ADDRESS),
  all(w.INTERNAL, w.NOTES),
  // The office's own notes, which a note for the SIRENE Bureau is not.
  phrases(
    'annotazioni d ufficio',
    'note d ufficio',
    'note di servizio',
    'dienstvermerk',
    'dienstvermerke',
    'notes de service',
    'notas de servicio',
    'notatki służbowe',
  ),
  all(w.RECORD_ENTRY, w.DATE),
  // A risk level or grading: the catalogue records the risks themselves.
  all(w.RISK, w.LEVEL),
  // The language of the portal's own screens, as "Saskarnes valoda" or "Interface language".
  all(w.INTERFACE, w.LANGUAGE),
  // The Swiss place of origin, a commune of citizenship that is no place of birth or stay.
  phrases('heimatort', 'bürgerort'),
];

/** Words without meaning for matching, dropped before any comparison. */
// prettier-ignore
export const STOP_WORDS: readonly string[] = [
  // English, with the pronouns and verbs of question-style labels ("When were they last seen?")
  'of', 'the', 'a', 'an', 'and', 'or', 'at', 'in', 'on', 'for', 'to', 'by', 'from', 'with',
  's', 'his', 'her', 'its', 'they', 'them', 'their', 'he', 'she', 'is', 'are', 'was', 'were',
  'been', 'have', 'has', 'had', 'do', 'does', 'did', 'any', 'you', 'your', 'might', 'may',
  'could', 'would', 'will',
  // Italian
  'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'da', 'dal', 'dallo', 'dalla',
  'dai', 'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'e', 'ed', 'o',
  'per', 'nel', 'nella', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'su', 'sul', 'con',
  'dell', 'all', 'nell', 'sull', 'dall',
  // German
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem',
  'und', 'oder', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'am', 'an', 'bei', 'beim', 'mit',
  'fur', 'auf',
  // French, Spanish, Portuguese
  'de', 'du', 'les', 'et', 'ou', 'en', 'au', 'aux', 'pour', 'par', 'sur', 'el', 'los',
  'las', 'y', 'para', 'do', 'dos', 'das', 'os', 'as', 'um', 'uma', 'em', 'na', 'nos',
  'nas', 'ao', 'aos', 'pelo', 'pela', 'com', 'd',
  // Polish
  'lub', 'oraz', 'w', 'we', 'z', 'ze', 'od', 'dla',
  // Latvian
  'un', 'vai',
  // Maltese
  'ta', 'tal', 'tat', 'tas', 'tad', 'tar', 'tax', 'taz', 'tac', 'fil', 'fl', 'u', 'jew',
  'ghal',
  // Bulgarian
  'на', 'за', 'и', 'или', 'от', 'в', 'във', 'с', 'със', 'по', 'до',
  // Pronouns and relative words of person-phrased labels: "Languages (s)he speaks", "Lingue
  // che il/la minore parla", "Sprachen, die er/sie spricht", "Valodas, kurās viņš runā".
  'which', 'that', 'che', 'lui', 'lei', 'egli', 'er', 'sie', 'ihm', 'ihr', 'welche', 'elle',
  'cui', 'si', 'que', 'qu', 'él', 'ella', 'ele', 'ela', 'ona', 'się', 'który', 'która',
  'które', 'którymi', 'jakie', 'jakimi', 'kurš', 'kura', 'kuras', 'kurās', 'kurā', 'viņš', 'viņa', 'viņam', 'viņai', 'hu',
  'hi', 'huwa', 'hija', 'li', 'той', 'тя', 'който', 'която', 'които',
];

/**
 * Words that may appear in a label without changing which field it names: the
 * child, user-interface words and date format letters. They do not lower the
 * share of a label that a term covers.
 */
// prettier-ignore
export const NEUTRAL_WORDS: readonly string[] = [
  'child', 'minor', 'juvenile', 'person', 'missing person', 'bambino', 'minore', 'persona',
  'kind', 'kindes', 'kinds', 'vermisste', 'vermissten', 'dziecko', 'dziecka', 'osoba',
  'osoby', 'małoletni', 'enfant', 'mineur', 'personne', 'niño', 'niña', 'menor', 'criança',
  'pessoa', 'personas', 'bērns', 'bērna', 'tifel', 'tifla', 'minuri', 'дете', 'детето', 'лице',
  'calendar', 'kalender', 'calendario', 'kalendarz', 'calendrier', 'calendário',
  'kalendārs', 'календар', 'optional', 'facoltativo', 'opcjonalnie', 'facultatif',
  'opcional', 'required', 'obbligatorio', 'pflichtfeld', 'pflichtangabe', 'wymagane',
  'obligatoire', 'obligatorio', 'obrigatório', 'obligāts', 'задължително', 'select',
  'please', 'bitte', 'seleziona', 'selezionare', 'wählen', 'auswählen', 'wybierz',
  'choisir', 'seleccione', 'selecione', 'izvēlieties', 'изберете', 'enter', 'eingeben',
  'inserire', 'inserisci', 'wpisz', 'saisir', 'introduzca', 'ievadiet', 'въведете',
  'format', 'formato', 'eg', 'zb', 'es', 'ex', 'np', 'current', 'attuale', 'aktuell',
  'dd', 'mm', 'yyyy', 'yy', 'tt', 'jjjj', 'jj', 'gg', 'aaaa', 'aa', 'rrrr', 'rr', 'gggg',
  'hh', 'дд', 'мм', 'гггг', 'cm', 'kg',
];

/** Words that make a section about another person than the child. */
// prettier-ignore
export const OTHER_PERSON_WORDS: readonly string[] = [
  ...w.GUARDIAN, ...w.FATHER, ...w.MOTHER, ...w.REPORTER, ...w.CASE_WORKER, ...w.RELATIVES,
  ...w.OFFICIAL, ...w.PARENTS,
];

/** Words that make a section explicitly about the child. */
// prettier-ignore
export const CHILD_WORDS: readonly string[] = [
  'child', 'minor', 'missing person', 'bambino', 'minore', 'persona scomparsa', 'kindes',
  'vermisste person', 'dziecko', 'dziecka', 'osoba zaginiona', 'enfant', 'mineur',
  'personne disparue', 'niño', 'menor', 'persona desaparecida', 'criança',
  'pessoa desaparecida', 'bērns', 'bērna', 'tifel', 'minuri', 'дете', 'детето',
];
