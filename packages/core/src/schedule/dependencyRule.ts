import type { DependencyType } from '../model/action.js';

/** Each dependency type in words, as a plan's readers and its problem messages say them. */
export const DEPENDENCY_TYPE_WORDS: Readonly<Record<DependencyType, string>> = {
  FS: 'finish-to-start',
  SS: 'start-to-start',
  FF: 'finish-to-finish',
  SF: 'start-to-finish',
};

/**
 * A dependency's rule in words: its type, and its lag in working days when it has one (a negative
 * lag lets the successor begin before the predecessor's end).
 *
 * @example
 * dependencyRule('FS', 0); // 'finish-to-start'
 * dependencyRule('SS', 5); // 'start-to-start with a lag of 5 working days'
 * dependencyRule('FS', -1); // 'finish-to-start with a lag of -1 working day'
 */
export function dependencyRule(type: DependencyType, lagDays: number): string {
  const words = DEPENDENCY_TYPE_WORDS[type];
  if (lagDays === 0) return words;
  return [words, ' with a lag of ', lagDays, ' working day', Math.abs(lagDays) === 1 ? '' : 's'].join('');
}
