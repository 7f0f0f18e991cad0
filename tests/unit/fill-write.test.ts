import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { planFieldWrite } from '../../utils/fill';
import { executeStep, readBack } from '../../utils/fill/write';
import type { ControlInfo, WriteStep } from '../../utils/messaging/page-model';
import { control, detected } from './support/fill-fields';
import { useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function mount(html: string): void {
  document.body.innerHTML = html;
}

function byId<T extends Element = HTMLInputElement>(id: string, root: ParentNode = document): T {
  const element = root.querySelector(`#${id}`);
  if (!element) throw new Error(`No element #${id} in the fixture`);
  return element as T;
}

function setText(key: string, text: string): WriteStep {
  return { action: 'set-text', key, text };
}

/** Describes a select the way the content script reports it. */
function selectInfo(select: HTMLSelectElement): ControlInfo {
  const options = [...select.options].map((option) => ({ value: option.value, text: option.text }));
  return control({ key: select.id, kind: 'select', options });
}

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;

describe('executeStep with a React-style value tracker', () => {
  /** Reproduces a framework that overrides `value` on the instance and ignores unchanged input. */
  function trackedInput() {
    mount('<form><input id="sn" name="surname"><button type="submit">Speichern</button></form>');
    const input = byId('sn');
    let tracked = '';
    const state = { surname: '' };
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return nativeValue.get!.call(this);
      },
      set(value: string) {
        tracked = String(value);
        nativeValue.set!.call(this, value);
      },
    });
    input.addEventListener('input', () => {
      const now = nativeValue.get!.call(input) as string;
      if (now !== tracked) {
        tracked = now;
        state.surname = now;
      }
    });
    const submit = () => {
      nativeValue.set!.call(input, state.surname);
      tracked = state.surname;
    };
    return { input, state, submit };
  }

  test('registers the value in the page state', () => {
    const { input, state, submit } = trackedInput();
    const step = setText('sn', 'Brennecke-Ahlgrim');
    executeStep([input], step);
    submit();
    expect(state.surname).toBe('Brennecke-Ahlgrim');
    expect(input.value).toBe('Brennecke-Ahlgrim');
    expect(readBack([input], step)).toBe(true);
  });

  test('shows that an instance write is lost', () => {
    const { input, state, submit } = trackedInput();
    input.value = 'Brennecke-Ahlgrim';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    submit();
    expect(state.surname).toBe('');
    expect(readBack([input], setText('sn', 'Brennecke-Ahlgrim'))).toBe(false);
  });
});

describe('executeStep with legacy event handlers', () => {
  test('updates models that listen to keyup, input, or change and blur', () => {
    mount(`<form>
      <input id="a" name="txtVorname">
      <input id="b" name="txtNachname">
      <input id="c" name="txtGebOrt">
      <button id="next" type="button" disabled>Weiter</button></form>`);
    const model = { vorname: '', nachname: '', geburtsort: '' };
    const next = byId<HTMLButtonElement>('next');
    const validate = () => {
      next.disabled = !(model.vorname && model.nachname && model.geburtsort);
    };
    byId('a').addEventListener('keyup', (event) => {
      model.vorname = (event.target as HTMLInputElement).value;
      validate();
    });
    byId('b').addEventListener('input', (event) => {
      model.nachname = (event.target as HTMLInputElement).value;
      validate();
    });
    byId('c').addEventListener('change', (event) => {
      model.geburtsort = (event.target as HTMLInputElement).value;
      validate();
    });
    let blurred = false;
    byId('c').addEventListener('blur', () => {
      blurred = true;
    });

    executeStep([byId('a')], setText('a', 'Liesel'));
    executeStep([byId('b')], setText('b', 'Quandtmeyer'));
    executeStep([byId('c')], setText('c', 'Bad Kötzting'));

    expect(model.vorname).toBe('Liesel');
    expect(model.nachname).toBe('Quandtmeyer');
    expect(model.geburtsort).toBe('Bad Kötzting');
    expect(next.disabled).toBe(false);
    expect(blurred).toBe(true);
  });

  test('dispatches the events of typing in order', () => {
    mount('<input id="a">');
    const input = byId('a');
    const seen: string[] = [];
    for (const type of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur']) {
      input.addEventListener(type, () => seen.push(type));
    }
    executeStep([input], setText('a', 'Liesel'));
    expect(seen).toEqual(['focus', 'keydown', 'input', 'keyup', 'change', 'blur']);
  });

  test('gives keyboard events the last character typed', () => {
    mount('<input id="a">');
    const input = byId('a');
    const keys: { key: string; code: string }[] = [];
    input.addEventListener('keydown', (event) => keys.push({ key: event.key, code: event.code }));
    input.addEventListener('keyup', (event) => keys.push({ key: event.key, code: event.code }));
    executeStep([input], setText('a', 'Mirela'));
    expect(keys).toEqual([
      { key: 'a', code: 'KeyA' },
      { key: 'a', code: 'KeyA' },
    ]);
  });

  test('dispatches bubbling composed events', () => {
    mount('<div id="wrap"><input id="a"></div>');
    const flags: boolean[] = [];
    byId('wrap').addEventListener('input', (event) => flags.push(event.bubbles, event.composed));
    executeStep([byId('a')], setText('a', 'x'));
    expect(flags).toEqual([true, true]);
  });

  test('writes a textarea through its prototype', () => {
    mount('<textarea id="t"></textarea>');
    const textarea = byId<HTMLTextAreaElement>('t');
    executeStep([textarea], setText('t', 'Zeile eins\nZeile zwei'));
    expect(textarea.value).toBe('Zeile eins\nZeile zwei');
  });
});

