import { addCalendarDays, addCalendarMonths, dayOfWeek, formatDate, toDayNumber, type IsoDate } from '@wsoa-kit/core';

/** The day both made-up lists were taken: anything later has not happened yet. */
const END: IsoDate = '2024-06-30';

/** A date as a case system exports it (`08/01/2024`), or blank if it is after the list was taken. */
const cell = (date: IsoDate | undefined) => (date === undefined || date > END ? '' : formatDate(date, 'numeric'));

/** Numbers that look random but are the same every time, from a seed (a linear congruential generator). */
function seeded(start: number): { random: () => number; between: (low: number, high: number) => number } {
  let seed = start;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return { random, between: (low, high) => low + Math.floor(random() * (high - low + 1)) };
}

/**
 * A made-up case list of EHC requests, as a case system exports it (CSV, UK dates), for the demo's
 * example: about three requests a week from April 2023 to June 2024, each followed to where it stood
 * on 30 June 2024. The same every time (a fixed seed), so a test can pin what the page shows. No row
 * is a real child's.
 */
export function exampleCaseList(): string {
  const { random, between } = seeded(20240630);
  const lines = [
    'Case ref,Request received,Decision date,Decision,Draft issued,Final issued,No plan,Withdrawn,Exception,Decision exception',
  ];
  let received: IsoDate = '2023-04-03';
  for (let n = 1; received <= '2024-06-21'; n++) {
    const decidedOn = addCalendarDays(received, between(24, 48));
    const assess = random() < 0.78;
    const exception =
      assess && random() < 0.06 ? (['Setting closed', 'Personal circumstances', 'Absent from area'] as const)[between(0, 2)] : '';
    const noPlanOn = assess && random() < 0.06 ? addCalendarDays(received, between(90, 112)) : undefined;
    const draft = addCalendarDays(received, between(88, 150) + (exception === '' ? 0 : 35));
    const final = addCalendarDays(draft, between(random() < 0.08 ? 9 : 15, 40));
    // A few families withdraw; a step on or after the withdrawal never happens.
    const withdrawnOn = random() < 0.04 ? addCalendarDays(received, between(20, 120)) : undefined;
    const happens = (date: IsoDate) => withdrawnOn === undefined || date < withdrawnOn;
    const planned = assess && noPlanOn === undefined;
    const endedOn = !happens(decidedOn) ? undefined : !assess ? decidedOn : noPlanOn !== undefined ? noPlanOn : final;
    const row = [
      `R-${String(n).padStart(4, '0')}`,
      cell(received),
      happens(decidedOn) ? cell(decidedOn) : '',
      happens(decidedOn) && decidedOn <= END ? (assess ? 'Assess' : 'Not assess') : '',
      planned && happens(draft) ? cell(draft) : '',
      planned && happens(final) ? cell(final) : '',
      noPlanOn !== undefined && happens(noPlanOn) && happens(decidedOn) ? cell(noPlanOn) : '',
      withdrawnOn !== undefined && (endedOn === undefined || withdrawnOn < endedOn) ? cell(withdrawnOn) : '',
      exception,
      // Every third late decision is excused under regulation 5(4) (taken from the row's number, so the seeded draws stay as they were).
      happens(decidedOn) && decidedOn <= END && toDayNumber(decidedOn) - toDayNumber(received) > 42 && n % 3 === 0
        ? 'Personal circumstances'
        : '',
    ];
    lines.push(row.join(','));
    // The next request comes one to three working days later.
    received = addCalendarDays(received, between(1, 3));
    while (dayOfWeek(toDayNumber(received)) === 0 || dayOfWeek(toDayNumber(received)) === 6) received = addCalendarDays(received, 1);
  }
  return lines.join('\n');
}

/**
 * A made-up list of EHC plan reviews, as a case system exports it (CSV, UK dates), for the demo's
 * example: the reviews falling due from April 2023 to June 2024 of about 300 plans, each followed to
 * where it stood on 30 June 2024, some before a move between phases in 2024. The same every time.
 * No row is a real child's.
 */
export function exampleReviewList(): string {
  const { random, between } = seeded(20240701);
  const lines = ['Case ref,Last review,Review meeting,Decision date,Outcome,Amended plan issued,Phase transfer,Transfer year'];
  for (let n = 1; n <= 300; n++) {
    const dueFrom = addCalendarDays('2022-04-01', between(0, 455));
    // Most meet in the month before the 12 months end; some slip.
    const meetingOn = addCalendarDays(addCalendarMonths(dueFrom, 12), random() < 0.8 ? -between(0, 30) : between(1, 60));
    const decidedOn = addCalendarDays(meetingOn, random() < 0.75 ? between(5, 28) : between(29, 70));
    const roll = random();
    const outcome = roll < 0.55 ? 'Maintain' : roll < 0.95 ? 'Amend' : 'Cease';
    const amendedOn = addCalendarDays(decidedOn, random() < 0.7 ? between(20, 56) : between(57, 110));
    const transfer = random() < 0.12 ? (random() < 0.7 ? 'Phase' : 'Post-16') : '';
    const met = meetingOn <= END;
    const decided = met && decidedOn <= END;
    lines.push(
      [
        `R-${String(1000 + n)}`,
        cell(dueFrom),
        cell(meetingOn),
        decided ? cell(decidedOn) : '',
        decided ? outcome : '',
        decided && outcome === 'Amend' ? cell(amendedOn) : '',
        transfer,
        transfer === '' ? '' : '2024',
      ].join(','),
    );
  }
  return lines.join('\n');
}
