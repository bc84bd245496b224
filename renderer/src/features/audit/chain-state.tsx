import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditChainState } from '../../../../shared/ipc/audit';
import { useFormat } from '../../i18n/use-format';

/**
 * Whether the audit files still chain together (each entry carries the hash of
 * the one before): intact, or the first place where a line was changed or removed.
 */
export function ChainState({ chain }: { chain: AuditChainState }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  if (chain.intact)
    return (
      <Alert
        type="success"
        showIcon
        message={t('chain.intact', { entries: format.number(chain.entries) })}
        data-testid="audit-chain-intact"
        style={{ marginBottom: 16 }}
      />
    );
  const at = chain.brokenAt;
  return (
    <Alert
      type="error"
      showIcon
      message={t('chain.broken')}
      description={
        at
          ? at.seq === null
            ? t('chain.brokenAtLine', { file: at.file, line: at.line })
            : t('chain.brokenAtEntry', { file: at.file, line: at.line, seq: at.seq })
          : t('chain.brokenUnknown')
      }
      data-testid="audit-chain-broken"
      style={{ marginBottom: 16 }}
    />
  );
}