describe('executeStep with selects', () => {
  function mountSelects() {
    mount(`<form>
      <select id="nat"><option value="">-- bitte wählen --</option>
        <option value="AUT">Österreich</option><option value="CHE">Schweiz</option>
        <option value="CIV">Côte d'Ivoire</option>
        <option value="CZE">Tschechien</option><option value="DEU">Deutschland</option>
        <option value="XXA">staatenlos</option><option value="XXX">ungeklärt</option></select>
      <select id="cc"><option value="">--</option><option value="+1">Kanada (+1)</option>
        <option value="+1">USA (+1)</option><option value="+49">Deutschland (+49)</option></select>
      <select id="sex"><option value="0">unbekannt</option><option value="1">männlich</option>
        <option value="2">weiblich</option><option value="3">divers</option></select></form>`);
    const changed = new Set<string>();
    for (const id of ['nat', 'cc', 'sex']) {
      byId(id).addEventListener('change', () => changed.add(id));
    }
    return changed;
  }

  test('fills nationality, calling code and sex from the draft', () => {
    const changed = mountSelects();
    const draft: [string, string, unknown][] = [
      ['nat', 'nationalities', ['CIV']],
      ['cc', 'phone_numbers', ['+1 202 555 0147']],
      ['sex', 'sex', 'F'],
    ];
    for (const [id, fieldId, value] of draft) {
      const select = byId<HTMLSelectElement>(id);
      const plan = planFieldWrite(detected(fieldId, [selectInfo(select)]), value, { lang: 'de' });
      expect(plan.status).toBe('ready');
      executeStep([select], plan.steps[0]);
      expect(readBack([select], plan.steps[0])).toBe(true);
    }

    expect(byId<HTMLSelectElement>('nat').value).toBe('CIV');
    expect(byId<HTMLSelectElement>('cc').selectedIndex).toBe(2);
    expect(byId<HTMLSelectElement>('sex').value).toBe('2');
    expect(changed.size).toBe(3);
  });

  test('rejects an option that does not exist', () => {
    mountSelects();
    const step: WriteStep = { action: 'select', key: 'sex', index: 9 };
    expect(() => executeStep([byId('sex')], step)).toThrow(RangeError);
  });

  test('rejects a select step on a text box', () => {
    mount('<input id="a">');
    const step: WriteStep = { action: 'select', key: 'a', index: 0 };
    expect(() => executeStep([byId('a')], step)).toThrow(TypeError);
  });

  test('selects exactly the options of a multiple select', () => {
    mount(`<select id="m" multiple>
      <option>a</option><option selected>b</option><option>c</option></select>`);
    const select = byId<HTMLSelectElement>('m');
    const step: WriteStep = { action: 'select-multiple', key: 'm', indexes: [0, 2] };
    executeStep([select], step);
    expect([...select.selectedOptions].map((option) => option.text)).toEqual(['a', 'c']);
    expect(readBack([select], step)).toBe(true);
  });
});

