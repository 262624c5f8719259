export * from './readDelimited.js';
export * from './readProjectTable.js';
export * from './writeProjectTable.js';
export * from './tableDate.js';
