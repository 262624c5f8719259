import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { shiftDates } from './shiftDates.js';

const twoA = { start: '2022-04-13', finish: '2022-04-29' };
const weekendsOnly = createCalendar({ convention: 'weekends-only' });

describe('shiftDates', () => {
  it('moves an action by working days, keeping its working-day length', () => {
    expect(shiftDates(twoA, { edge: 'move', by: 1, unit: 'working' }, weekendsOnly)).toEqual({ start: '2022-04-14', finish: '2022-05-02' });
    expect(shiftDates(twoA, { edge: 'move', by: 5, unit: 'working' }, weekendsOnly)).toEqual({ start: '2022-04-20', finish: '2022-05-06' });
    expect(shiftDates(twoA, { edge: 'move', by: -1, unit: 'working' }, weekendsOnly)).toEqual({
      start: '2022-04-12',
      finish: '2022-04-28',
    });
  });

  it('skips bank holidays when the calendar has them', () => {
    expect(shiftDates(twoA, { edge: 'move', by: 5, unit: 'working' })).toEqual({ start: '2022-04-22', finish: '2022-05-09' });
  });

  it('lands a dragged action on a working day', () => {
    expect(shiftDates(twoA, { edge: 'move', by: 3, unit: 'calendar' }, weekendsOnly)).toEqual({
      start: '2022-04-18',
      finish: '2022-05-04',
    });
    expect(shiftDates(twoA, { edge: 'move', by: -4, unit: 'calendar' }, weekendsOnly)).toEqual({
      start: '2022-04-08',
      finish: '2022-04-26',
    });
  });

  it('resizes one end without passing the other', () => {
    expect(shiftDates(twoA, { edge: 'finish', by: 2, unit: 'working' }, weekendsOnly)).toEqual({
      start: '2022-04-13',
      finish: '2022-05-03',
    });
    expect(shiftDates(twoA, { edge: 'finish', by: -20, unit: 'working' }, weekendsOnly)).toEqual({
      start: '2022-04-13',
      finish: '2022-04-13',
    });
    expect(shiftDates(twoA, { edge: 'start', by: -1, unit: 'working' }, weekendsOnly)).toEqual({
      start: '2022-04-12',
      finish: '2022-04-29',
    });
  });

  it('moves a milestone as a whole', () => {
    expect(shiftDates({ start: '2022-06-30', finish: '2022-06-30', milestone: true }, { edge: 'finish', by: 1, unit: 'working' })).toEqual({
      start: '2022-07-01',
      finish: '2022-07-01',
    });
  });
});