describe('executeStep with dates and masks', () => {
  function mountDates() {
    mount(`<form>
      <input id="d1" type="date">
      <input id="d2" placeholder="TT.MM.JJJJ" maxlength="10">
      <p lang="fr"><input id="d3" placeholder="jj/mm/aaaa"></p>
      <input id="d4" maxlength="2"><input id="d5" maxlength="2">
      <input id="d6" maxlength="4"></form>`);
    const d2 = byId('d2');
    // A mask that keeps digits, inserts dots while typing and clears an incomplete date on blur.
    d2.addEventListener('input', () => {
      const digits = d2.value.replace(/\D/g, '').slice(0, 8);
      const groups = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)];
      d2.value = groups.filter(Boolean).join('.');
    });
    d2.addEventListener('blur', () => {
      if (!/^\d{2}\.\d{2}\.\d{4}$/.test(d2.value)) d2.value = '';
    });
  }

  function write(field: ReturnType<typeof detected>, value: string): void {
    const plan = planFieldWrite(field, value, { lang: 'de' });
    expect(plan.status).toBe('ready');
    for (const step of plan.steps) {
      const elements = [byId(step.key)];
      executeStep(elements, step);
      expect(readBack(elements, step)).toBe(true);
    }
  }

  test('writes one date in four encodings', () => {
    mountDates();
    const single = [
      control({ key: 'd1', kind: 'date' }),
      control({ key: 'd2', placeholder: 'TT.MM.JJJJ', maxLength: 10 }),
      control({ key: 'd3', placeholder: 'jj/mm/aaaa', lang: 'fr' }),
    ];
    for (const info of single) write(detected('date_of_birth', [info]), '1985-12-24');
    const parts = ['d4', 'd5', 'd6'].map((key) => control({ key }));
    write(detected('date_of_birth', parts, { roles: ['day', 'month', 'year'] }), '1985-12-24');

    const values = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((id) => byId(id).value);
    expect(values).toEqual(['1985-12-24', '24.12.1985', '24/12/1985', '24', '12', '1985']);
  });

  test('reads a garbling mask as not accepted', () => {
    mount('<input id="m">');
    const input = byId('m');
    // A mask that expects year first and reorders the digits it is given.
    input.addEventListener('input', () => {
      const digits = input.value.replace(/\D/g, '');
      input.value = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
    });
    const step = setText('m', '24.12.1985');
    executeStep([input], step);
    expect(input.value).toBe('2412-19-85');
    expect(readBack([input], step)).toBe(false);
  });
});

describe('executeStep in shadow roots', () => {
  function hostWithInput(mode: ShadowRootMode, label: string) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode });
    root.innerHTML = `<label for="i">${label}</label><input id="i">`;
    const input = root.querySelector('input')!;
    let hostValue = '';
    // The host updates only from input events that cross the shadow boundary.
    host.addEventListener('input', () => {
      hostValue = input.value;
    });
    return { input, value: () => hostValue };
  }

  test.each(['open', 'closed'] as const)('reaches the host in %s mode', (mode) => {
    const field = hostWithInput(mode, 'Familienname');
    const step = setText('i', 'Ravnsborg');
    executeStep([field.input], step);
    expect(field.value()).toBe('Ravnsborg');
    expect(readBack([field.input], step)).toBe(true);
  });
});

describe('executeStep with a page that re-renders', () => {
  function rerenderingForm() {
    const state: Record<string, string> = { fam: '', vor: '' };
    let renders = 0;
    const render = () => {
      renders += 1;
      mount(`<form autocomplete="off">
        <input id="fam" autocomplete="off"><input id="vor" autocomplete="off"></form>`);
      for (const key of ['fam', 'vor']) {
        const input = byId(key);
        input.value = state[key];
        input.addEventListener('input', () => {
          state[key] = input.value;
        });
        input.addEventListener('blur', () => setTimeout(render, 0));
      }
    };
    render();
    return { state, renders: () => renders };
  }

  test('keeps values after the page rebuilds its form', async () => {
    vi.useFakeTimers();
    const page = rerenderingForm();
    const steps = [setText('fam', 'Hagedorn-Uysal'), setText('vor', 'Mirela')];
    for (const step of steps) executeStep([byId(step.key)], step);
    await vi.runAllTimersAsync();

    expect(page.renders()).toBeGreaterThan(1);
    for (const step of steps) expect(readBack([byId(step.key)], step)).toBe(true);
  });

  test('reads a replaced element as not holding the value', async () => {
    vi.useFakeTimers();
    rerenderingForm();
    const stale = byId('fam');
    const step = setText('fam', 'Hagedorn-Uysal');
    executeStep([stale], step);
    await vi.runAllTimersAsync();
    expect(readBack([stale], step)).toBe(false);
  });

  test('reads a value the page cleared as not accepted', () => {
    mount('<input id="a">');
    const input = byId('a');
    input.addEventListener('change', () => {
      input.value = '';
    });
    const step = setText('a', 'Hollweg');
    executeStep([input], step);
    expect(readBack([input], step)).toBe(false);
  });
});

