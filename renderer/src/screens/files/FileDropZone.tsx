import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useMessages } from '../../i18n/messages.ts';

/**
 * Where files are added: dropped from the desktop or a mail, or chosen with the picker (several at once).
 * The picker is an ordinary button, so the keyboard reaches it; the drop area only adds to it.
 */
export function FileDropZone(props: { label: string; disabled?: boolean; onFiles: (files: File[]) => void }) {
  const m = useMessages().files;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) props.onFiles(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!props.disabled) take(event.dataTransfer.files);
  };
  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">{m.drop}</Typography.Text>
        <Button
          icon={<PaperClipOutlined />}
          disabled={props.disabled}
          aria-label={m.pickFor(props.label)}
          onClick={() => input.current?.click()}
        >
          {m.pick}
        </Button>
      </Flex>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
