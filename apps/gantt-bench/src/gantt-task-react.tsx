import 'gantt-task-react/dist/index.css';
import { Gantt, ViewMode, type Task } from 'gantt-task-react';
import { rowsFromUrl, syntheticTasks } from './synthetic.js';
import { renderAndTime } from './mount.js';

const day = (date: string) => new Date(`${date}T00:00:00`);
const started = performance.now();
const { areas, tasks } = syntheticTasks(rowsFromUrl());
const rows: Task[] = areas.flatMap((area, a) => {
  const own = tasks.filter((t) => t.area === a);
  return [
    {
      id: area.id,
      name: area.name,
      type: 'project' as const,
      start: day(own[0]?.start ?? '2024-01-01'),
      end: day(own.reduce((m, t) => (t.finish > m ? t.finish : m), '2024-01-01')),
      progress: 0,
      hideChildren: false,
    },
    ...own.map((t) => ({
      id: t.id,
      name: t.name,
      type: 'task' as const,
      start: day(t.start),
      end: day(t.finish),
      progress: t.progress,
      project: area.id,
      dependencies: t.predecessor ? [t.predecessor] : [],
    })),
  ];
});
renderAndTime(<Gantt tasks={rows} viewMode={ViewMode.Week} />, started);