describe('executeStep with choices', () => {
  test('clicks a radio button so page handlers run', () => {
    mount(`<input type="radio" name="s" id="m" value="M">
      <input type="radio" name="s" id="f" value="F">`);
    const radios = [byId('m'), byId('f')];
    const clicked: string[] = [];
    radios.forEach((radio) => radio.addEventListener('click', () => clicked.push(radio.value)));
    const step: WriteStep = { action: 'click-choice', key: 's', index: 1 };
    executeStep(radios, step);
    expect(clicked).toEqual(['F']);
    expect(byId('f').checked).toBe(true);
    expect(readBack(radios, step)).toBe(true);
  });

  test('finds radio buttons inside a container', () => {
    mount(`<fieldset id="g">
      <input type="radio" name="s" value="1"><input type="radio" name="s" value="2"></fieldset>`);
    const step: WriteStep = { action: 'click-choice', key: 'g', index: 0 };
    executeStep([byId('g')], step);
    expect(readBack([byId('g')], step)).toBe(true);
  });

  test('clicks a checkbox only when its state differs', () => {
    mount('<input type="checkbox" id="c" checked>');
    const box = byId('c');
    let clicks = 0;
    box.addEventListener('click', () => (clicks += 1));
    executeStep([box], { action: 'check', key: 'c', checked: true });
    expect(clicks).toBe(0);
    executeStep([box], { action: 'check', key: 'c', checked: false });
    expect(clicks).toBe(1);
    expect(box.checked).toBe(false);
    expect(readBack([box], { action: 'check', key: 'c', checked: false })).toBe(true);
  });

  test('checks exactly the boxes of a group', () => {
    mount(`<input type="checkbox" id="a" checked>
      <input type="checkbox" id="b"><input type="checkbox" id="c">`);
    const boxes = [byId('a'), byId('b'), byId('c')];
    const step: WriteStep = { action: 'select-multiple', key: 'g', indexes: [2, 1] };
    executeStep(boxes, step);
    expect(boxes.map((box) => box.checked)).toEqual([false, true, true]);
    expect(readBack(boxes, step)).toBe(true);
  });
});

describe('executeStep with a photo upload', () => {
  const jpegBytes = btoa('\xff\xd8\xff\xe0 a small jpeg');
  const attach: WriteStep = {
    action: 'attach-file',
    key: 'foto',
    name: 'kind.jpg',
    type: 'image/jpeg',
    base64: jpegBytes,
  };

  function photoInput() {
    mount(`<input id="foto" type="file" accept="image/jpeg"><p id="msg"></p>`);
    const input = byId('foto');
    let accepted: { name: string; size: number } | null = null;
    // The page accepts only a JPEG under 200 KB, and only when its change handler ran.
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      if (file.type !== 'image/jpeg' || file.size > 200 * 1024) {
        byId('msg').textContent = 'abgelehnt';
        return;
      }
      accepted = { name: file.name, size: file.size };
    });
    return { input, accepted: () => accepted };
  }

  test('attaches the draft photo', () => {
    const page = photoInput();
    executeStep([page.input], attach);
    expect(page.accepted()).toEqual({ name: 'kind.jpg', size: atob(jpegBytes).length });
    expect(page.input.files?.[0].type).toBe('image/jpeg');
    expect(readBack([page.input], attach)).toBe(true);
  });

  test('plans and attaches a photo the page accepts', () => {
    const page = photoInput();
    const dataUrl = `data:image/jpeg;base64,${jpegBytes}`;
    const image = { name: 'kind.jpg', type: 'image/jpeg', dataUrl };
    const info = control({ key: 'foto', kind: 'file', accept: 'image/jpeg', hint: 'max. 200 KB' });
    const plan = planFieldWrite(detected('facial_image', [info]), image);
    executeStep([page.input], plan.steps[0]);
    expect(page.accepted()?.name).toBe('kind.jpg');
  });

  test('reads a different file as not holding the photo', () => {
    const page = photoInput();
    executeStep([page.input], { ...attach, name: 'other.jpg' });
    expect(readBack([page.input], attach)).toBe(false);
  });
});

describe('readBack', () => {
  test('reads a detached element as false', () => {
    mount('<input id="a">');
    const input = byId('a');
    const step = setText('a', 'x');
    executeStep([input], step);
    input.remove();
    expect(readBack([input], step)).toBe(false);
  });

  test('reads no elements as false', () => {
    expect(readBack([], setText('a', 'x'))).toBe(false);
  });
});
