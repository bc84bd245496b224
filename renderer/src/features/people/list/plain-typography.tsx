import { useContext, useState } from 'react';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { ConfigProvider, Tooltip } from 'antd';

/*
 * Plain elements with the classes antd's Typography puts on its own, for cells
 * repeated on every row: each Typography instance also mounts its copy, edit and
 * ellipsis machinery (hooks, a resize observer) whether or not it uses them.
 */

function useTypographyPrefix(): string {
  return useContext(ConfigProvider.ConfigContext).getPrefixCls('typography');
}

interface LinkProps {
  href: string;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}

/** What `<Typography.Link strong>` shows: a link in the theme's link colour, its text bold. */
export function StrongLink({ href, children, style, testId }: LinkProps) {
  const prefix = useTypographyPrefix();
  return (
    <a
      className={`${prefix} ${prefix}-link`}
      href={href}
      // The row opens the person on click too: one navigation, not two.
      onClick={(event) => event.stopPropagation()}
      style={style}
      data-testid={testId}
    >
      <strong>{children}</strong>
    </a>
  );
}

interface TextProps {
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
export function EllipsisText({ text, style }: TextProps) {
  const prefix = useTypographyPrefix();
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
