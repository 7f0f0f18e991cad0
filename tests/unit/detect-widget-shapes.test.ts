/**
 * Shapes that component libraries give a form: section titles drawn by a
 * class, date parts deep in wrappers, checkboxes labelled "Yes" after a
 * question, and a date and time that only their names pair.
 */
import { describe, expect, test } from 'vitest';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

describe('section titles drawn by a class', () => {
  const page = (title: string) => `<html lang="pl"><body>
    <div class="q-card"><div class="q-card__section">${title}</div>
      <div><label for="when">Data i godzina</label><input id="when"></div>
      <div><label for="place">Miejsce (adres, miejscowość)</label><input id="place"></div>
    </div></body></html>`;

  test.each([
    '<div class="text-h6">Ostatnio widziany</div>',
    '<div class="heading5">Ostatnio widziany</div>',
    '<div class="card-header">Ostatnio widziany</div>',
    '<span class="mx-groupbox-header">Ostatnio widziany</span>',
  ])('%s gives the place its section', (title) => {
    expect(fieldIdAt(scanMarkup(page(title)), '#place')).toBe('last_seen_place');
  });

  test('a title class around a control is no section', () => {
    const title =
      '<div class="card-title">Ostatnio widziany <input id="s" aria-label="Szukaj"></div>';
    expect(fieldIdAt(scanMarkup(page(title)), '#place')).not.toBe('last_seen_place');
  });

  test('a subtitle class is no section', () => {
    const title = '<div class="pageheader-subtitle">Ostatnio widziany</div>';
    expect(fieldIdAt(scanMarkup(page(title)), '#place')).not.toBe('last_seen_place');
  });
});

describe('date parts deep in widget wrappers', () => {
  // Quasar wraps each input in a label and three boxes, and a select's input in one more.
  const part = (id: string, name: string, extra = '') => `<div style="width:70px">
    <label class="q-field" for="${id}"><div class="q-field__inner"><div class="q-field__control">
      <div class="q-field__control-container">${extra ? '<div class="q-field__native">' : ''}
        <input id="${id}" aria-label="${name}" ${extra}>${extra ? '</div>' : ''}
        <div class="q-field__label">${name}</div>
      </div></div></div></label></div>`;
  const page = `<html lang="pl"><body><div class="col">
    <div class="text-caption">Data urodzenia</div>
    <div class="row">${part('d', 'Dzień')}${part('m', 'Miesiąc', 'readonly role="combobox"')}${part('y', 'Rok')}</div>
  </div></body></html>`;

  test('the three parts make one date of birth', () => {
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#d', '#m', '#y']);
  });
});

