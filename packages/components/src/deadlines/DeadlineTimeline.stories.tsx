import type { Meta, StoryObj } from '@storybook/react-vite';
import { statutoryTimeline } from '@wsoa-kit/core';
import { northbrookAnalysis, smallAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { DeadlineTimeline } from './DeadlineTimeline.js';

const meta = {
  title: 'Plan/DeadlineTimeline',
  component: DeadlineTimeline,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DeadlineTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A report received on 22 February 2022: the WSoA is due on 7 June, 10 working days after 20 May. */
export const WsoaDueSoon: Story = { args: { deadlines: statutoryTimeline(smallAnalysis.plan.inspection), asOf: '2022-05-20' } };

/** Torbay as of its May 2022 board: the WSoA deadline passed, the revisit window ahead. */
export const Torbay: Story = {
  args: {
    deadlines: statutoryTimeline(torbayAnalysis.plan.inspection, torbayAnalysis.calendar),
    asOf: '2022-05-22',
    calendar: torbayAnalysis.calendar,
  },
};

/** The 2023 framework after “widespread and/or systemic failings”, counted with the council’s closure days. */
export const Framework2023: Story = {
  args: {
    deadlines: statutoryTimeline(northbrookAnalysis.plan.inspection, northbrookAnalysis.calendar),
    asOf: '2024-11-22',
    calendar: northbrookAnalysis.calendar,
  },
};

/** An inspection whose report dates are not yet known. */
export const NoDeadlinesYet: Story = { args: { deadlines: [], asOf: '2024-11-22' } };

/** High contrast. */
export const HighContrast: Story = { args: { ...WsoaDueSoon.args, theme: 'high-contrast' } as Story['args'] };

/** Given the plan, a button downloads the deadlines, board meetings and milestones as a calendar file (.ics). */
export const WithCalendarFile: Story = {
  args: { ...Framework2023.args, plan: northbrookAnalysis.plan } as Story['args'],
};
