import { describe, expect, it } from 'vitest';
import { focusCell, revealDelta, type Edges } from './grid-reveal.ts';

const box: Edges = { top: 100, bottom: 500, left: 0, right: 1000 };
const covered = { headHeight: 40, stickyWidth: 300, cellIsSticky: false };
const at = (top: number, left: number, height = 30, width = 100): Edges => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});

describe('revealDelta: a cell shows clear of the sticky heading and name columns', () => {
  it('leaves a cell already clear where it is', () => {
    expect(revealDelta(box, at(200, 400), covered)).toEqual({ down: 0, right: 0 });
  });

  it('scrolls up from under the heading row and left from under the name column', () => {
    expect(revealDelta(box, at(120, 250), covered)).toEqual({ down: -20, right: -50 });
  });

  it('scrolls down and right past the far edges', () => {
    expect(revealDelta(box, at(490, 950), covered)).toEqual({ down: 20, right: 50 });
  });

  it('keeps a cell wider than the free part with its start in view', () => {
    expect(revealDelta(box, at(200, 900, 30, 900), covered)).toEqual({ down: 0, right: 600 });
  });

  it('moves a sticky name cell only up or down', () => {
    expect(revealDelta(box, at(80, 50), { ...covered, cellIsSticky: true })).toEqual({ down: -60, right: 0 });
  });
});

describe('focusCell', () => {
  it('focuses the cell and scrolls its box', () => {
    document.body.innerHTML = `<div class="indicator-grid-scroll"><table><thead><tr><th>h</th></tr></thead>
      <tbody><tr><td class="is-sticky-name">name</td><td tabindex="-1" id="c">x</td></tr></tbody></table></div>`;
    const scroller = document.querySelector<HTMLElement>('.indicator-grid-scroll');
    const target = document.getElementById('c');
    if (!scroller || !target) throw new Error('no grid');
    const rect = (edges: Edges) => () =>
      DOMRect.fromRect({
        x: edges.left,
        y: edges.top,
        width: edges.right - edges.left,
        height: edges.bottom - edges.top,
      });
    Object.defineProperty(scroller, 'clientHeight', { value: 400 });
    Object.defineProperty(scroller, 'clientWidth', { value: 1000 });
    scroller.getBoundingClientRect = rect(box);
    const head = scroller.querySelector('thead');
    const name = scroller.querySelector<HTMLElement>('.is-sticky-name');
    if (!head || !name) throw new Error('no grid');
    head.getBoundingClientRect = rect(at(100, 0, 40, 1000));
    name.getBoundingClientRect = rect(at(300, 0, 30, 300));
    target.getBoundingClientRect = rect(at(300, 1000, 30, 100));
    focusCell(target);
    expect(document.activeElement).toBe(target);
    expect(scroller.scrollLeft).toBe(100);
    expect(scroller.scrollTop).toBe(0);
  });
});
