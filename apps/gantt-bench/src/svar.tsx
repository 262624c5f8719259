import '@svar-ui/react-gantt/all.css';
import { Gantt, Willow } from '@svar-ui/react-gantt';
import { rowsFromUrl, syntheticTasks } from './synthetic.js';
import { renderAndTime } from './mount.js';

const day = (date: string) => new Date(`${date}T00:00:00`);
const started = performance.now();
const { areas, tasks } = syntheticTasks(rowsFromUrl());
const rows = areas.flatMap((area, a) => {
  const own = tasks.filter((t) => t.area === a);
  return [
    { id: area.id, text: area.name, type: 'summary', open: true, progress: 0 },
    ...own.map((t) => ({
      id: t.id,
      text: t.name,
      type: 'task',
      start: day(t.start),
      end: day(t.finish),
      progress: t.progress,
      parent: area.id,
    })),
  ];
});
const links = tasks
  .filter((t) => t.predecessor)
  .map((t, i) => ({ id: i + 1, source: t.predecessor as string, target: t.id, type: 'e2s' as const }));
const scales = [
  { unit: 'month', step: 1, format: 'MMMM yyy' },
  { unit: 'week', step: 1, format: 'w' },
];
renderAndTime(
  <Willow fonts={false}>
    <div style={{ height: 800 }}>
      <Gantt tasks={rows} links={links} scales={scales} />
    </div>
  </Willow>,
  started,
);
