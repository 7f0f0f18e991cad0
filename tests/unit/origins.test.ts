import { describe, expect, it } from 'vitest';
import { originPattern } from '@/utils/origins';

describe('originPattern', () => {
  it.each([
    ['https://portal.example', 'https://portal.example/*'],
    ['portal.example', 'https://portal.example/*'],
    ['http://10.1.2.3:8080/app/alert.aspx?x=1', 'http://10.1.2.3/*'],
    ['  HTTPS://Portal.Example/  ', 'https://portal.example/*'],
  ])('turns %s into %s', (input, expected) => {
    expect(originPattern(input)).toBe(expected);
  });

  it.each(['', 'ftp://files.example', 'javascript:alert(1)', 'http://'])(
    'rejects %j',
    (input) => {
      expect(originPattern(input)).toBeUndefined();
    },
  );
});
