import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';
import { messages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { alertIcon } from './alert-icons.tsx';

/** Shows a Vietnamese error, not a blank screen, when the programme data cannot be read. */
export class ProgrammeErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const m = messages[useUiStore.getState().settings.locale];
    return (
      <Alert
        type="error"
        showIcon
        icon={alertIcon.error}
        message={m.programmes.loadError}
        description={this.state.error.message}
      />
    );
  }
}
