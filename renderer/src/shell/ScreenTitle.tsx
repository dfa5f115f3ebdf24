import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface ScreenTitleProps {
  /** The heading's text (or nodes). */
  children: ReactNode;
  /** An id, for the screen's `<section aria-labelledby>`. */
  id?: string;
  /** Extra styles, e.g. `{ marginTop: 0 }`. */
  style?: CSSProperties;
  className?: string;
}

/**
 * Each screen's one h1. It looks as the screens' `Typography.Title level={2}` did: the theme gives
 * h1 the h2 size (fontSizeHeading1, shell/theme.ts).
 */
export function ScreenTitle({ children, id, style, className }: ScreenTitleProps) {
  return (
    <Typography.Title level={1} id={id} style={style} className={className}>
      {children}
    </Typography.Title>
  );
}
