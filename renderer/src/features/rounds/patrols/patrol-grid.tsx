import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Input, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { patrolResultOfKey } from './patrol-items';
import type { PatrolAnswer, PatrolResult } from './patrol-items';

interface Props {
  answers: readonly PatrolAnswer[];
  cursor: number;
  errors: Readonly<Record<number, string>>;
  onCursor: (index: number) => void;
  onResult: (index: number, result: PatrolResult) => void;
  onText: (index: number, change: { finding?: string; fix?: string }) => void;
}

/**
 * The checklist, one line per item: Y or space ok, F a finding (its boxes
 * open and take the cursor: what was found, Enter, what was done, Enter, back
 * to the list on the next line).
 */
export function PatrolGrid({ answers, cursor, errors, onCursor, onResult, onText }: Props) {
  const { t } = useTranslation('rounds');
  const { token } = theme.useToken();
  const grid = useRef<HTMLDivElement>(null);
  const pendingFinding = useRef<number | null>(null);

  useEffect(() => {
    if (pendingFinding.current === null) return;
    document.getElementById(`patrol-finding-${pendingFinding.current}`)?.focus();
    pendingFinding.current = null;
  });

  const next = (index: number) => Math.min(index + 1, answers.length - 1);
  const answer = (index: number, result: PatrolResult) => {
    onResult(index, result);
    if (result === 'finding') {
      onCursor(index);
      pendingFinding.current = index;
    } else {
      onCursor(next(index));
      grid.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== grid.current || event.ctrlKey || event.metaKey || event.altKey) return;
    const result = patrolResultOfKey(event.key);
    if (result !== null) answer(cursor, result);
    else if (event.key === 'ArrowDown') onCursor(next(cursor));
    else if (event.key === 'ArrowUp') onCursor(Math.max(cursor - 1, 0));
    else return;
    event.preventDefault();
  };

  const textKeys = (index: number, box: 'finding' | 'fix') => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey && box === 'fix')) {
      event.preventDefault();
      if (event.key === 'Enter') onCursor(next(index));
      grid.current?.focus();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      document.getElementById(`patrol-fix-${index}`)?.focus();
    }
  };

  return (
    <div
      ref={grid}
      role="grid"
      tabIndex={0}
      aria-label={t('patrol.gridLabel')}
      aria-activedescendant={answers.length > 0 ? `patrol-row-${cursor}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="patrol-grid"
      data-cursor={cursor}
      style={{
        border: `1px solid ${token.colorBorder}`,
        borderRadius: token.borderRadius,
        fontSize: token.fontSizeLG,
      }}
    >
      {answers.map((a, index) => {
        const active = index === cursor;
        return (
          <div
            key={a.item}
            id={`patrol-row-${index}`}
            role="row"
            aria-selected={active}
            data-testid="patrol-row"
            data-result={a.result ?? ''}
            onClick={() => onCursor(index)}
            style={{
              padding: '8px 12px',
              borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
              background: active ? token.colorWarningBg : undefined,
              boxShadow: active ? `inset 4px 0 0 ${token.colorPrimary}` : undefined,
            }}
          >
            <div role="gridcell" style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
              <span style={{ flex: '1 1 260px' }}>{`${index + 1}. ${a.item}`}</span>
              <Button
                tabIndex={-1}
                aria-pressed={a.result === 'ok'}
                type={a.result === 'ok' ? 'primary' : 'default'}
                onClick={(event) => {
                  event.stopPropagation();
                  answer(index, 'ok');
                }}
                data-testid="patrol-ok"
              >
                {t('patrol.ok')}
              </Button>
              <Button
                tabIndex={-1}
                danger
                aria-pressed={a.result === 'finding'}
                type={a.result === 'finding' ? 'primary' : 'default'}
                onClick={(event) => {
                  event.stopPropagation();
                  answer(index, 'finding');
                }}
                data-testid="patrol-finding"
              >
                {t('patrol.finding')}
              </Button>
            </div>
            {a.result === 'finding' && (
              <div
                role="gridcell"
                style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginTop: 8 }}
              >
                <Input.TextArea
                  id={`patrol-finding-${index}`}
                  aria-label={t('patrol.findingText', { item: a.item })}
                  placeholder={t('patrol.findingPlaceholder')}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  maxLength={1000}
                  value={a.finding}
                  status={errors[index] ? 'error' : undefined}
                  onChange={(event) => onText(index, { finding: event.target.value })}
                  onKeyDown={textKeys(index, 'finding')}
                  data-testid="patrol-finding-text"
                />
                <Input.TextArea
                  id={`patrol-fix-${index}`}
                  aria-label={t('patrol.fixText', { item: a.item })}
                  placeholder={t('patrol.fixPlaceholder')}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  maxLength={1000}
                  value={a.fix}
                  onChange={(event) => onText(index, { fix: event.target.value })}
                  onKeyDown={textKeys(index, 'fix')}
                  data-testid="patrol-fix-text"
                />
              </div>
            )}
            {errors[index] && (
              <div
                role="alert"
                style={{ color: token.colorError, marginTop: 4 }}
                data-testid="patrol-row-error"
              >
                {errors[index]}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
