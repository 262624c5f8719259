import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bcpAnalysis, emptyAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { FeedbackForm } from './FeedbackForm.js';

afterEach(cleanup);

const plan = bcpAnalysis.plan;
const comment = () => screen.getByRole('textbox', { name: 'What do you want to tell us?' });
const email = () => screen.getByRole('textbox', { name: 'Email address (optional)' });
const send = () => screen.getByRole('button', { name: 'Send your comment' });

describe('FeedbackForm', () => {
  it('sends a checked comment with what the person chose, trimmed', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackForm plan={plan} onSubmit={onSubmit} />);
    await user.type(comment(), '  The Local Offer is hard to search.  ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Which part of the plan is it about? (optional)' }), 'ws3');
    await user.click(screen.getByRole('radio', { name: 'A parent or carer' }));
    await user.click(screen.getByRole('checkbox', { name: 'You may publish my comment, without my name, in “You said, we did”' }));
    await user.type(email(), ' sam@example.com ');
    await user.click(send());
    expect(onSubmit.mock.calls).toEqual([
      [
        {
          youSaid: 'The Local Offer is hard to search.',
          workstreamId: 'ws3',
          respondent: 'parent-carer',
          consentToPublish: true,
          email: 'sam@example.com',
        },
      ],
    ]);
    // Thanks, with focus on it so a screen reader reads it out; the form is cleared. The thanks comes
    // once the promise from onSubmit settles, after the click's own work.
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Thank you. We have your comment.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    await user.click(screen.getByRole('button', { name: 'Send another comment' }));
    expect((comment() as HTMLTextAreaElement).value).toBe('');
  });

  it('sends only what was given: no workstream, no respondent, no email, and no consent unless ticked', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackForm plan={plan} onSubmit={onSubmit} />);
    await user.type(comment(), 'Thank you for the newsletter.');
    await user.click(send());
    expect(onSubmit.mock.calls).toEqual([[{ youSaid: 'Thank you for the newsletter.', consentToPublish: false }]]);
  });

  it('lists the errors at the top, each linked to its field, and marks the fields, sending nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackForm plan={plan} onSubmit={onSubmit} />);
    await user.type(comment(), '   ');
    await user.type(email(), 'sam at example');
    await user.click(send());
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading').textContent).toBe('There is a problem');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter what you want to tell us', `#${comment().id}`],
      ['Enter an email address in the correct format, like name@example.com', `#${email().id}`],
    ]);
    // Following a link puts focus in its field, not just on the page near it.
    await user.click(within(summary).getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' }));
    expect(document.activeElement).toBe(email());
    expect(comment().getAttribute('aria-invalid')).toBe('true');
    expect(email().getAttribute('aria-invalid')).toBe('true');
    const describedBy = (field: HTMLElement) =>
      (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy(comment())).toEqual([
      'Do not include names or details that could identify a child or family.',
      'Error: Enter what you want to tell us',
      'You have 4,997 characters remaining',
    ]);
    expect(describedBy(email())).toEqual([
      'Only if you would like a reply. We will not publish it.',
      'Error: Enter an email address in the correct format, like name@example.com',
    ]);
    // Mended, the errors go and the comment is sent.
    await user.clear(comment());
    await user.type(comment(), 'Hello');
    await user.clear(email());
    await user.click(send());
    expect(onSubmit.mock.calls).toEqual([[{ youSaid: 'Hello', consentToPublish: false }]]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts the characters left, and refuses a comment over the limit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackForm plan={plan} onSubmit={onSubmit} />);
    await user.click(comment());
    await user.paste('x'.repeat(5002));
    expect(screen.getByText(/too many$/).textContent).toBe('You have 2 characters too many');
    await user.click(send());
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('What you tell us must be 5,000 characters or fewer');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says when sending fails and keeps everything that was written', async () => {
    const user = userEvent.setup();
    let fail: (error: Error) => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<void>((_, reject) => (fail = reject)));
    render(<FeedbackForm plan={plan} onSubmit={onSubmit} />);
    await user.type(comment(), 'Please answer my email.');
    await user.click(send());
    expect(screen.getByRole('button', { name: 'Sending…' }).hasAttribute('disabled')).toBe(true);
    fail(new Error('the server did not answer'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'There is a problemYour comment could not be sent: the server did not answer. It is still in the form below, so you can try again.',
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((comment() as HTMLTextAreaElement).value).toBe('Please answer my email.');
    expect(send().hasAttribute('disabled')).toBe(false);
  });

  it('does not ask which part of the plan when the plan has no workstreams', () => {
    render(<FeedbackForm plan={emptyAnalysis.plan} onSubmit={vi.fn()} />);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('has no axe violations, with and without errors', async () => {
    const user = userEvent.setup();
    const { container } = render(<FeedbackForm plan={plan} onSubmit={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(send());
    expect(await axeViolations(container)).toEqual([]);
  });
});
