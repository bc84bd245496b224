import { Typography, theme } from 'antd';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Typography.Title>, 'level'>;

/**
 * A page's title: its one level-one heading, so a screen reader announces the
 * page by it and can jump to it. It keeps the size of the h3 the pages showed
 * before; the level is for the reader, not the look.
 */
export function PageTitle({ style, ...props }: Props) {
  const { token } = theme.useToken();
  return (
    <Typography.Title
      level={1}
      style={{ fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, ...style }}
      {...props}
    />
  );
}
