// frappe-gantt ships no type declarations; the benchmark only constructs it.
declare module 'frappe-gantt' {
  export default class Gantt {
    constructor(element: string | HTMLElement, tasks: readonly object[], options?: object);
  }
}
declare module 'frappe-gantt.css';
