import { addCalendarMonths, daysInMonth, type IsoDate } from '@wsoa-kit/core';

/**
 * The calendar month before the one `asOf` falls in: the period a board report on that day covers.
 *
 * @example
 * reportMonth('2022-05-22'); // { from: '2022-04-01', to: '2022-04-30' }
 */
export function reportMonth(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addCalendarMonths(`${asOf.slice(0, 8)}01`, -1);
  const to = `${from.slice(0, 8)}${String(daysInMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7)))).padStart(2, '0')}`;
  return { from, to };
}
