import { Button, Segmented, Space, Switch, Tooltip } from 'antd';
import type { Locale } from '../../../shared/ipc/settings.ts';
import { useMessages } from '../i18n/messages.ts';
import { useUiStore } from '../state/ui-store.ts';
import { useDisplayActions } from './use-display-actions.ts';

const CONTRAST_SWITCH_ID = 'display-high-contrast';

/** A−, A, A+, high contrast and language, always in the header. */
export function DisplayControls() {
  const m = useMessages();
  const settings = useUiStore((state) => state.settings);
  const actions = useDisplayActions();
  return (
    <Space size="middle" wrap>
      {/* Each button's name starts with what it shows ("A+ Tăng cỡ chữ"): WCAG 2.5.3, label in name. */}
      <Space.Compact>
        <Tooltip title={m.display.fontSmaller}>
          <Button onClick={() => void actions.smaller()}>
            A− <span className="sr-only">{m.display.fontSmaller}</span>
          </Button>
        </Tooltip>
        <Tooltip title={m.display.fontReset}>
          <Button onClick={() => void actions.reset()}>
            A <span className="sr-only">{m.display.fontReset}</span>
          </Button>
        </Tooltip>
        <Tooltip title={m.display.fontLarger}>
          <Button onClick={() => void actions.larger()}>
            A+ <span className="sr-only">{m.display.fontLarger}</span>
          </Button>
        </Tooltip>
      </Space.Compact>
      {/* The label text toggles too: a bigger target than the switch alone (WCAG 2.5.8). */}
      <span className="contrast-toggle">
        <Switch
          id={CONTRAST_SWITCH_ID}
          checked={settings.highContrast}
          onChange={() => void actions.toggleContrast()}
        />
        <label htmlFor={CONTRAST_SWITCH_ID}>{m.display.highContrast}</label>
      </span>
      <Segmented<Locale>
        aria-label={m.display.language}
        value={settings.locale}
        options={[
          { label: 'Tiếng Việt', value: 'vi' },
          { label: 'English', value: 'en' },
        ]}
        onChange={(locale) => void actions.update({ locale })}
      />
    </Space>
  );
}
