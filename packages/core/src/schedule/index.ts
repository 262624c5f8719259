export * from './scheduleProblem.js';
export { criticalPathMethod, earliestStartAllowed, type CpmResult, type LinkAdjacency, type TaskLink } from './criticalPathMethod.js';
export * from './shiftDates.js';
