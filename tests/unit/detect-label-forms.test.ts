/**
 * Forms of labels that change which field they name. The cases: final
 * prepositions of time and agent, a lone preposition that continues the label
 * before it, bracketed lists and question-style labels. Then Bulgarian
 * articles, a row of columns about one person, grading options, surnames in
 * two parts, and category lists whose options describe risks.
 */
import { describe, expect, test } from 'vitest';
import { analyzeOptions, matchWords, tokenizeText } from '../../utils/detect';
import type { OptionInfo } from '../../utils/messaging/page-model';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

function form(lang: string, body: string): string {
  return `<html lang="${lang}"><body><form>${body}</form></body></html>`;
}

function options(...texts: string[]): OptionInfo[] {
  return texts.map((text, index) => ({ value: String(index + 1), text }));
}

describe('label ending in a preposition of agent', () => {
  const page = form(
    'en',
    `<p><label for="when">Date last seen</label><input id="when" type="date"></p>
     <p><label for="by">Last seen by</label><input id="by" name="lastSeenBy"></p>
     <p><label for="rep">Reported by</label><input id="rep"></p>`,
  );

  test('Last seen by is no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#by')).toBe('unclassified');
  });

  test('Date last seen keeps the field', () => {
    expect(fieldIdAt(scanMarkup(page), '#when')).toBe('last_seen_at');
  });

  test('Reported by is the reporter', () => {
    expect(fieldIdAt(scanMarkup(page), '#rep')).toBe('reported_by');
  });
});

describe('label ending in a preposition of time', () => {
  const page = `<html lang="fr"><body><form><table><tr>
    <td>Né(e) le</td><td><input name="ne_le" id="le"></td>
    <td>à</td><td><input name="ne_a" id="a"></td>
  </tr></table></form></body></html>`;

  test('Né(e) le is the date of birth', () => {
    expect(fieldIdAt(scanMarkup(page), '#le')).toBe('date_of_birth');
  });

  test('à after it is the place of birth', () => {
    expect(fieldIdAt(scanMarkup(page), '#a')).toBe('place_of_birth');
  });

  test('à shows its own label', () => {
    expect(fieldAt(scanMarkup(page), '#a')?.label).toBe('Né(e) le à');
  });
});

describe('bracketed list in a label', () => {
  const page = form(
    'it',
    `<p><label for="p">Parenti o conoscenti all'estero (nome, paese, telefono)</label>
     <textarea id="p"></textarea></p>`,
  );

  test('list does not make it ambiguous', () => {
    expect(fieldAt(scanMarkup(page), '#p')?.ambiguousWith).toBeUndefined();
  });

  test('words before the list decide', () => {
    expect(fieldIdAt(scanMarkup(page), '#p')).toBe('contacts_abroad');
  });

  test('another name in brackets stays ambiguous', () => {
    const matches = matchWords(tokenizeText('Familienname (Geburtsname)'));
    expect(matches.map((match) => match.fieldId).sort()).toEqual(['name_at_birth', 'surname']);
  });
});

describe('question-style labels', () => {
  const page = form(
    'en',
    `<p><label for="w">When were they last seen?</label><input id="w" type="datetime-local"></p>
     <p><label for="c">What were they wearing?</label><textarea id="c"></textarea></p>
     <p><label for="b">Have they gone missing before?</label><textarea id="b"></textarea></p>
     <p><label for="d">Where might they go?</label><input id="d"></p>`,
  );

  test.each([
    ['#w', 'last_seen_at'],
    ['#c', 'clothing'],
    ['#b', 'previous_disappearances'],
    ['#d', 'intended_destination'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });
});

describe('Bulgarian definite article', () => {
  test('Номер на преписката is the case number', () => {
    const matches = matchWords(tokenizeText('Номер на преписката'));
    expect(matches.map((match) => match.fieldId)).toEqual(['national_case_number']);
  });
});

describe('columns of one row about one person', () => {
  const page = `<html lang="lv"><body><form><table>
    <tr><th>Likumiskais pārstāvis</th><th>Kontakttālrunis</th></tr>
    <tr><td><input name="rep"></td><td><input name="tel"></td></tr>
    <tr><th>Augums</th></tr>
    <tr><td><input name="aug"></td></tr>
  </table></form></body></html>`;

  test('phone beside the guardian is the guardian contact', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="tel"]')).toBe('guardian_contact');
  });

  test('next row is about the child again', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="aug"]')).toBe('height_cm');
  });
});

