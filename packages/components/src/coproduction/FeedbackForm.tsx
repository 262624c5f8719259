import {
  FEEDBACK_MAX_LENGTH,
  RESPONDENT_WORDS,
  parseFeedbackSubmission,
  workstreamName,
  type FeedbackSubmission,
  type Plan,
  type Problem,
  type Respondent,
} from '@wsoa-kit/core';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { Heading, type HeadingLevel } from '../shared/Heading.js';

/** Props for {@link FeedbackForm}. */
export interface FeedbackFormProps {
  /** The plan the comments are about: its title and workstreams. */
  readonly plan: Pick<Plan, 'title' | 'workstreams'>;
  /**
   * Called with a checked comment. Return a promise to show "Sending" until it settles; if it
   * rejects, the form says so and keeps everything the person wrote.
   */
  readonly onSubmit: (submission: FeedbackSubmission) => void | Promise<void>;
  /** The heading. Default "Tell us what you think". */
  readonly title?: string;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
  readonly theme?: 'default' | 'high-contrast';
}

type Field = 'youSaid' | 'workstreamId' | 'respondent' | 'consentToPublish' | 'email';
type Status = { readonly state: 'editing' | 'sending' | 'sent' } | { readonly state: 'failed'; readonly reason: string };

const EMPTY = { youSaid: '', workstreamId: '', respondent: '', consentToPublish: false, email: '' };

/**
 * A form for anyone to comment on the plan: what they want to say, which part of the plan it is
 * about, who they are, whether it may be published (anonymised) in "You said, we did", and an email
 * address if they want a reply. It checks the comment with core's `parseFeedbackSubmission` and,
 * GOV.UK style, lists any errors at the top, each linked to its field. It sends nothing itself: it
 * hands the checked comment to `onSubmit`.
 *
 * @example
 * <FeedbackForm
 *   plan={plan}
 *   onSubmit={async (comment) => {
 *     const response = await fetch('/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(comment) });
 *     // fetch resolves on any answer: throw on an error, or the form would thank the person.
 *     if (!response.ok) throw new Error(`the server answered ${response.status}`);
 *   }}
 * />
 */
