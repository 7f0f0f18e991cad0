/**
 * Words that portals show in option texts for the catalogue's closed codes, in
 * the languages of the portals Vigila supports (EN, DE, IT, FR, ES, PT, PL,
 * LV, BG, NL, RO, MT). Matching folds case and diacritics, so each word is
 * listed once in its usual spelling.
 */

/**
 * ISO/IEC 5218 codes a sex: 0 not known, 1 male, 2 female. Single letters are
 * the ICAO 9303 passport codes (X for unspecified) and the German "W".
 */
export const SEX_VALUES: Record<string, string[]> = {
  M: ['M', '1'],
  F: ['F', '2', 'W'],
  U: ['U', '0', 'X'],
};

export const SEX_WORDS: Record<string, string[]> = {
  M: [
    'male', 'man', 'männlich', 'maschio', 'maschile', 'uomo', 'masculin', 'homme',
    'masculino', 'hombre', 'homem', 'mężczyzna', 'męski', 'vīrietis', 'vīriešu',
    'мъж', 'мъжки', 'mannelijk', 'bărbat', 'maskil', 'raġel',
  ],
  F: [
    'female', 'woman', 'weiblich', 'femmina', 'femminile', 'donna', 'féminin',
    'femme', 'feminino', 'femenino', 'mujer', 'mulher', 'kobieta', 'żeński',
    'sieviete', 'sieviešu', 'жена', 'женски', 'vrouw', 'vrouwelijk', 'femeie',
    'feminin', 'femminil', 'mara',
  ],
  U: [
    'unknown', 'unspecified', 'unbekannt', 'unbestimmt', 'sconosciuto', 'non noto',
    'inconnu', 'desconocido', 'desconhecido', 'nieznana', 'nieznany', 'nezināms',
    'неизвестен', 'неизвестно', 'onbekend', 'necunoscut', 'mhux magħruf',
  ],
};

const UNKNOWN_WORDS = SEX_WORDS.U;

/** Colour words shared by the NCIC eye and hair lists, with plural forms. */
const COLOUR_WORDS: Record<string, string[]> = {
  BLK: [
    'black', 'schwarz', 'nero', 'neri', 'nera', 'noir', 'noirs', 'negro', 'negros',
    'preto', 'pretos', 'czarny', 'czarne', 'melns', 'melni', 'melnas', 'черен',
    'черни', 'zwart', 'negru', 'negri', 'iswed',
  ],
  BLU: [
    'blue', 'blau', 'azzurro', 'azzurri', 'blu', 'bleu', 'bleus', 'azul', 'azules',
    'azuis', 'niebieski', 'niebieskie', 'zils', 'zilas', 'син', 'сини', 'blauw',
    'albastru', 'albaștri',
  ],
  BRO: [
    'brown', 'braun', 'brünett', 'marrone', 'marroni', 'castano', 'castani', 'brun',
    'bruns', 'marrón', 'marrones', 'castaño', 'castaños', 'castanho', 'castanhos',
    'brązowy', 'brązowe', 'brūns', 'brūni', 'brūnas', 'кафяв', 'кафяви',
    'кестеняв',
    'bruin', 'maro', 'căprui', 'kannella',
  ],
  GRN: [
    'green', 'grün', 'verde', 'verdi', 'vert', 'verts', 'verdes', 'zielony',
    'zielone', 'zaļš', 'zaļas', 'зелен', 'зелени', 'groen', 'verzi', 'aħdar',
  ],
  GRY: [
    'gray', 'grey', 'grau', 'grigio', 'grigi', 'gris', 'cinzento', 'cinzentos',
    'grisalho', 'szary', 'szare', 'siwy', 'siwe', 'pelēks', 'pelēkas', 'sirms',
    'сив', 'сиви', 'прошарен', 'grijs', 'gri', 'griż',
  ],
  PNK: ['pink', 'rosa', 'rose', 'różowy', 'różowe', 'rozā', 'розов', 'roze', 'roz'],
  XXX: UNKNOWN_WORDS,
};

/** NCIC eye colour codes (EYE) and their words. */
export const EYE_WORDS: Record<string, string[]> = {
  ...COLOUR_WORDS,
  HAZ: [
    'hazel', 'haselnussbraun', 'nocciola', 'noisette', 'avellana', 'avelã', 'piwny',
    'piwne', 'лешников', 'лешникови', 'hazelnootbruin', 'căprui deschis',
  ],
  MAR: ['maroon', 'kastanienbraun', 'bordeaux'],
  MUL: [
    'multicolored', 'multicoloured', 'mehrfarbig', 'multicolore', 'multicolor',
    'heterochromia', 'heterochromie', 'eterocromia', 'heterocromía', 'heterocromia',
    'różnobarwne', 'heterohromija', 'хетерохромия',
  ],
};

