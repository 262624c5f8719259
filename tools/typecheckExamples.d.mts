/** The type errors of each TSDoc example of a package, keyed `path:line`; see typecheckExamples.mjs. */
export declare function exampleTypeErrors(options: {
  packageDir: string;
  index?: string;
  typesFrom: string;
  readersData: Record<string, string>;
  alsoInScope?: string;
}): { examples: number; errors: Record<string, string[]> };
