// jsdom ships no types of its own; the server-rendering tests use only its constructor, to parse the
// HTML a server sends.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window;
  }
}