describe('grading', () => {
  test('level options name no field', () => {
    const page = form(
      'en',
      `<p><label for="g">Risk grading</label>
       <select id="g"><option></option><option>High</option><option>Medium</option>
       <option>Low</option></select></p>`,
    );
    expect(fieldIdAt(scanMarkup(page), '#g')).toBe('unclassified');
  });

  test('risk level label names no field', () => {
    const page = form('it', `<p><label for="l">Livello di rischio</label><input id="l"></p>`);
    expect(fieldIdAt(scanMarkup(page), '#l')).toBe('unclassified');
  });

  test('risk types stay risk indicators', () => {
    const page = form(
      'en',
      `<p><label for="r">Risk assessment</label>
       <select id="r"><option></option><option>Trafficking</option><option>Exploitation</option>
       </select></p>`,
    );
    expect(fieldIdAt(scanMarkup(page), '#r')).toBe('risk_indicators');
  });
});

describe('surname in two parts', () => {
  const spanish = form(
    'es',
    `<div><span>Primer apellido:</span><input id="a1"></div>
     <div><span>Segundo apellido:</span><input id="a2"></div>
     <div><span>Nombre:</span><input id="n"></div>`,
  );

  test('two surname boxes are one field', () => {
    expect(fieldAt(scanMarkup(spanish), '#a1')?.selectors).toEqual(['#a1', '#a2']);
  });

  test('parts have the surname role', () => {
    expect(fieldAt(scanMarkup(spanish), '#a1')?.roles).toEqual(['surname', 'surname']);
  });

  test('name after them stays apart', () => {
    expect(fieldIdAt(scanMarkup(spanish), '#n')).toBe('forenames');
  });

  test('surname and birth name are not joined', () => {
    const french = `<html lang="fr"><body><form><table><tr>
      <td>Nom d'usage</td><td><input id="u"></td>
      <td>Nom patronymique</td><td><input id="p"></td>
    </tr></table></form></body></html>`;
    expect(fieldAt(scanMarkup(french), '#u')?.selectors).toEqual(['#u']);
  });
});

describe('category options that describe risks', () => {
  const analysis = () =>
    analyzeOptions(
      options(
        'A(i) minore scomparso da proteggere',
        'B scomparso senza protezione',
        'C rischio di sottrazione',
        'D(i) rischio di tratta',
        'D(ii) rischio di terrorismo',
      ),
    );

  test('list is the alert category', () => {
    expect(analysis().fields.map((hint) => hint.fieldId)).toEqual(['alert_category']);
  });

  test('digit codes are categories', () => {
    const values = ['A1', 'A2', 'B', 'C', 'D1', 'D2', 'D3'].map((code) => ({
      value: code,
      text: code,
    }));
    expect(analyzeOptions(values).fields.map((hint) => hint.fieldId)).toEqual(['alert_category']);
  });
});

describe('number abbreviations', () => {
  test.each([
    ['Nº de atestado', 'national_case_number'],
    ['N.º do processo', 'national_case_number'],
    ['N° de procédure', 'national_case_number'],
    ['Incident reference', 'national_case_number'],
    ['Ufficio segnalante', 'issuing_authority'],
  ])('%s names only %s', (label, fieldId) => {
    const matches = matchWords(tokenizeText(label));
    expect(matches.map((match) => match.fieldId)).toEqual([fieldId]);
  });
});
