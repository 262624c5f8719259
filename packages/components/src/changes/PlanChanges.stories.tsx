import type { Meta, StoryObj } from '@storybook/react-vite';
import { analysePlan } from '@wsoa-kit/core';
import {
  largeAnalysis,
  northbrookAnalysis,
  northbrookAugustAnalysis,
  smallAnalysis,
  smallEarlierAnalysis,
  torbayAnalysis,
  torbayAprilAnalysis,
} from '../fixtures/plans.js';
import { PlanChanges } from './PlanChanges.js';

const meta = {
  title: 'Plan/PlanChanges',
  component: PlanChanges,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PlanChanges>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The small plan a month apart: a finish moved, a lead taken off, an action completed, one added and one removed. */
export const SmallPlan: Story = { args: { before: smallEarlierAnalysis, after: smallAnalysis } };

/** Torbay's plan (seed 004) as of 30 April and 22 May 2022: progress and RAG as reported in May. */
export const Torbay: Story = { args: { before: torbayAprilAnalysis, after: torbayAnalysis } };

/** Northbrook's priority action plan from 31 August to 22 November 2024: RAG changes, and two impact measures with new figures. */
export const NorthbrookWithMeasures: Story = { args: { before: northbrookAugustAnalysis, after: northbrookAnalysis } };

/** Opened on the actions whose RAG got better. */
export const FilteredToRagBetter: Story = { args: { before: torbayAprilAnalysis, after: torbayAnalysis, defaultFilter: 'better' } };

const large = largeAnalysis(1_000);
/** 1,000 actions, each a week longer: 50 drawn at a time. */
export const LargePlan: Story = {
  args: {
    before: large,
    after: analysePlan(
      { ...large.plan, actions: large.plan.actions.map((a) => ({ ...a, durationDays: (a.durationDays ?? 0) + 5 })) },
      { asOf: large.asOf },
    ),
  },
};

/** Two versions with nothing changed between them. */
export const NothingChanged: Story = { args: { before: smallAnalysis, after: smallAnalysis } };

/** The high-contrast theme. */
export const HighContrast: Story = { args: { before: smallEarlierAnalysis, after: smallAnalysis, theme: 'high-contrast' } };

/** In a narrow column (360 px): each action stacks as a card of labelled lines. */
export const Narrow: Story = {
  args: { before: smallEarlierAnalysis, after: smallAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