describe('a checkbox labelled "Yes" after its question', () => {
  test.each([
    ['Непридружен непълнолетен', 'да', 'unaccompanied'],
    ['Datum ist geschätzt', 'ja', 'date_of_birth_estimated'],
  ])('"%s" then "%s" is %s', (question, answer, fieldId) => {
    const page = `<html><body><div class="clr-form-control">
      <span class="clr-control-label">${question}</span>
      <div class="clr-checkbox-wrapper"><input type="checkbox" id="c"><label for="c">${answer}</label></div>
    </div></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#c')).toBe(fieldId);
  });
});

describe('a date and a time paired by their names', () => {
  const page = `<html lang="bg"><body>
    <div><label for="a">Сигналът е приет на</label><input id="a" name="signalData"></div>
    <div><label for="b">Час на приемане</label><input id="b" name="signalChas"></div>
  </body></html>`;

  test('signalData and signalChas make one date and time', () => {
    const field = fieldAt(scanMarkup(page), '#a');
    expect(field?.fieldId).toBe('reported_at');
    expect(field?.selectors).toEqual(['#a', '#b']);
  });

  test('names of other words stay apart', () => {
    const apart = page.replace('signalChas', 'priemaneChas');
    expect(fieldAt(scanMarkup(apart), '#a')?.selectors).toEqual(['#a']);
  });
});

describe('words of new portals', () => {
  test.each([
    ['pl', 'Postępowanie w przypadku ujawnienia', 'action_on_hit'],
    ['pl', 'Opuszczenie placówki (data i godzina)', 'left_care_at'],
    ['pt', 'Unidade participante', 'issuing_authority'],
    ['lv', 'DNS profila Nr.', 'dna_profile_reference'],
    ['de', 'Geschäfts-Nr.', 'national_case_number'],
    ['de', 'Unterkunft (BAZ / MNA-Zentrum)', 'care_centre_name'],
    ['mt', 'Għassa / Taqsima', 'issuing_authority'],
    ['mt', 'Irrappurtat minn (isem u kunjom)', 'reported_by'],
    ['mt', 'Numru tar-rapport (PIMS)', 'national_case_number'],
    ['mt', 'Dati oħra tat-twelid iddikjarati', 'declared_dates_of_birth'],
    ['mt', 'Distrett jew Branch', 'issuing_authority'],
    ['fr', 'Service initiateur', 'issuing_authority'],
    ['fr', 'Nature de la disparition', 'case_type'],
    ['lv', 'Gadījuma veids', 'case_type'],
    ['lv', 'Daktiloskopēšanas reģ. Nr.', 'fingerprints_reference'],
    ['de', 'ED-Behandlung (D-Nr.)', 'fingerprints_reference'],
    ['lv', 'Brīdinājuma pazīmes', 'warning_flags'],
    ['pl', 'Sposób postępowania po ustaleniu miejsca pobytu', 'action_on_hit'],
    ['pl', 'Samowolne oddalenie – data i godz.', 'left_care_at'],
    ['mt', 'Ħalla ċ-ċentru', 'left_care_at'],
    ['mt', 'Digriet tal-Qorti tal-Minorenni (ref.)', 'decision_reference'],
  ])('%s "%s" is %s', (lang, label, fieldId) => {
    const page = `<html lang="${lang}"><body><label for="x">${label}</label><input id="x"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).toBe(fieldId);
  });

  test('"Local" under "Último avistamento" is the place last seen', () => {
    const page = `<html lang="pt"><body><div class="heading5">4. Último avistamento</div>
      <label for="x">Local</label><input id="x" placeholder="Rua, localidade"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).toBe('last_seen_place');
  });
});

describe('look-alikes of no field', () => {
  test('the Swiss "Heimatort" is no centre', () => {
    const page = `<html lang="de"><body><label for="x">Heimatort</label><input id="x"></body></html>`;
    expect(fieldAt(scanMarkup(page), '#x')).toBeUndefined();
  });
});

describe('parts in deep wrappers', () => {
  // MudBlazor puts each input in four boxes, below a row after the date's caption.
  const mudPart = (id: string, name: string) => `<div class="mud-input-control">
    <div class="mud-input-control-input-container"><div class="mud-input">
      <input id="${id}" maxlength="2"><fieldset aria-hidden="true"><legend><span>${name}</span></legend></fieldset>
    </div><label for="${id}">${name}</label></div></div>`;

  test('a caption three rows above the parts names the date', () => {
    const page = `<html lang="de"><body><div class="mud-grid-item">
      <p class="mud-typography-caption">Geburtsdatum</p>
      <div class="d-flex">${mudPart('d', 'Tag')}${mudPart('m', 'Monat')}${mudPart('y', 'Jahr')}</div>
    </div></body></html>`;
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#d', '#m', '#y']);
  });

  // Mendix puts a date input in seven boxes, and its time in five.
  test('a time seven levels from its date joins it', () => {
    const page = `<html lang="mt"><body><div class="row">
      <div class="col-lg-6"><div class="form-group"><label for="a">L-aħħar li deher — data</label>
        <div class="col-sm-8"><div class="mx-compound-control"><div class="mx-dateinput">
          <div class="mx-dateinput-input-wrapper"><input id="a" name="datePicker2" placeholder="dd/mm/yyyy"></div>
        </div></div></div></div></div>
      <div class="col-lg-6"><div class="form-group"><label for="b">Ħin</label>
        <div class="col-sm-8"><div class="mx-compound-control"><input id="b" placeholder="hh:mm"></div></div>
      </div></div>
    </div></body></html>`;
    const field = fieldAt(scanMarkup(page), '#a');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#a', '#b']);
  });
});

describe('lone risk checkbox', () => {
  test('French trafficking suspicion', () => {
    const page = `<html lang="fr"><body><fieldset><legend>Vulnérabilité</legend>
      <label><input id="t" type="checkbox"> Suspicion de traite des êtres humains (TEH)</label>
    </fieldset></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#t')).toBe('risk_indicators');
  });
});

describe('options of new portals', () => {
  test('Italian actions on a hit', () => {
    const page = `<html lang="it"><body><label for="x">Da fare al rintraccio</label>
      <select id="x"><option value="">— seleziona —</option>
        <option>Collocare in luogo sicuro</option><option>Impedire l'espatrio</option>
        <option>Comunicare il luogo di permanenza</option></select></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).toBe('action_on_hit');
  });
});

describe('date and time after a "le" label', () => {
  const page = `<html lang="fr"><body><div class="row">
    <div><span><input id="d" type="text" role="combobox">
      <label for="d">Vu(e) pour la dernière fois le</label></span></div>
    <div><span><input id="h" type="text" role="combobox" placeholder="hh:mm"></span></div>
  </div></body></html>`;

  test('time joins the date', () => {
    expect(fieldAt(scanMarkup(page), '#d')?.selectors).toEqual(['#d', '#h']);
  });

  test('joined field is the last sighting', () => {
    expect(fieldIdAt(scanMarkup(page), '#d')).toBe('last_seen_at');
  });
});

describe('group captions as sections', () => {
  test('DevExtreme group caption names the guardian', () => {
    const page = `<html lang="lv"><body><div class="dx-form-group">
      <span class="dx-form-group-caption">Aizbildnis (pārstāvis)</span>
      <div class="dx-form-group-content">
        <label for="v">Vārds, uzvārds</label><input id="v">
      </div></div></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#v')).toBe('guardian_name');
  });
});

