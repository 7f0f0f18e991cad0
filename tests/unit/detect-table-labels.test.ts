import { describe, expect, it } from 'vitest';
import { tableLabels } from '@/utils/detect/table-labels';

/** Builds a two-row table whose second row contains a label cell and a cell with `cellMarkup`. */
function controlIn(cellMarkup: string): HTMLInputElement {
  document.body.innerHTML = `<table>
    <tr><td>Portal</td><td>Search</td></tr>
    <tr><td>Surname</td><td>${cellMarkup}</td></tr>
  </table>`;
  return document.querySelector('input')!;
}

function ancestorsOf(element: Element): Set<Element> {
  const ancestors = new Set<Element>();
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    ancestors.add(parent);
  }
  return ancestors;
}

describe('table labels', () => {
  it('reads the cells left of and above a control', () => {
    const input = controlIn('<input name="q">');
    expect(tableLabels(input, ancestorsOf(input))).toEqual({ left: 'Surname', above: 'Search' });
  });

  it('reads a cell with two links as a form cell', () => {
    const input = controlIn('<a href="#a">A</a><span><a href="#b">B</a></span><input name="q">');
    expect(tableLabels(input, ancestorsOf(input)).left).toBe('Surname');
  });

  it('skips a cell with three nested links', () => {
    const links = '<a href="#a">A</a><span><a href="#b">B</a><b><a href="#c">C</a></b></span>';
    const input = controlIn(`${links}<input name="q">`);
    expect(tableLabels(input, ancestorsOf(input))).toEqual({});
  });

  it('counts links in SVG as navigation links', () => {
    const svg = '<svg><a href="#a"><text>A</text></a><a href="#b"><text>B</text></a></svg>';
    const input = controlIn(`${svg}<a href="#c">C</a><input name="q">`);
    expect(tableLabels(input, ancestorsOf(input))).toEqual({});
  });
});
