import { dateOfBirth } from '../../src/detect/types/date-of-birth';
import { specify } from './table';

specify(dateOfBirth, [
  ['1990-05-12', 'weak'], // any valid past date: only the key makes it a birth date
  ['1990年5月12日', 'weak'],
  ['19900512', 'weak'],
  ['19900512', 'weak', 'number'],
  ['12/05/1990', 'weak'],
  ['2990-05-12', null],
  ['1990-02-30', null],
  ['2024-11-28T12:30:00Z', null], // an event time, not a birth date
  ['May 12, 1990', 'weak'], // month-name forms
  ['12 May 1990', 'weak'],
  ['Sept. 3rd 1985', 'weak'],
  ['February 30, 1990', null],
  ['May 12, 2990', null],
  ['Model 12, 1990', null],
  ['1990-05-11T16:00:00Z', 'weak'], // a birth date stored as a zoned timestamp: the key decides
  ['2024-11-28T00:00:00Z', 'weak'],
  ['01MAY83', 'weak'], // airline and travel documents (IATA): day, month name, year
  ['10NOV04', 'weak'],
  ['01-MAY-1983', 'weak'],
  ['31FEB83', null],
  ['01ABC83', null],
  ['286156800000', 'weak', 'number'], // Unix time in ms, 1979: only a birth key makes it a birth date
  ['286156800', 'weak'], // in seconds
  ['-315619200000', 'weak', 'number'], // 1960, before the epoch
  ['1732780800000', null], // this year: an event's time
  ['1990-05', 'weak'], // 出生年月: a birth month
  ['1990年5月', 'weak'],
  ['2024-05', null], // too recent to be a person's
  ['1990-13', null],
  ['14', 'weak'], // a part of a split date (`dob: {day, month, year}`): only the key makes it one
  ['4', 'weak', 'number'],
  ['1995', 'weak'],
  ['32', null],
  ['1850', null],
  ['2990', null],
], [
  ['患者出生日期：1985-03-21，过敏史无', ['1985-03-21']],
  ['born on 1990/05/12 in Shanghai', ['1990/05/12']],
  ['下单时间2024-11-28', []],
  ['Born on March 3, 1985 in Ohio', ['March 3, 1985']],
  ['生日是1990-05-12，记得', ['1990-05-12']],
  ['Released on March 3, 1985', []],
]);
