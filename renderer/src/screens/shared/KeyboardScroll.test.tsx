import { render, screen } from '@testing-library/react';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KeyboardScroll } from './KeyboardScroll.tsx';

function Table({ rows }: { rows: number }) {
  return (
    <div className="ant-table-content">
      {Array.from({ length: rows }, (_, i) => (
        <span key={i}>Nhiệm vụ {i + 1}</span>
      ))}
    </div>
  );
}

describe('KeyboardScroll', () => {
  it('gives a table’s scrolling box a Tab stop and a name, also when antd renders it anew', async () => {
    let swap: (() => void) | undefined;
    function Holder() {
      const [key, setKey] = useState(0);
      swap = () => setKey(1);
      return (
        <KeyboardScroll label="Nhiệm vụ được giao">
          <Table key={key} rows={2} />
        </KeyboardScroll>
      );
    }
    render(<Holder />);
    const region = screen.getByRole('region', { name: 'Nhiệm vụ được giao' });
    expect(region.tabIndex).toBe(0);
    act(() => swap?.());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = screen.getByRole('region', { name: 'Nhiệm vụ được giao' });
    expect(again).not.toBe(region);
    expect(again.tabIndex).toBe(0);
  });
});