/** NCIC hair colour codes (HAIR) and their words. */
export const HAIR_WORDS: Record<string, string[]> = {
  ...COLOUR_WORDS,
  BAL: [
    'bald', 'kahl', 'glatze', 'calvo', 'calvi', 'chauve', 'łysy', 'plikgalvains',
    'плешив', 'kaal', 'chel', 'qargħi',
  ],
  BLN: [
    'blond', 'blonde', 'biondo', 'biondi', 'rubio', 'rubios', 'loiro', 'loiros',
    'louro', 'blondyn', 'blondynka', 'gaišmatains', 'рус', 'руси', 'blonzi',
  ],
  ONG: [
    'orange', 'arancione', 'naranja', 'laranja', 'pomarańczowy', 'oranžs', 'оранжев',
    'oranje', 'portocaliu',
  ],
  PLE: [
    'purple', 'lila', 'violett', 'viola', 'violet', 'morado', 'púrpura', 'roxo',
    'fioletowy', 'violets', 'лилав', 'paars', 'mov',
  ],
  RED: [
    'red', 'rot', 'rothaarig', 'rosso', 'rossi', 'roux', 'rojo', 'pelirrojo', 'ruivo',
    'vermelho', 'rudy', 'rude', 'rudmatains', 'рижав', 'червен', 'rood', 'roșcat',
    'roșu', 'aħmar',
  ],
  SDY: ['sandy', 'sandfarben'],
  STR: ['strawberry', 'strawberry blond', 'erdbeerblond', 'rotblond'],
  WHI: [
    'white', 'weiß', 'weiss', 'bianco', 'bianchi', 'blanc', 'blancs', 'blanco',
    'blancos', 'branco', 'brancos', 'biały', 'białe', 'balts', 'balti', 'бял',
    'бели', 'wit', 'alb', 'albi', 'abjad',
  ],
};

/** Answers to a yes/no question, for boolean fields in radio groups and selects. */
export const BOOLEAN_WORDS: Record<'true' | 'false', string[]> = {
  true: [
    'yes', 'y', 'ja', 'j', 'sì', 'si', 'oui', 'sí', 'sim', 'tak', 'jā', 'да', 'iva',
    'true', '1', 'on',
  ],
  false: [
    'no', 'n', 'nein', 'non', 'não', 'nie', 'nē', 'не', 'le', 'nee', 'nu', 'false',
    '0', 'off',
  ],
};

/** The word a text control takes for yes and no, by page language. */
export const YES_NO_BY_LANGUAGE: Record<string, [yes: string, no: string]> = {
  en: ['Yes', 'No'],
  de: ['Ja', 'Nein'],
  it: ['Sì', 'No'],
  fr: ['Oui', 'Non'],
  es: ['Sí', 'No'],
  pt: ['Sim', 'Não'],
  pl: ['Tak', 'Nie'],
  lv: ['Jā', 'Nē'],
  bg: ['Да', 'Не'],
  nl: ['Ja', 'Nee'],
  ro: ['Da', 'Nu'],
  mt: ['Iva', 'Le'],
};

/** Words for the ICAO 9303 codes that are not countries: stateless and unspecified. */
export const ICAO_SPECIAL_WORDS: Record<string, string[]> = {
  XXA: [
    'stateless', 'staatenlos', 'apolide', 'apatride', 'apátrida', 'bezpaństwowiec',
    'bezpaństwowy', 'bezvalstnieks', 'без гражданство', 'апатрид',
    'staatloos',
    'apatrid',
  ],
  XXX: [
    'unknown', 'unspecified', 'unbekannt', 'ungeklärt', 'sconosciuta', 'ignota',
    'inconnue', 'indéterminée', 'desconocida', 'desconhecida', 'nieznane',
    'nieustalone', 'nezināma', 'неизвестно', 'onbekend', 'necunoscută',
  ],
};

/** Texts of a select's first option when it is a prompt, such as "bitte wählen", not a value. */
export const PLACEHOLDER_WORDS = [
  'please select', 'please choose', 'select', 'choose', 'bitte wählen', 'auswählen',
  'seleziona', 'selezionare', 'scegli', 'choisir', 'sélectionner', 'choisissez',
  'seleccione', 'seleccionar', 'selecione', 'escolha', 'wybierz', 'izvēlieties',
  'izvēlēties', 'изберете', 'избери', 'kies', 'selecteer', 'selectați', 'alegeți',
  'agħżel',
];
