import { describe, expect, it } from 'vitest';
import { toDayNumber } from './isoDate.js';
import { timeAxis } from './timeAxis.js';

describe('timeAxis', () => {
  it('divides into weeks from Monday, under months', () => {
    const axis = timeAxis('2022-04-13', '2022-05-02', 'week');
    expect(axis.units.map((u) => [u.start, u.label, u.longLabel])).toEqual([
      ['2022-04-11', '11 Apr', 'Week of 11 April 2022'],
      ['2022-04-18', '18 Apr', 'Week of 18 April 2022'],
      ['2022-04-25', '25 Apr', 'Week of 25 April 2022'],
      ['2022-05-02', '2 May', 'Week of 2 May 2022'],
    ]);
    expect([axis.startDay, axis.endDay]).toEqual([toDayNumber('2022-04-11'), toDayNumber('2022-05-09')]);
    expect(axis.groups.map((g) => [g.label, g.endDay - g.startDay])).toEqual([
      ['Apr 2022', 20],
      ['May 2022', 8],
    ]);
  });

  it('divides into months under years', () => {
    const axis = timeAxis('2022-11-20', '2023-02-01', 'month');
    expect(axis.units.map((u) => [u.label, u.longLabel, u.endDay - u.startDay])).toEqual([
      ['Nov', 'November 2022', 30],
      ['Dec', 'December 2022', 31],
      ['Jan', 'January 2023', 31],
      ['Feb', 'February 2023', 28],
    ]);
    expect(axis.groups.map((g) => g.label)).toEqual(['2022', '2023']);
  });

  it('divides into quarters', () => {
    expect(timeAxis('2022-04-13', '2023-01-05', 'quarter').units.map((u) => [u.label, u.longLabel])).toEqual([
      ['Q2', 'Apr to Jun 2022'],
      ['Q3', 'Jul to Sep 2022'],
      ['Q4', 'Oct to Dec 2022'],
      ['Q1', 'Jan to Mar 2023'],
    ]);
  });

  it('gives every week seven days across the clock changes', () => {
    const axis = timeAxis('2022-03-21', '2022-11-06', 'week');
    expect(new Set(axis.units.map((u) => u.endDay - u.startDay))).toEqual(new Set([7]));
    expect(axis.units.find((u) => u.start === '2022-03-21')).toBeDefined();
    expect(axis.units.find((u) => u.start === '2022-10-31')).toBeDefined();
  });

  it('reaches 31 Dec 9999, a common "no end date", and 1 Jan 0000, without writing a date past either', () => {
    const end = toDayNumber('9999-12-31') + 1;
    // Monday 27 Dec 9999 is the last week; its seven days run past the last date, as day numbers only.
    const weeks = timeAxis('9999-12-01', '9999-12-31', 'week');
    expect(weeks.units.map((u) => [u.start, u.endDay - u.startDay])).toEqual([
      ['9999-11-29', 7],
      ['9999-12-06', 7],
      ['9999-12-13', 7],
      ['9999-12-20', 7],
      ['9999-12-27', 7],
    ]);
    expect(weeks.groups.map((g) => [g.label, g.endDay])).toEqual([
      ['Nov 9999', toDayNumber('9999-12-01')],
      // January 10000 has no month to name: the last two days of the week are under none.
      ['Dec 9999', end],
    ]);
    expect(weeks.endDay).toBe(end + 2);
    expect(
      ['month', 'quarter'].map((zoom) => timeAxis('9999-12-31', '9999-12-31', zoom as 'month').units.map((u) => [u.start, u.endDay])),
    ).toEqual([[['9999-12-01', end]], [['9999-10-01', end]]]);
    // A plan "ending" then, seen by week from 2022: a unit for each of the 416,258 weeks from Monday 11 April 2022 to Monday 27 December 9999.
    expect(timeAxis('2022-04-13', '9999-12-31', 'week').units.length).toBe(416_258);
    // 1 Jan 0000 was a Saturday: the first week starts on it, not on the Monday before, which has no date.
    expect(timeAxis('0000-01-01', '0000-01-12', 'week').units.map((u) => [u.start, u.label, u.endDay - u.startDay])).toEqual([
      ['0000-01-01', '1 Jan', 2],
      ['0000-01-03', '3 Jan', 7],
      ['0000-01-10', '10 Jan', 7],
    ]);
  });

  it('rejects a finish before the start', () => {
    expect(() => timeAxis('2022-04-13', '2022-04-12', 'week')).toThrow('Expected finish (2022-04-12) on or after start (2022-04-13)');
  });
});