export function FeedbackForm(props: FeedbackFormProps): ReactElement {
  const ids = useId();
  const id = (field: Field) => `${ids}-${field}`;
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'editing' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // Where focus goes once React has drawn the result of a submit: a new object for every request.
  const [focusRequest, setFocusRequest] = useState<{ readonly target: 'summary' | 'done' } | null>(null);
  useEffect(() => {
    if (focusRequest === null) return;
    (focusRequest.target === 'summary' ? summaryRef : doneRef).current?.focus();
  }, [focusRequest]);
  const level = props.headingLevel ?? 2;
  const errors = fieldErrors(problems);
  const remaining = FEEDBACK_MAX_LENGTH - values.youSaid.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status.state === 'sending') return;
    const result = parseFeedbackSubmission(
      {
        youSaid: values.youSaid,
        ...(values.workstreamId ? { workstreamId: values.workstreamId } : {}),
        ...(values.respondent ? { respondent: values.respondent } : {}),
        consentToPublish: values.consentToPublish,
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
      },
      props.plan,
    );
    setProblems(result.problems);
    if (!result.ok) {
      setStatus({ state: 'editing' });
      // The error summary is read out first, GOV.UK style.
      setFocusRequest({ target: 'summary' });
      return;
    }
    setStatus({ state: 'sending' });
    try {
      await props.onSubmit(result.value);
      setValues(EMPTY);
      setStatus({ state: 'sent' });
      setFocusRequest({ target: 'done' });
    } catch (error) {
      setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
      setFocusRequest({ target: 'summary' });
    }
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id(field)}-error` : undefined].filter((part) => part !== undefined).join(' ') || undefined;

  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-feedback-form" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`}>
        {props.title ?? 'Tell us what you think'}
      </Heading>
      {status.state === 'sent' ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="wsoa-feedback-form__done">
          <p className="wsoa-feedback-form__done-title">Thank you. We have your comment.</p>
          <p>We read every comment. If you said we may, we will publish it without your name, with our response.</p>
          <button type="button" className="wsoa-button wsoa-button--secondary" onClick={() => setStatus({ state: 'editing' })}>
            Send another comment
          </button>
        </div>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {problems.length > 0 || status.state === 'failed' ? (
            <div ref={summaryRef} tabIndex={-1} role="alert" className="wsoa-validation wsoa-feedback-form__errors" data-state="invalid">
              <Heading level={level === 6 ? 6 : ((level + 1) as HeadingLevel)} className="wsoa-validation__title">
                There is a problem
              </Heading>
              {status.state === 'failed' ? (
                <p>{`Your comment could not be sent: ${status.reason}. It is still in the form below, so you can try again.`}</p>
              ) : (
                <ul className="wsoa-validation__list">
                  {(Object.keys(errors) as Field[]).map((field) => (
                    <li key={field}>
                      <a
                        href={`#${id(field)}`}
                        onClick={(event) => {
                          // As GOV.UK's error summary does: a link to a field only scrolls to it, so
                          // put focus in the field itself, with its label in view above it.
                          const input = document.getElementById(id(field));
                          if (!input) return;
                          event.preventDefault();
                          (input.closest('.wsoa-field') as HTMLElement | null)?.scrollIntoView?.({ block: 'start' });
                          input.focus({ preventScroll: true });
                        }}
                      >
                        {errors[field]}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
          <p className="wsoa-muted">{`About ${props.plan.title}.`}</p>

          <div className="wsoa-field wsoa-feedback-form__group" data-invalid={errors.youSaid ? 'true' : undefined}>
            <label htmlFor={id('youSaid')}>What do you want to tell us?</label>
            <p id={`${id('youSaid')}-hint`} className="wsoa-muted">
              Do not include names or details that could identify a child or family.
            </p>
            {errors.youSaid ? <FieldError id={`${id('youSaid')}-error`} message={errors.youSaid} /> : null}
            <textarea
              id={id('youSaid')}
              name="youSaid"
              rows={6}
              value={values.youSaid}
              aria-invalid={errors.youSaid ? true : undefined}
              aria-describedby={[describedBy('youSaid', `${id('youSaid')}-hint`), `${id('youSaid')}-count`].join(' ')}
              onChange={(event) => setValues({ ...values, youSaid: event.currentTarget.value })}
            />
            <p id={`${id('youSaid')}-count`} className={remaining < 0 ? 'wsoa-feedback-form__over' : 'wsoa-muted'}>
              {remaining >= 0
                ? `You have ${remaining.toLocaleString('en-GB')} ${remaining === 1 ? 'character' : 'characters'} remaining`
                : `You have ${(-remaining).toLocaleString('en-GB')} ${remaining === -1 ? 'character' : 'characters'} too many`}
            </p>
          </div>

          {props.plan.workstreams.length > 0 ? (
            <div className="wsoa-field wsoa-feedback-form__group" data-invalid={errors.workstreamId ? 'true' : undefined}>
              <label htmlFor={id('workstreamId')}>Which part of the plan is it about? (optional)</label>
              {errors.workstreamId ? <FieldError id={`${id('workstreamId')}-error`} message={errors.workstreamId} /> : null}
              <select
                id={id('workstreamId')}
                name="workstreamId"
                value={values.workstreamId}
                aria-invalid={errors.workstreamId ? true : undefined}
                aria-describedby={describedBy('workstreamId')}
                onChange={(event) => setValues({ ...values, workstreamId: event.currentTarget.value })}
              >
                <option value="">Not sure, or all of it</option>
                {props.plan.workstreams.map((ws) => (
                  <option key={ws.id} value={ws.id}>
                    {workstreamName(ws)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          <fieldset className="wsoa-feedback-form__group wsoa-feedback-form__choices">
            <legend>Who are you? (optional)</legend>
            {(Object.keys(RESPONDENT_WORDS) as Respondent[]).map((respondent) => (
              <div key={respondent} className="wsoa-field wsoa-field--check">
                <input
                  type="radio"
                  id={`${id('respondent')}-${respondent}`}
                  name={`${ids}-respondent`}
                  value={respondent}
                  checked={values.respondent === respondent}
                  onChange={() => setValues({ ...values, respondent })}
                />
                <label htmlFor={`${id('respondent')}-${respondent}`}>{RESPONDENT_WORDS[respondent]}</label>
              </div>
            ))}
          </fieldset>

          <div className="wsoa-field wsoa-field--check wsoa-feedback-form__group">
            <input
              type="checkbox"
              id={id('consentToPublish')}
              name="consentToPublish"
              checked={values.consentToPublish}
              onChange={(event) => setValues({ ...values, consentToPublish: event.currentTarget.checked })}
            />
            <label htmlFor={id('consentToPublish')}>You may publish my comment, without my name, in “You said, we did”</label>
          </div>

          <div className="wsoa-field wsoa-feedback-form__group" data-invalid={errors.email ? 'true' : undefined}>
            <label htmlFor={id('email')}>Email address (optional)</label>
            <p id={`${id('email')}-hint`} className="wsoa-muted">
              Only if you would like a reply. We will not publish it.
            </p>
            {errors.email ? <FieldError id={`${id('email')}-error`} message={errors.email} /> : null}
            <input
              type="email"
              id={id('email')}
              name="email"
              autoComplete="email"
              spellCheck={false}
              value={values.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy('email', `${id('email')}-hint`)}
              onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
            />
          </div>

          <button type="submit" className="wsoa-button" disabled={status.state === 'sending'}>
            {status.state === 'sending' ? 'Sending…' : 'Send your comment'}
          </button>
        </form>
      )}
    </section>
  );
}

function FieldError({ id, message }: { readonly id: string; readonly message: string }): ReactElement {
  return (
    <p id={id} className="wsoa-feedback-form__error">
      <span className="wsoa-visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/**
 * The message a person reads for each field core found wrong, in the GOV.UK pattern ("Enter …").
 * Core decides what is wrong; the words for a form's reader are the form's.
 */
function fieldErrors(problems: readonly Problem[]): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const problem of problems) {
    const field = problem.path[0] as Field;
    if (errors[field] !== undefined) continue;
    switch (field) {
      case 'youSaid':
        errors.youSaid = problem.expected.startsWith('at most')
          ? `What you tell us must be ${FEEDBACK_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`
          : 'Enter what you want to tell us';
        break;
      case 'email':
        errors.email = 'Enter an email address in the correct format, like name@example.com';
        break;
      case 'workstreamId':
        errors.workstreamId = 'Choose a part of the plan from the list';
        break;
      default:
        errors[field] = problem.message;
    }
  }
  return errors;
}
