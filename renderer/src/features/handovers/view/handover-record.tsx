import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HANDOVER_SECTIONS } from '../../../../../shared/schema';
import type { Handover, HandoverItem, Signature } from '../../../../../shared/schema';
import { useFormat } from '../../../i18n/use-format';
import { CountsRow } from '../counts-row';

/** A saved handover as it was signed: counts, the six sections in order, both signatures and the addenda. */
export function HandoverRecord({ handover }: { handover: Handover }) {
  const { t } = useTranslation('handovers');
  return (
    <div data-testid="handover-record">
      <CountsRow counts={handover.counts} />
      {HANDOVER_SECTIONS.map((section) => (
        <section key={section} data-testid={`handover-section-${section}`} style={{ marginTop: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t(`sections.${section}`)}
          </Typography.Title>
          <ItemList items={handover.sections[section]} />
        </section>
      ))}
      <Signatures handover={handover} />
      <Addenda handover={handover} />
    </div>
  );
}

function ItemList({ items }: { items: HandoverItem[] }) {
  const { t } = useTranslation('handovers');
  if (items.length === 0) return <Typography.Paragraph>{t('item.none')}</Typography.Paragraph>;
  return (
    <ol style={{ fontSize: 16, paddingInlineStart: 24 }}>
      {items.map((item, index) => (
        <li key={index} data-testid="handover-item">
          {item.bedLabel ? `${item.bedLabel} ` : ''}
          {item.text}
          {item.repeated && (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {t('item.repeated')}
            </Tag>
          )}
        </li>
      ))}
    </ol>
  );
}

/** "王芳, 11 Nov 2026, 08:05", or "not signed". */
export function useSignatureText(): (signature: Signature | null) => string {
  const { t } = useTranslation('handovers');
  const format = useFormat();
  return (signature) =>
    signature === null
      ? t('sign.notYet')
      : t('sign.signedAt', { name: signature.name, at: format.dateTime(signature.at) });
}

function Signatures({ handover }: { handover: Handover }) {
  const { t } = useTranslation('handovers');
  const signatureText = useSignatureText();
  return (
    <Descriptions
      title={t('sign.title')}
      bordered
      column={1}
      size="small"
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'outgoing',
          label: t('sign.outgoing'),
          children: <span data-testid="handover-outgoing">{signatureText(handover.outgoing)}</span>,
        },
        {
          key: 'incoming',
          label: t('sign.incoming'),
          children: <span data-testid="handover-incoming">{signatureText(handover.incoming)}</span>,
        },
      ]}
    />
  );
}

function Addenda({ handover }: { handover: Handover }) {
  const { t } = useTranslation('handovers');
  const format = useFormat();
  if (handover.state !== 'signed') return null;
  return (
    <Card size="small" title={t('addendum.title')} style={{ marginTop: 16 }} data-testid="handover-addenda">
      {handover.addenda.length === 0 ? (
        <Typography.Paragraph style={{ margin: 0 }}>{t('addendum.none')}</Typography.Paragraph>
      ) : (
        <ol style={{ fontSize: 16, paddingInlineStart: 24, margin: 0 }}>
          {handover.addenda.map((addendum) => (
            <li key={addendum.id} data-testid="handover-addendum">
              <div style={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</div>
              <Typography.Text type="secondary">
                {t('addendum.by', {
                  name: addendum.signature.name,
                  at: format.dateTime(addendum.signature.at),
                })}
              </Typography.Text>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
