import { afterEach, describe, expect, test } from 'vitest';
import { executeStep, readBack } from '../../utils/fill/write';
import type { WriteStep } from '../../utils/messaging/page-model';

afterEach(() => {
  document.body.innerHTML = '';
});

function mountInput(): HTMLInputElement {
  document.body.innerHTML = '<input id="d" placeholder="gg/mm/aaaa">';
  return document.getElementById('d') as HTMLInputElement;
}

/**
 * Adds a mask that keeps typed digits in its own buffer, refuses every other
 * key, and writes its buffer back over any value it did not type itself.
 */
function digitMask(input: HTMLInputElement) {
  let digits = '';
  const render = () => {
    const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)];
    input.value = parts.filter(Boolean).join('/');
  };
  input.addEventListener('keypress', (event) => {
    event.preventDefault();
    if (/^\d$/.test(event.key) && digits.length < 8) {
      digits += event.key;
      render();
    }
  });
  input.addEventListener('input', () => {
    if (input.value === '') digits = '';
    else render();
  });
  return { digits: () => digits };
}

const setText = (text: string): WriteStep => ({ action: 'set-text', key: 'd', text });

describe('typeText fallback', () => {
  test('types digit by digit into a mask that refuses the whole value', () => {
    const input = mountInput();
    const mask = digitMask(input);
    executeStep([input], setText('29/02/2008'));
    expect(input.value).toBe('29/02/2008');
    expect(mask.digits()).toBe('29022008');
    expect(readBack([input], setText('29/02/2008'))).toBe(true);
  });

  test('sends no keypress when the whole value is kept', () => {
    const input = mountInput();
    let keypresses = 0;
    input.addEventListener('keypress', () => (keypresses += 1));
    executeStep([input], setText('29/02/2008'));
    expect(keypresses).toBe(0);
  });

  test('sends keydown, keypress and keyup for each character typed', () => {
    const input = mountInput();
    const keys: string[] = [];
    input.addEventListener('input', () => {
      // Refuses the whole value, so that the text is typed.
      if (input.value.length > 1) input.value = '';
    });
    for (const type of ['keydown', 'keypress', 'keyup']) {
      input.addEventListener(type, (event) => keys.push(`${type}:${(event as KeyboardEvent).key}`));
    }
    executeStep([input], setText('Ab'));
    expect(keys.slice(-6)).toEqual([
      'keydown:A',
      'keypress:A',
      'keyup:A',
      'keydown:b',
      'keypress:b',
      'keyup:b',
    ]);
  });

  test('inserts no character whose beforeinput the page cancels', () => {
    const input = mountInput();
    input.addEventListener('beforeinput', (event) => {
      if ((event as InputEvent).data === '-') event.preventDefault();
    });
    input.addEventListener('input', () => {
      if (input.value.includes('-')) input.value = '';
    });
    executeStep([input], setText('12-34'));
    expect(input.value).toBe('1234');
  });

  test('reads a value that typing cannot produce as not accepted', () => {
    const input = mountInput();
    input.addEventListener('input', () => {
      input.value = input.value.toUpperCase();
    });
    executeStep([input], setText('Rossi'));
    expect(input.value).toBe('ROSSI');
    expect(readBack([input], setText('Rossi'))).toBe(false);
  });
});

describe('executeStep with a rebuilt option list', () => {
  function mountDays(count: number, placeholder: boolean): HTMLSelectElement {
    const days = Array.from({ length: count }, (_, index) => {
      const day = String(index + 1).padStart(2, '0');
      return `<option value="${day}">${index + 1}</option>`;
    });
    const first = placeholder ? '<option value="">--</option>' : '';
    document.body.innerHTML = `<select id="gg">${first}${days.join('')}</select>`;
    return document.getElementById('gg') as HTMLSelectElement;
  }

  const day29: WriteStep = { action: 'select', key: 'gg', index: 29, value: '29', text: '29' };

  test('selects the planned option at its planned position', () => {
    const select = mountDays(31, true);
    executeStep([select], day29);
    expect(select.value).toBe('29');
    expect(readBack([select], day29)).toBe(true);
  });

  test('finds the option by value and text after the list moved it', () => {
    const select = mountDays(29, false);
    executeStep([select], day29);
    expect(select.value).toBe('29');
    expect(select.selectedIndex).toBe(28);
    expect(readBack([select], day29)).toBe(true);
  });

  test('rejects an option the rebuilt list no longer has', () => {
    const select = mountDays(28, true);
    expect(() => executeStep([select], day29)).toThrow(RangeError);
  });

  test('reads another option at the planned position as not accepted', () => {
    const select = mountDays(31, true);
    executeStep([select], day29);
    select.options[29].text = '30';
    expect(readBack([select], day29)).toBe(false);
  });
});
