import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/ipc/settings.ts';
import { createFakeApi } from '../../test/fake-api.ts';
import { ApiProvider } from '../platform/api-context.tsx';
import { useUiStore } from '../state/ui-store.ts';
import { DisplayControls } from './DisplayControls.tsx';

function renderControls() {
  const fake = createFakeApi();
  render(
    <ApiProvider api={fake.api}>
      <AntApp>
        <DisplayControls />
      </AntApp>
    </ApiProvider>,
  );
  return fake;
}

describe('DisplayControls', () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('saves a larger font through main and applies what main answered', async () => {
    const fake = renderControls();
    fireEvent.click(screen.getByRole('button', { name: 'A+ Tăng cỡ chữ' }));
    await waitFor(() => expect(useUiStore.getState().settings.fontScale).toBe(1.1));
    expect(fake.calls).toContainEqual({ channel: 'settings.update', input: { fontScale: 1.1 } });
  });

  it('never goes below the smallest size', async () => {
    const fake = renderControls();
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: 'A− Giảm cỡ chữ' }));
    await waitFor(() => expect(fake.settings().fontScale).toBe(0.9));
    await waitFor(() => expect(useUiStore.getState().settings.fontScale).toBeGreaterThanOrEqual(0.85));
  });

  it('toggles high contrast', async () => {
    renderControls();
    fireEvent.click(screen.getByRole('switch', { name: 'Tương phản cao' }));
    await waitFor(() => expect(useUiStore.getState().settings.highContrast).toBe(true));
  });

  it('toggles high contrast from its label text as well as from the switch', async () => {
    renderControls();
    fireEvent.click(screen.getByText('Tương phản cao'));
    await waitFor(() => expect(useUiStore.getState().settings.highContrast).toBe(true));
    expect(screen.getByRole('switch', { name: 'Tương phản cao' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByText('Tương phản cao'));
    await waitFor(() => expect(useUiStore.getState().settings.highContrast).toBe(false));
  });

  it('marks the chosen language for assistive technology', () => {
    renderControls();
    const group = screen.getByRole('radiogroup', { name: 'Ngôn ngữ' });
    expect(within(group).getByRole('radio', { name: 'Tiếng Việt' })).toHaveProperty('checked', true);
    expect(within(group).getByRole('radio', { name: 'English' })).toHaveProperty('checked', false);
  });
});
