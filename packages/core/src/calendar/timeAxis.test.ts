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

  it('rejects a finish before the start', () => {
    expect(() => timeAxis('2022-04-13', '2022-04-12', 'week')).toThrow('Expected finish (2022-04-12) on or after start (2022-04-13)');
  });
});
