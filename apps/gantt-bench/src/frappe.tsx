import 'frappe-gantt.css';
import Gantt from 'frappe-gantt';
import { finishAfterTwoFrames, rowsFromUrl, syntheticTasks } from './synthetic.js';

const started = performance.now();
const { areas, tasks } = syntheticTasks(rowsFromUrl());
const rows = areas.flatMap((area, a) => {
  const own = tasks.filter((t) => t.area === a);
  return [
    {
      id: area.id,
      name: area.name,
      start: own[0]?.start ?? '2024-01-01',
      end: own.reduce((m, t) => (t.finish > m ? t.finish : m), '2024-01-01'),
      progress: 0,
    },
    ...own.map((t) => ({ id: t.id, name: t.name, start: t.start, end: t.finish, progress: t.progress, dependencies: t.predecessor ?? '' })),
  ];
});
new Gantt('#root', rows, { view_mode: 'Week' });
finishAfterTwoFrames(started);
