/** Every `@example` block in a source file's TSDoc comments, with the line its comment starts on. */
export declare function readExamples(source: string): { line: number; code: string }[];

/** The value a comment after a statement says it gives, or `undefined` when it gives words only. */
export declare function documentedValue(comment: string): { value: unknown } | undefined;

/** A line of an example that says what it gives: `expression; // value, and words`. */
export declare function valueLine(text: string): { indent: string; expression: string; expected: unknown } | undefined;

/** The examples that say what some line gives, keyed `path:line`. */
export declare function examplesWithValues(sources: Record<string, string>): { key: string; path: string; line: number; code: string }[];

/** One documented value of an example beside what its line gave. */
export interface DocumentedCheck {
  readonly text: string;
  readonly expected: unknown;
  readonly seen: boolean;
  readonly actual: unknown;
}

/** Runs an example with `scope`'s names in reach; `needs` names what it used from outside `scope`. */
export declare function runExample(
  code: string,
  scope: Record<string, unknown>,
): Promise<{ checks: DocumentedCheck[]; needs: string | undefined }>;
