import { addCalendarDays, dayOfWeek, formatDate, toDayNumber, type IsoDate } from '@wsoa-kit/core';

/**
 * A made-up case list of EHC requests, as a case system exports it (CSV, UK dates), for the demo's
 * example: about three requests a week from April 2023 to June 2024, each followed to where it stood
 * on 30 June 2024. The same every time (a fixed seed), so a test can pin what the page shows. No row
 * is a real child's.
 */
export function exampleCaseList(): string {
  let seed = 20240630;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const end: IsoDate = '2024-06-30';
  const cell = (date: IsoDate | undefined) => (date === undefined || date > end ? '' : formatDate(date, 'numeric'));
  const lines = ['Case ref,Request received,Decision date,Decision,Draft issued,Final issued,No plan,Withdrawn,Exception'];
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
      happens(decidedOn) && decidedOn <= end ? (assess ? 'Assess' : 'Not assess') : '',
      planned && happens(draft) ? cell(draft) : '',
      planned && happens(final) ? cell(final) : '',
      noPlanOn !== undefined && happens(noPlanOn) && happens(decidedOn) ? cell(noPlanOn) : '',
      withdrawnOn !== undefined && (endedOn === undefined || withdrawnOn < endedOn) ? cell(withdrawnOn) : '',
      exception,
    ];
    lines.push(row.join(','));
    // The next request comes one to three working days later.
    received = addCalendarDays(received, between(1, 3));
    while (dayOfWeek(toDayNumber(received)) === 0 || dayOfWeek(toDayNumber(received)) === 6) received = addCalendarDays(received, 1);
  }
  return lines.join('\n');
}
