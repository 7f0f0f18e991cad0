/**
 * Time masks with seconds, and selects that offer only numbers.
 */
import { describe, expect, test } from 'vitest';
import { isDateMask, isFormatMask } from '../../utils/detect/evidence';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

describe('time masks', () => {
  test.each(['HH:mm:ss', 'hh:mm:ss', 'HH24:MI:SS', 'чч:мм:сс'])('%s is no date', (mask) => {
    expect(isDateMask(mask)).toBe(false);
  });

  test.each(['gg-mm-aaaa', 'dd/mm/yyyy hh:mm', 'TT.MM.JJJJ'])('%s is a date', (mask) => {
    expect(isDateMask(mask)).toBe(true);
  });

  test('a mask with seconds is still a mask', () => {
    expect(isFormatMask('HH:mm:ss')).toBe(true);
  });

  test('a date box and a time box with seconds are one date and time', () => {
    const page = `<html lang="it"><body><form>
      <div class="form-group"><div class="control-label"><label for="d">Data ultimo avvistamento</label></div>
        <div class="col"><input id="d" placeholder="gg-mm-aaaa"></div></div>
      <div class="form-group"><div class="control-label"><label for="t">Ora ultimo avvistamento</label></div>
        <div class="col"><input id="t" placeholder="HH:mm:ss"></div></div>
    </form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#d', '#t']);
  });
});

describe('selects of numbers', () => {
  const numbers = (count: number) =>
    Array.from(
      { length: count },
      (_, index) => `<option>${String(index).padStart(2, '0')}</option>`,
    ).join('');

  test('a minutes select labelled "m" is no sex', () => {
    const page = `<html lang="en"><body><p><label for="h">Time last seen</label>
      <select id="h"><option></option>${numbers(24)}</select> h
      <select id="m" name="m"><option></option>${numbers(60)}</select> m</p></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#m')).not.toBe('sex');
  });

  test('a select of two coded numbers may still be a sex', () => {
    const page = `<html lang="it"><body><label for="s">Sesso</label>
      <select id="s"><option value=""></option><option value="1">1</option><option value="2">2</option></select>
      </body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#s')).toBe('sex');
  });
});
