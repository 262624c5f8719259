import { analysePlan, type Plan } from '@wsoa-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import {
  centralBedfordshireAnalysis,
  emptyAnalysis,
  largeAnalysis,
  noEndDateAnalysis,
  northbrookAnalysis,
  ragStatesAnalysis,
  dueByAnalysis,
  smallAnalysis,
  smallDeadlines,
  smallPlan,
  torbayAnalysis,
} from '../fixtures/plans.js';
import { Gantt, type GanttActionChange } from './Gantt.js';

const meta = {
  title: 'Plan/Gantt',
  component: Gantt,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Gantt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Torbay's WSoA progress table (seed 004) as of the SEND Board of 22 May 2022. */
export const Torbay: Story = { args: { analysis: torbayAnalysis } };

/**
 * Central Bedfordshire's four themes (seed 001). The details panel opens on theme 1: the outcomes it
 * aims for, each with the impact measure that tracks it. Move to an action with the arrow keys to see
 * its own details.
 */
export const ThemesWithOutcomes: Story = { args: { analysis: centralBedfordshireAnalysis } };

/** A small plan with sub-actions, a milestone, dependencies, a board meeting and the statutory deadlines. */
export const SmallPlan: Story = { args: { analysis: smallAnalysis, deadlines: smallDeadlines } };

/** 10,000 actions in 1,000 focus areas: only the rows in view are in the page. */
export const TenThousandRows: Story = { args: { analysis: largeAnalysis(10_000), height: 600 } };

/**
 * 1,000 actions in 100 focus areas: 2,024 by 30,864 pixels in all at a month a column, more than a
 * browser draws, so the PNG is saved at about half size and the note under the toolbar says so.
 */
export const AThousandRows: Story = { args: { analysis: largeAnalysis(1_000), height: 600 } };

/** Every RAG state the default rule reaches, an override and an undated action. */
export const EveryRagState: Story = { args: { analysis: ragStatesAnalysis } };

/** A plan kept in Word, each action with a "by when" and no start: a bracket closes on each due day. */
export const DueByADate: Story = { args: { analysis: dueByAnalysis } };

/**
 * An action open-ended to 31 Dec 9999, the "no end date": weeks would make a timeline wider than a
 * browser can draw, so the Weeks button does nothing and the note under the toolbar says why.
 */
export const NoEndDate: Story = { args: { analysis: noEndDateAnalysis } };

/** A plan with no actions yet. */
export const EmptyPlan: Story = { args: { analysis: emptyAnalysis } };

/** The fictional 2023-framework plan with the critical path and baselines shown. */
export const CriticalPathAndBaselines: Story = {
  args: { analysis: northbrookAnalysis, defaultShowCriticalPath: true, defaultShowBaselines: true },
};

function EditableGantt() {
  const [plan, setPlan] = useState<Plan>(smallPlan);
  const [last, setLast] = useState<GanttActionChange | null>(null);
  const onActionChange = (change: GanttActionChange) => {
    setLast(change);
    // The story owns the plan: it applies the change and analyses again, as an app would.
    setPlan((p) => ({
      ...p,
      actions: p.actions.map((a) =>
        a.id === change.actionId ? { ...a, start: change.start, finish: change.finish, durationDays: undefined } : a,
      ),
    }));
  };
  return (
    <>
      <Gantt analysis={analysePlan(plan, { asOf: '2022-05-22' })} editable onActionChange={onActionChange} />
      <p>
        {last
          ? `Last change: ${last.actionId} from ${last.previous.start}–${last.previous.finish} to ${last.start}–${last.finish}`
          : 'Focus a bar and press Shift with the arrow keys, or drag it.'}
      </p>
    </>
  );
}

/** Move bars with Shift+arrows (Shift+Ctrl for a week, Shift+Alt to change the finish) or by dragging. */
export const Editing: Story = { args: { analysis: smallAnalysis }, render: () => <EditableGantt /> };

/** The high-contrast theme. */
export const HighContrast: Story = { args: { analysis: smallAnalysis, theme: 'high-contrast', defaultShowCriticalPath: true } };

/** A narrow viewport: the task list and timeline scroll sideways; nothing is cut off. */
export const NarrowViewport: Story = {
  args: { analysis: smallAnalysis, columns: ['ref', 'title', 'rag'], height: 360 },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};

/** The same data as a table. */
export const AsTable: Story = { args: { analysis: smallAnalysis, defaultView: 'table' } };
