/**
 * @packageDocumentation
 * The WSoA / SEND improvement plan domain: schemas and `parsePlan`, working-day calendars with UK
 * bank holidays. No React, no DOM.
 */
export * from './model/index.js';
export * from './calendar/index.js';
export * from './rag/index.js';
export * from './schedule/index.js';
export * from './analysis/index.js';
export * from './report/index.js';
export * from './measures/index.js';
export * from './interchange/index.js';
