export * from './scheduleProblem.js';
export {
  addLink,
  criticalPathMethod,
  DEPENDENCY_TYPES,
  earliestStartAllowed,
  earliestStartAllowedAt,
  linkAt,
  linkTable,
  newLinkTable,
  type CpmResult,
  type LinkAdjacency,
  type LinkTable,
  type TaskLink,
} from './criticalPathMethod.js';
export * from './dependencyRule.js';
export * from './shiftDates.js';
