import { useContext, useState } from 'react';
import type { CSSProperties, MouseEvent } from 'react';
import { ConfigProvider, Tooltip } from 'antd';

interface Props {
  text: string;
  style?: CSSProperties;
}

/**
 * One line of text cut with an ellipsis, its full text in a tooltip when cut:
 * what `<Typography.Text ellipsis={{ tooltip }}>` shows, with the same classes,
 * but without its per-instance cost. That component mounts a Tooltip and two
 * observers for every row whether or not anyone hovers; here the check and the
 * Tooltip wait for the pointer, so fifty rows render as fifty spans.
 */
export function EllipsisText({ text, style }: Props) {
  const prefix = useContext(ConfigProvider.ConfigContext).getPrefixCls('typography');
  const [cut, setCut] = useState(false);
  const measure = (event: MouseEvent<HTMLSpanElement>) => {
    const element = event.currentTarget;
    setCut(element.scrollWidth > element.clientWidth);
  };
  const span = (
    <span
      className={`${prefix} ${prefix}-ellipsis ${prefix}-ellipsis-single-line`}
      style={style}
      onMouseEnter={measure}
    >
      {text}
    </span>
  );
  // Mounted open: the pointer is already over the text when the Tooltip appears.
  return cut ? (
    <Tooltip title={text} defaultOpen>
      {span}
    </Tooltip>
  ) : (
    span
  );
}
