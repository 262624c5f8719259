export * from './isoDate.js';
export * from './bankHolidays.js';
export * from './createCalendar.js';
export * from './isWorkingDay.js';
export * from './addWorkingDays.js';
export * from './countWorkingDays.js';
export * from './nextWorkingDay.js';
