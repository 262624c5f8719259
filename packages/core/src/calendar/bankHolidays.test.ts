import { describe, expect, it } from 'vitest';
import { BankHolidayFeedSchema, mergeBankHolidayFeeds, parseBankHolidayFeed, type BankHolidayFeed } from './bankHolidays.js';
import { bundledBankHolidays } from './bundledBankHolidays.js';

const datesIn = (region: keyof BankHolidayFeed, year: number) =>
  bundledBankHolidays[region].events.filter((event) => event.date.startsWith(`${year}-`)).map((event) => event.date.slice(5));

describe('bundled bank holidays', () => {
  it('lists England and Wales holidays 2020-2027 as published, one-off changes included', () => {
    expect(datesIn('england-and-wales', 2020)).toEqual(['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28']);
    expect(datesIn('england-and-wales', 2021)).toEqual(['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28']);
    expect(datesIn('england-and-wales', 2022)).toEqual([
      '01-03',
      '04-15',
      '04-18',
      '05-02',
      '06-02',
      '06-03',
      '08-29',
      '09-19',
      '12-26',
      '12-27',
    ]);
    expect(datesIn('england-and-wales', 2023)).toEqual(['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26']);
    expect(datesIn('england-and-wales', 2024)).toEqual(['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']);
    expect(datesIn('england-and-wales', 2025)).toEqual(['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']);
    expect(datesIn('england-and-wales', 2026)).toEqual(['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']);
    expect(datesIn('england-and-wales', 2027)).toEqual(['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28']);
  });

  it('covers every year from 2015 to 2030 in all three regions', () => {
    for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      const years = new Set(bundledBankHolidays[region].events.map((event) => Number(event.date.slice(0, 4))));
      expect([...years]).toEqual(Array.from({ length: 16 }, (_, i) => 2015 + i));
    }
  });

  it("gives Scotland 2 January, St Andrew's Day and an early August holiday", () => {
    expect(datesIn('scotland', 2022)).toEqual([
      '01-03',
      '01-04',
      '04-15',
      '05-02',
      '06-02',
      '06-03',
      '08-01',
      '09-19',
      '11-30',
      '12-26',
      '12-27',
    ]);
    expect(datesIn('scotland', 2025)).toEqual(['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26']);
  });

  it("gives Northern Ireland St Patrick's Day and the Battle of the Boyne, moved off weekends", () => {
    expect(datesIn('northern-ireland', 2020)).toEqual([
      '01-01',
      '03-17',
      '04-10',
      '04-13',
      '05-08',
      '05-25',
      '07-13',
      '08-31',
      '12-25',
      '12-28',
    ]);
  });

  it('marks substitute days as the feed does', () => {
    const christmas2022 = bundledBankHolidays['england-and-wales'].events.filter((event) => event.date.startsWith('2022-12'));
    expect(christmas2022).toEqual([
      { title: 'Boxing Day', date: '2022-12-26', notes: '', bunting: true },
      { title: 'Christmas Day', date: '2022-12-27', notes: 'Substitute day', bunting: true },
    ]);
  });

  // The bundled file is not parsed when the package loads, so it must already be what parsing gives.
  it('is a valid feed exactly as parsing would return it, each region in date order', () => {
    const parsed = BankHolidayFeedSchema.safeParse(bundledBankHolidays);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toStrictEqual(bundledBankHolidays);
    for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      const dates = bundledBankHolidays[region].events.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    }
  });
});

describe('parseBankHolidayFeed', () => {
  it('reads a feed in the public shape, filling notes and bunting when absent', () => {
    const result = parseBankHolidayFeed({
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2031-01-01' }] },
      scotland: { events: [] },
      'northern-ireland': { events: [] },
    });
    expect(result.ok && result.value['england-and-wales'].events).toEqual([
      { title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: false },
    ]);
  });

  it('reports a bad date with its path and the value found', () => {
    const result = parseBankHolidayFeed({
      'england-and-wales': { events: [{ title: 'Boxing Day', date: '26/12/2031' }] },
      scotland: { events: [] },
    });
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      '["england-and-wales"].events[0].date: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "26/12/2031".',
      '["northern-ireland"]: expected an object, found nothing.',
    ]);
  });
});

describe('mergeBankHolidayFeeds', () => {
  const event = (date: string, title: string) => ({ date, title, notes: '', bunting: true });
  const feed = (events: ReturnType<typeof event>[]): BankHolidayFeed => ({
    'england-and-wales': { division: 'england-and-wales', events },
    scotland: { division: 'scotland', events: [] },
    'northern-ireland': { division: 'northern-ireland', events: [] },
  });

  it('replaces the years the newer feed lists and keeps the years it dropped', () => {
    const older = feed([event('2019-01-01', 'New Year’s Day'), event('2031-05-05', 'Early May bank holiday (projected)')]);
    const newer = feed([event('2031-05-02', 'Early May bank holiday'), event('2031-06-01', 'A one-off holiday')]);
    expect(mergeBankHolidayFeeds(older, newer)['england-and-wales'].events.map((e) => `${e.date} ${e.title}`)).toEqual([
      '2019-01-01 New Year’s Day',
      '2031-05-02 Early May bank holiday',
      '2031-06-01 A one-off holiday',
    ]);
  });

  it('does not change its inputs', () => {
    const older = feed([event('2019-01-01', 'New Year’s Day')]);
    const before = structuredClone(older);
    mergeBankHolidayFeeds(older, feed([event('2019-12-25', 'Christmas Day')]));
    expect(older).toEqual(before);
  });
});