describe('combobox inputs', () => {
  test('"Search…" prompt leaves the label its field', () => {
    const page = `<html lang="mt"><body><span id="l">Kategorija SIS</span>
      <input id="k" type="text" role="combobox" aria-autocomplete="list"
        aria-labelledby="l" placeholder="Search…"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#k')).toBe('alert_category');
  });

  test('"Search…" box outside a combobox stays no field', () => {
    const page = `<html lang="mt"><body><span id="l">Kategorija SIS</span>
      <input id="k" type="text" aria-labelledby="l" placeholder="Search…"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#k')).not.toBe('alert_category');
  });

  test('combobox takes the guardian status', () => {
    const page = `<html lang="de"><body><h3 id="h">Vormund / Amtsvormundschaft</h3>
      <label id="l">Status</label>
      <input id="s" type="text" role="combobox" aria-labelledby="h l"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#s')).toBe('guardian_status');
  });

  test('plain text box takes no guardian status', () => {
    const page = `<html lang="de"><body><h3 id="h">Vormund / Amtsvormundschaft</h3>
      <label id="l">Status</label><input id="s" type="text" aria-labelledby="h l"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#s')).not.toBe('guardian_status');
  });
});

describe('title classes that name no section', () => {
  const page = (title: string) => `<html lang="it"><body>
    ${title}
    <div><label for="a">Data e ora</label><input id="a"></div>
    <div><label for="b">Cognome</label><input id="b"></div>
  </body></html>`;

  test.each([
    '<div class="field-sub-title">Anche del padre</div>',
    '<span class="popover-title">Dati del padre</span>',
    '<div class="label-title">Padre</div>',
    '<strong class="title">Padre:</strong>',
    '<div class="v-list-item__title">Padre</div>',
  ])('%s leaves the surname alone', (title) => {
    expect(fieldIdAt(scanMarkup(page(title)), '#b')).toBe('surname');
  });
});

describe('names that pair a date and a time', () => {
  test('labels of different things keep them apart', () => {
    const page = `<html lang="bg"><body>
      <div><label for="a">Дата на раждане</label><input id="a" name="childData"></div>
      <div><label for="b">Час на последно виждане</label><input id="b" name="childChas"></div>
    </body></html>`;
    expect(fieldAt(scanMarkup(page), '#a')?.selectors).toEqual(['#a']);
  });
});

describe('an approximate time', () => {
  test('"Hora aproximada" joins the date last seen', () => {
    const page = `<html lang="pt"><body>
      <div><label for="a">Visto pela última vez em (data)</label><input id="a" placeholder="dd-mm-aaaa"></div>
      <div><label for="b">Hora aproximada</label><input id="b" type="time"></div>
    </body></html>`;
    const field = fieldAt(scanMarkup(page), '#a');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#a', '#b']);
  });
});

describe('date parts with labels of their own', () => {
  test('three far selects of different dates stay apart', () => {
    const wrap = (inner: string) => `<div><div><div><div>${inner}</div></div></div></div>`;
    const page = `<html lang="it"><body><div class="row">
      ${wrap('<label for="g">Giorno di arrivo al centro</label><select id="g" name="giorno"><option>1</option><option>2</option></select>')}
      ${wrap('<label for="m">Mese di nascita</label><select id="m" name="mese"><option>1</option><option>12</option></select>')}
      ${wrap('<label for="y">Anno di rilascio documento</label><select id="y" name="anno"><option>2010</option><option>2011</option></select>')}
    </div></body></html>`;
    expect(fieldAt(scanMarkup(page), '#g')?.selectors ?? ['#g']).toEqual(['#g']);
  });
});

describe('a "No" box after its question', () => {
  test('only the "Yes" box is the flag', () => {
    const page = `<html lang="it"><body><div>
      <span>Minore non accompagnato</span>
      <input type="checkbox" id="si"><label for="si">Sì</label>
      <input type="checkbox" id="no"><label for="no">No</label>
    </div></body></html>`;
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#si')).toBe('unaccompanied');
    expect(fieldAt(result, '#no')).toBeUndefined();
  });
});

describe('native select hidden behind its face', () => {
  const page = `<html lang="fr"><head><style>
    .e-ddl-hidden { height: 0; width: 0; position: absolute; visibility: hidden; }
  </style></head><body><form><div>
    <span role="combobox"><input id="yeux" type="text" readonly>
      <label for="yeux">Couleur des yeux</label></span>
    <select class="e-ddl-hidden" aria-hidden="true" tabindex="-1" name="yeux">
      <option>Marron</option><option>Bleus</option><option>Verts</option></select>
  </div></form></body></html>`;

  test('face takes the field', () => {
    expect(fieldIdAt(scanMarkup(page), '#yeux')).toBe('eye_colour');
  });

  test('hidden select is not reported', () => {
    expect(fieldIdAt(scanMarkup(page), 'select[name="yeux"]')).toBe('missing');
  });
});
