import { describe, expect, it } from 'vitest';
import { readXml, type XmlElement } from './readXml.js';

/** An element as [name, attributes, text, children], for exact comparison. */
type Shape = [string, Record<string, string>, string, Shape[]];
const shape = (element: XmlElement): Shape => [element.name, { ...element.attributes }, element.text, element.children.map(shape)];

const read = (text: string) => {
  const result = readXml(text);
  return result.ok ? shape(result.root) : result.fault;
};

describe('readXml', () => {
  it('reads a project file’s shape: declaration, default namespace, nested elements and their text', () => {
    const text = [
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<Project xmlns="http://schemas.microsoft.com/project">',
      '  <!-- saved by Project -->',
      '  <Name>Torbay WSoA.xml</Name>',
      '  <Tasks><Task><UID>1</UID><Name>Focus Area 1 - JSNA</Name></Task><Task/></Tasks>',
      '</Project>',
      '',
    ].join('\r\n');
    expect(read(text)).toEqual([
      'Project',
      { xmlns: 'http://schemas.microsoft.com/project' },
      '\r\n  \r\n  \r\n  \r\n',
      [
        ['Name', {}, 'Torbay WSoA.xml', []],
        [
          'Tasks',
          {},
          '',
          [
            [
              'Task',
              {},
              '',
              [
                ['UID', {}, '1', []],
                ['Name', {}, 'Focus Area 1 - JSNA', []],
              ],
            ],
            ['Task', {}, '', []],
          ],
        ],
      ],
    ]);
  });

  it('reads entities, character references, CDATA and attributes in either quotes', () => {
    expect(
      read(
        `<a one="x &amp; y" two='&quot;q&quot;' ><b>Fish &amp; chips &lt;3 &#163;5 &#x2014; &apos;ok&apos;</b><c><![CDATA[<b>kept</b> & as is]]></c></a>`,
      ),
    ).toEqual([
      'a',
      { one: 'x & y', two: '"q"' },
      '',
      [
        ['b', {}, "Fish & chips <3 £5 — 'ok'", []],
        ['c', {}, '<b>kept</b> & as is', []],
      ],
    ]);
  });

  it('reads elements by their local names, leaving prefixes out', () => {
    expect(read('<p:Project xmlns:p="urn:x"><p:Name>N</p:Name></p:Project>')).toEqual([
      'Project',
      { 'xmlns:p': 'urn:x' },
      '',
      [['Name', {}, 'N', []]],
    ]);
  });

  it('keeps text and elements in document order with { mixed: true }, and only then', () => {
    const source = '<text:p>Vision <text:span>drafted</text:span>;<text:s text:c="2"/>&amp; <![CDATA[<agreed>]]></text:p>';
    const mixed = readXml(source, { mixed: true });
    if (!mixed.ok) throw new Error('not read');
    const order = (element: XmlElement): unknown[] =>
      (element.content ?? []).map((part) => (typeof part === 'string' ? part : [part.name, order(part)]));
    expect(order(mixed.root)).toEqual(['Vision ', ['span', ['drafted']], ';', ['s', []], '& ', '<agreed>']);
    // The text and children read as without the option.
    expect(mixed.root.text).toBe('Vision ;& <agreed>');
    expect(mixed.root.children.map((c) => c.name)).toEqual(['span', 's']);
    const plain = readXml(source);
    expect(plain.ok && 'content' in plain.root).toBe(false);
  });

  it('names the line and column of a close tag that does not match', () => {
    expect(read('<Project>\n  <Tasks>\n    <Task></Tasks>\n</Project>')).toEqual({
      line: 3,
      column: 11,
      expected: '</Task> to close <Task>',
      found: '</Tasks>',
    });
  });

  it('says what is missing at the end of a file cut short', () => {
    expect(read('<Project><Tasks><Task>')).toEqual({
      line: 1,
      column: 23,
      expected: '</Task> to close <Task>',
      found: 'the end of the file',
    });
    expect(read('<Project><!-- not closed')).toEqual({
      line: 1,
      column: 10,
      expected: 'a comment closed with -->',
      found: 'the end of the file',
    });
    expect(read('')).toEqual({ line: 1, column: 1, expected: 'an element', found: 'the end of the file' });
  });

  it('reads elements nested 256 deep and refuses one deeper, as libxml2 does, rather than overflow a reader walking them', () => {
    const nested = (depth: number, last = '<x/>') => `${'<x>'.repeat(depth - 1)}${last}${'</x>'.repeat(depth - 1)}`;
    expect(readXml(nested(256)).ok).toBe(true);
    expect(read(nested(257))).toEqual({ line: 1, column: 769, expected: 'elements nested at most 256 deep', found: '<x> nested 257 deep' });
    // Not only closed elements: an open one past the limit is refused where it opens, not at the end.
    expect(read(nested(100_000, '<x>'))).toEqual({
      line: 1,
      column: 769,
      expected: 'elements nested at most 256 deep',
      found: '<x> nested 257 deep',
    });
  });

  it('refuses a DOCTYPE, so no entity can expand or be fetched', () => {
    expect(read('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<lolz>&lol;</lolz>')).toEqual({
      line: 2,
      column: 1,
      expected: 'a document without a DOCTYPE or other declarations',
      found: '"<!DOCTYPE lolz [<!EN"',
    });
  });

  it('refuses an unknown entity, a bare ampersand and a reference to a character XML does not allow', () => {
    expect(read('<a>Fish & chips</a>')).toMatchObject({ line: 1, column: 9, found: '"& chips"' });
    expect(read('<a>&nbsp;</a>')).toMatchObject({ line: 1, column: 4, found: '"&nbsp;"' });
    expect(read('<a>&#0;</a>')).toMatchObject({ line: 1, column: 4, found: '"&#0;"' });
    expect(read('<a x="1 &bad; 2"/>')).toMatchObject({ line: 1, column: 9, found: '"&bad;"' });
    // Names every object has are no entities either, not the text of a function or "[object Object]".
    expect(read('<a>&constructor;</a>')).toMatchObject({ line: 1, column: 4, found: '"&constructor;"' });
    expect(read('<a>&__proto__;</a>')).toMatchObject({ line: 1, column: 4, found: '"&__proto__;"' });
    expect(read('<a x="&toString;"/>')).toMatchObject({ line: 1, column: 7, found: '"&toString;"' });
  });

  it('refuses text or a second element outside the root, and an attribute without quotes', () => {
    expect(read('<a/>\n<b/>')).toEqual({ line: 2, column: 1, expected: 'nothing after the root element', found: '<b>' });
    expect(read('<a/> trailing')).toEqual({ line: 1, column: 6, expected: 'nothing after the root element', found: '"trailing"' });
    expect(read('<a x=1/>')).toEqual({
      line: 1,
      column: 4,
      expected: 'an attribute written name="value", or > to end <a>',
      found: '"x=1/>"',
    });
    expect(read('<a x="1"y="2"/>')).toMatchObject({ line: 1, column: 9 });
  });

  it('reads a file of 100,000 elements in one pass', () => {
    const text = `<Tasks>${'<Task><UID>1</UID></Task>'.repeat(50_000)}</Tasks>`;
    const result = readXml(text);
    expect(result.ok && result.root.children.length).toBe(50_000);
  });
});
