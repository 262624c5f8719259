/** Something about a plan's schedule that a reader should know, naming the actions involved. */
export interface ScheduleProblem {
  readonly code:
    | 'missing-dates'
    | 'duration-mismatch'
    | 'no-working-days'
    | 'dependency-violated'
    | 'dependency-cycle'
    | 'dependency-on-summary'
    | 'dependency-on-unscheduled'
    | 'dates-out-of-range'
    | 'holidays-unknown';
  /** `error`: the schedule cannot be trusted there; `warning`: worth a look. */
  readonly severity: 'error' | 'warning';
  /** The actions involved, by id and by ref, in the order the message names them. */
  readonly actionIds: readonly string[];
  readonly refs: readonly string[];
  /** A plain-English sentence naming the refs, dates and numbers. */
  readonly message: string;
}
