/** Checks every value a package's TSDoc examples say a line gives, in a vitest suite of its own. */
export declare function describeExamples(options: {
  /** Source texts keyed by path, as `import.meta.glob(…, { query: '?raw', import: 'default', eager: true })` gives them. */
  sources: Record<string, string>;
  /** The same files' modules, as `import.meta.glob(…)` gives them. */
  modules: Record<string, () => Promise<Record<string, unknown>>>;
  /** What every example has in reach: the package's exports. */
  scope: Record<string, unknown>;
  /** Files whose examples start from the reader's own data (a plan, its analysis), with the names they need. */
  needsTheReadersData: Record<string, readonly string[]>;
  /** How many examples with values there are at least. */
  atLeast: number;
}): void;

/** Type-checks every TSDoc example of a package as its reader would write it, in a vitest suite of its own. */
export declare function describeExampleTypes(options: {
  packageDir: string;
  index?: string;
  typesFrom: string;
  readersData: Record<string, string>;
  alsoInScope?: string;
  /** How many examples there are at least. */
  atLeast: number;
}): void;
