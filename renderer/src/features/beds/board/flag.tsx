import type { ReactNode } from 'react';

export type FlagTone = 'danger' | 'warning' | 'info' | 'neutral' | 'success';

/**
 * Dark text on a pale ground, every pair at least 7:1, 14 px: the board is read
 * from a step back by staff whose eyes are not young, and colour never carries
 * the meaning alone (each flag says what it is in words).
 */
const TONES: Record<FlagTone, { color: string; background: string; border: string }> = {
  danger: { color: '#820014', background: '#fff1f0', border: '#ffa39e' },
  warning: { color: '#613400', background: '#fffbe6', border: '#ffd666' },
  info: { color: '#002c8c', background: '#e6f4ff', border: '#91caff' },
  success: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  neutral: { color: '#262626', background: '#f5f5f5', border: '#d9d9d9' },
};

export function Flag({
  tone,
  title,
  testId,
  strong = false,
  children,
}: {
  tone: FlagTone;
  title?: string;
  testId?: string;
  strong?: boolean;
  children: ReactNode;
}) {
  const colours = TONES[tone];
  return (
    <span
      title={title}
      data-testid={testId}
      style={{
        display: 'inline-block',
        fontSize: 14,
        lineHeight: '20px',
        padding: '0 6px',
        borderRadius: 4,
        border: `1px solid ${colours.border}`,
        color: colours.color,
        background: colours.background,
        fontWeight: strong ? 600 : 400,
        maxWidth: '100%',
      }}
    >
      {children}
    </span>
  );
}
