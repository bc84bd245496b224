import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '../../../../../shared/schema';
import { activeServices } from './active-services';
import { DatedRows } from './dated-rows';

/** 服务项目: what the person uses now, and every enrollment with its dates. */
export function PersonServicesCard({ enrollments }: { enrollments: Enrollment[] }) {
  const { t } = useTranslation(['people', 'domain']);
  const current = activeServices(enrollments);
  const history = [...enrollments].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Card title={t('form.sections.services')} size="small" data-testid="person-services">
      <Flex gap={6} wrap style={{ marginBottom: history.length ? 8 : 0 }}>
        {current.length ? (
          current.map((code) => (
            <Tag key={code} color="blue" data-testid="person-service">
              {t(`domain:service.${code}`)}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">{t('person.noServices')}</Typography.Text>
        )}
      </Flex>
      <DatedRows
        rows={history.map((e) => ({
          key: e.id,
          label: t(`domain:service.${e.service}`),
          from: e.from,
          to: e.to,
        }))}
      />
    </Card>
  );
}
