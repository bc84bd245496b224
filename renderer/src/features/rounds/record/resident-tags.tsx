import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { SheetRow } from '../../../../../shared/ipc/rounds';

/** 新, 病危 and the high risks beside a name: what the carer must look at more closely tonight. */
export function ResidentTags({ row }: { row: SheetRow }) {
  const { t } = useTranslation(['rounds', 'domain']);
  return (
    <>
      {row.isNew && (
        <Tag color="blue" data-testid="round-tag-new">
          {t('rounds:record.tagNew')}
        </Tag>
      )}
      {row.critical && (
        <Tag color="red" data-testid="round-tag-critical">
          {t('rounds:record.tagCritical')}
        </Tag>
      )}
      {row.highRisks.map((code) => (
        <Tag key={code} color="orange">
          {t(riskLabelKey(code))}
        </Tag>
      ))}
    </>
  );
}
