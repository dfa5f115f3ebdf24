import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';

describe('SkipLink', () => {
  it('moves focus to main without changing the route', () => {
    window.location.hash = '#/tasks';
    render(
      <>
        <SkipLink label="Bỏ qua, đến nội dung chính" />
        <nav>
          <a href="#/tasks">Nhiệm vụ</a>
        </nav>
        <main id={MAIN_CONTENT_ID} tabIndex={-1}>
          Nội dung
        </main>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/tasks');
  });
});
