import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';

const weekendsOnly = createCalendar({ convention: 'weekends-only' });

describe('isWorkingDay', () => {
  it('counts weekdays as working and weekends as not', () => {
    expect(['2022-04-11', '2022-04-12', '2022-04-13', '2022-04-14', '2022-04-16', '2022-04-17'].map((d) => isWorkingDay(d))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('counts the 2022 one-off holidays as non-working: 2 and 3 June and 19 September', () => {
    expect(isWorkingDay('2022-06-02')).toBe(false);
    expect(isWorkingDay('2022-06-03')).toBe(false);
    expect(isWorkingDay('2022-09-19')).toBe(false);
    expect(isWorkingDay('2022-05-30')).toBe(true); // the usual Spring holiday moved to 2 June that year
  });

  it('counts a bank holiday as working under the weekends-only convention', () => {
    expect(isWorkingDay('2022-06-02', weekendsOnly)).toBe(true);
    expect(isWorkingDay('2022-06-04', weekendsOnly)).toBe(false);
  });

  it('uses the region’s own holidays', () => {
    const scotland = createCalendar({ region: 'scotland' });
    const northernIreland = createCalendar({ region: 'northern-ireland' });
    expect(isWorkingDay('2022-11-30', scotland)).toBe(false);
    expect(isWorkingDay('2022-11-30')).toBe(true);
    expect(isWorkingDay('2022-08-29', scotland)).toBe(true);
    expect(isWorkingDay('2022-07-12', northernIreland)).toBe(false);
    expect(isWorkingDay('2022-03-17', northernIreland)).toBe(false);
  });

  it('treats the days either side of a clock change like any other', () => {
    // BST started Sunday 27 March 2022 and ended Sunday 30 October 2022.
    expect(['2022-03-25', '2022-03-26', '2022-03-27', '2022-03-28'].map((d) => isWorkingDay(d))).toEqual([true, false, false, true]);
    expect(['2022-10-28', '2022-10-29', '2022-10-30', '2022-10-31'].map((d) => isWorkingDay(d))).toEqual([true, false, false, true]);
  });
});
