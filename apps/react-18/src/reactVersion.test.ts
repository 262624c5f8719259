import { render, screen } from '@testing-library/react';
import { createElement, version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('the React these tests run against', () => {
  it('is React 18.3 for the components, the server renderer and Testing Library alike', () => {
    expect(version).toBe('18.3.1');
    expect(domVersion).toBe('18.3.1');
    // Each renderer throws on an element made by another major version of React.
    expect(renderToString(createElement('p', null, 'On the server'))).toBe('<p>On the server</p>');
    render(createElement('p', null, 'In the page'));
    expect(screen.getByText('In the page').tagName).toBe('P');
  });
});
