import type { ClosedCodeList } from '../catalogue';

/**
 * Word stems, folded (lower case, no diacritics), that portals use in the
 * option texts of descriptive code lists. An option text names a code when it
 * contains a stem of that code and of no other. Stems cover English, Italian,
 * German, French, Spanish, Portuguese, Polish, Latvian, Maltese and Bulgarian.
 */
export const CODE_KEYWORDS: Partial<Record<ClosedCodeList, Record<string, string[]>>> = {
  // Art. 33 of Regulation (EU) 2018/1862.
  ACTION: {
    PROTECT: [
      'protect',
      'protezion',
      'schutz',
      'gewahrsam',
      'protection',
      'proteccion',
      'proteccao',
      'ochron',
      'aizsardz',
      'protezzjoni',
      'закрил',
      'защит',
      'custody',
    ],
    PREVENT_TRAVEL: [
      'travel',
      'viaggi',
      'reise',
      'voyage',
      'viaje',
      'viagem',
      'podroz',
      'celosan',
      'vjagg',
      'пътуван',
      'espatri',
      'ausreise',
    ],
    REPORT_WHEREABOUTS: [
      'whereabouts',
      'luogo',
      'aufenthalt',
      'residence',
      'paradero',
      'paradeiro',
      'miejsc',
      'atrasanas vieta',
      'post fejn',
      'местонахожд',
      'location',
      'comunicare',
      'mitteilen',
    ],
  },
  CASE_TYPE: {
    RUNAWAY: [
      'runaway',
      'run away',
      'allontanamento volontario',
      'weglauf',
      'fugue',
      'fuga',
      'ucieczk',
      'aizbeg',
      'бягств',
    ],
    PARENTAL_ABDUCTION: [
      'parental',
      'genitor',
      'elternteil',
      'parentale',
      'rodzic',
      'vecak',
      'genitur',
      'родител',
    ],
    THIRD_PARTY_ABDUCTION: [
      'third part',
      'terzi',
      'dritte',
      'tiers',
      'terceros',
      'terceiros',
      'osoby trzeci',
      'treso',
      'трети',
    ],
    UNACCOMPANIED_MIGRANT: [
      'unaccompanied',
      'non accompagnat',
      'unbegleitet',
      'non accompagne',
      'no acompanad',
      'nao acompanhad',
      'bez opieki',
      'nepavadit',
      'mhux akkumpanjat',
      'непридружен',
      'msna',
      'umf',
    ],
    LOST_INJURED_OTHER: [
      'lost',
      'injured',
      'ferit',
      'verletzt',
      'verirrt',
      'blesse',
      'herid',
      'ferid',
      'zagubion',
      'ievainot',
      'изгубен',
    ],
  },
  GUARDIAN_STATUS: {
    APPOINTED: [
      'appointed',
      'nominat',
      'bestellt',
      'designe',
      'nombrad',
      'nomead',
      'ustanowion',
      'iecelt',
      'mahtur',
      'назначен',
    ],
    NOT_YET_APPOINTED: [
      'not yet',
      'non ancora',
      'noch nicht',
      'pas encore',
      'todavia no',
      'ainda nao',
      'jeszcze nie',
      'vel nav',
      'ghadu mhux',
      'все още не',
      'pending',
      'in attesa',
      'ausstehend',
    ],
  },
};

/**
 * Codes that win when their stems match together with another code's: a
 * "not yet appointed" text also contains "appointed".
 */
const PRECEDENCE = new Set(['NOT_YET_APPOINTED']);

/** Returns the code whose stems, and no other code's, occur in a folded option text. */
export function codeOfKeywords(
  keywords: Record<string, string[]>,
  folded: string,
): string | undefined {
  const hits = Object.keys(keywords).filter((code) =>
    keywords[code].some((stem) => folded.includes(stem)),
  );
  const preferred = hits.filter((code) => PRECEDENCE.has(code));
  if (preferred.length === 1) return preferred[0];
  return hits.length === 1 ? hits[0] : undefined;
}
