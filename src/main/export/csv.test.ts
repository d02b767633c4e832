import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutralizeFormula } from './csv';

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes null as an empty field and booleans and numbers as text', () => {
    expect(csvRecord([null, true, false, 42, 'x'])).toBe(',true,false,42,x\r\n');
  });
});

describe('spreadsheet formula injection', () => {
  it.each(['=HYPERLINK("http://evil","click")', '+SUM(A1:A9)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1)', '\tTAB', '\rCR', '-', '-1e5', '--1'])(
    'disarms %j with a leading apostrophe',
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['-1.5', '-0.00000001', '-42', '-.5', '-3.', '1.5', '0.00100000', 'BTCUSDT', 'a=b', ' =1+1'])(
    'leaves %j alone: a plain number, or text that does not start a formula',
    (value) => {
      expect(neutralizeFormula(value)).toBe(value);
    },
  );

  it('disarms before quoting, so a quoted formula stays disarmed', () => {
    expect(csvField('=1+2,"x"')).toBe('"\'=1+2,""x"""');
  });
});
