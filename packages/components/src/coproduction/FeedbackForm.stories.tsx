import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { HostilePage } from '../fixtures/HostilePage.js';
import { bcpAnalysis, emptyAnalysis } from '../fixtures/plans.js';
import { FeedbackForm } from './FeedbackForm.js';

const meta = {
  title: 'Co-production/FeedbackForm',
  component: FeedbackForm,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    plan: bcpAnalysis.plan,
    // Storybook shows the checked comment in its Actions panel; a council would send it on.
    onSubmit: fn(),
  },
} satisfies Meta<typeof FeedbackForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A comment on BCP’s plan, with its eight workstreams to choose from. */
export const Bcp: Story = {};

/** A plan with no workstreams yet: the form does not ask which part. */
export const NoWorkstreams: Story = { args: { plan: emptyAnalysis.plan } };

/** Sending fails after a second: the form says so and keeps what was written. */
export const SendingFails: Story = {
  args: {
    onSubmit: fn(() => new Promise<void>((_, reject) => setTimeout(() => reject(new Error('the council’s server did not answer')), 1000))),
  },
};

/** High contrast. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** Inside a council page whose theme restyles form controls and buttons. */
export const InsideAHostPage: Story = { decorators: [(Story) => <HostilePage>{Story()}</HostilePage>] };
