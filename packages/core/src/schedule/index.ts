export * from './scheduleProblem.js';
export { criticalPathMethod, earliestStartAllowed, type CpmResult, type TaskLink } from './criticalPathMethod.js';
export * from './shiftDates.js';
