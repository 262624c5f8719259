// Writes src/calendar/data/bank-holidays.json: UK bank holidays 2015-2030 in the shape of the public
// bank-holidays feed. Regular holidays come from the rules in the Banking and Financial Dealings Act
// 1971 and the annual proclamations (substitute days when a holiday falls at a weekend); the one-off
// changes are listed by hand below. Years beyond those already announced are projections from the
// same rules: merge a newer copy of the feed (mergeBankHolidayFeed) when it is published.
//
// Run: node scripts/generate-bank-holidays.mjs
import { writeFileSync } from 'node:fs';

const FIRST_YEAR = 2015;
const LAST_YEAR = 2030;
const DAY = 86_400_000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);
const utc = (y, m, d) => Date.UTC(y, m - 1, d);
const weekday = (t) => new Date(t).getUTCDay();
const addDays = (t, n) => t + n * DAY;

function easterSunday(year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const firstMonday = (year, month) => {
  let t = utc(year, month, 1);
  while (weekday(t) !== 1) t = addDays(t, 1);
  return t;
};
const lastMonday = (year, month) => {
  let t = utc(year, month + 1, 1) - DAY;
  while (weekday(t) !== 1) t = addDays(t, -1);
  return t;
};

/** A fixed-date holiday moved to the next free weekday when it falls at a weekend or on another holiday. */
function substituted(events, title, t, bunting) {
  const taken = new Set(events.map((e) => e.date));
  if (weekday(t) !== 0 && weekday(t) !== 6 && !taken.has(iso(t))) {
    events.push({ title, date: iso(t), notes: '', bunting });
    return;
  }
  let s = t;
  while (weekday(s) === 0 || weekday(s) === 6 || taken.has(iso(s))) s = addDays(s, 1);
  events.push({ title, date: iso(s), notes: 'Substitute day', bunting });
}

/** Christmas Day and Boxing Day with their substitutes, as the proclamations set them. */
function christmas(events, year) {
  const xmas = utc(year, 12, 25);
  if (weekday(xmas) === 0) {
    // Boxing Day keeps its Monday; Christmas Day's substitute goes to the Tuesday.
    events.push({ title: 'Boxing Day', date: iso(addDays(xmas, 1)), notes: '', bunting: true });
    events.push({ title: 'Christmas Day', date: iso(addDays(xmas, 2)), notes: 'Substitute day', bunting: true });
    return;
  }
  substituted(events, 'Christmas Day', xmas, true);
  substituted(events, 'Boxing Day', addDays(xmas, 1), true);
}

// One-off changes, by region. `replace` names the regular holiday a change moves.
const ONE_OFFS = {
  2020: [{ replace: 'Early May bank holiday', title: 'Early May bank holiday (VE day)', date: '2020-05-08', bunting: true }],
  2022: [
    { replace: 'Spring bank holiday', title: 'Spring bank holiday', date: '2022-06-02', bunting: true },
    { title: 'Platinum Jubilee bank holiday', date: '2022-06-03', bunting: true },
    { title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', date: '2022-09-19', bunting: false },
  ],
  2023: [{ title: 'Bank holiday for the coronation of King Charles III', date: '2023-05-08', bunting: true }],
};

function applyOneOffs(events, year) {
  for (const change of ONE_OFFS[year] ?? []) {
    if (change.replace) {
      const index = events.findIndex((e) => e.title === change.replace);
      events.splice(index, 1);
    }
    events.push({ title: change.title, date: change.date, notes: '', bunting: change.bunting });
  }
}

function englandAndWales(year) {
  const events = [];
  substituted(events, 'New Year’s Day', utc(year, 1, 1), true);
  const easter = easterSunday(year);
  events.push({ title: 'Good Friday', date: iso(addDays(easter, -2)), notes: '', bunting: false });
  events.push({ title: 'Easter Monday', date: iso(addDays(easter, 1)), notes: '', bunting: true });
  events.push({ title: 'Early May bank holiday', date: iso(firstMonday(year, 5)), notes: '', bunting: true });
  events.push({ title: 'Spring bank holiday', date: iso(lastMonday(year, 5)), notes: '', bunting: true });
  events.push({ title: 'Summer bank holiday', date: iso(lastMonday(year, 8)), notes: '', bunting: true });
  christmas(events, year);
  applyOneOffs(events, year);
  return events;
}

function scotland(year) {
  const events = [];
  const newYear = utc(year, 1, 1);
  substituted(events, 'New Year’s Day', newYear, true);
  substituted(events, '2nd January', addDays(newYear, 1), true);
  const easter = easterSunday(year);
  events.push({ title: 'Good Friday', date: iso(addDays(easter, -2)), notes: '', bunting: false });
  events.push({ title: 'Early May bank holiday', date: iso(firstMonday(year, 5)), notes: '', bunting: true });
  events.push({ title: 'Spring bank holiday', date: iso(lastMonday(year, 5)), notes: '', bunting: true });
  events.push({ title: 'Summer bank holiday', date: iso(firstMonday(year, 8)), notes: '', bunting: true });
  substituted(events, 'St Andrew’s Day', utc(year, 11, 30), true);
  christmas(events, year);
  applyOneOffs(events, year);
  return events;
}

function northernIreland(year) {
  const events = englandAndWales(year);
  substituted(events, 'St Patrick’s Day', utc(year, 3, 17), true);
  substituted(events, 'Battle of the Boyne (Orangemen’s Day)', utc(year, 7, 12), false);
  return events;
}

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const feed = {
  'england-and-wales': { division: 'england-and-wales', events: [] },
  scotland: { division: 'scotland', events: [] },
  'northern-ireland': { division: 'northern-ireland', events: [] },
};
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  feed['england-and-wales'].events.push(...englandAndWales(year));
  feed.scotland.events.push(...scotland(year));
  feed['northern-ireland'].events.push(...northernIreland(year));
}
for (const division of Object.values(feed)) division.events.sort(byDate);

const target = new URL('../src/calendar/data/bank-holidays.json', import.meta.url);
writeFileSync(target, JSON.stringify(feed, null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
