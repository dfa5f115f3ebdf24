import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyboardScroll } from './KeyboardScroll.tsx';

function Tasks({ box }: { box: number }) {
  return (
    <KeyboardScroll label="Nhiệm vụ được giao">
      <div key={box} className="ant-table-content" data-box={box}>
        <span>Nhiệm vụ {box}</span>
      </div>
    </KeyboardScroll>
  );
}

describe('KeyboardScroll', () => {
  it('gives a table’s scrolling box a Tab stop and a name, also when antd renders it anew', async () => {
    const { rerender } = render(<Tasks box={1} />);
    const region = screen.getByRole('region', { name: 'Nhiệm vụ được giao' });
    expect(region.tabIndex).toBe(0);
    rerender(<Tasks box={2} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = screen.getByRole('region', { name: 'Nhiệm vụ được giao' });
    expect(again.dataset['box']).toBe('2');
    expect(again.tabIndex).toBe(0);
  });
});
