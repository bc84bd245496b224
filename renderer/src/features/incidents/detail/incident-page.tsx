import { Alert, App, Breadcrumb, Button, Card, Descriptions, Flex, Result, Space, Typography } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { IncidentRow } from '../../../../../shared/ipc/incidents';
import { errorText } from '../../../api/error-text';
import { useReadOnly } from '../../../app';
import { PageTitle } from '../../../components/page-title';
import { PageSpin } from '../../../components/page-spin';
import { useFormat } from '../../../i18n/use-format';
import { useMay, useSignedInUser } from '../../auth';
import { IncidentState, missingForClose } from '../incident-state';
import { incidentsPaths } from '../paths';
import { useCloseIncident } from '../queries';
import { useIncidentAddress } from '../use-incident-address';
import { useNameList } from '../use-name-list';
import { IncidentFacts, useStaffNameOf } from './incident-facts';
import { NotifyFamilyDialog } from './notify-family-dialog';
import { ReviewDialog } from './review-dialog';

/** `/incidents/:incidentId?date=`: the incident, the family notification, the review, closing. */
export function IncidentPage() {
  const { t } = useTranslation('incidents');
  const found = useIncidentAddress();
  return (
    <div data-testid="incident-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={incidentsPaths.list()}>{t('list.title')}</Link> },
          { title: found.row ? found.row.incident.date : '…' },
        ]}
      />
      {found.row ? (
        <IncidentView row={found.row} />
      ) : found.notFound ? (
        <>
          <PageTitle>{t('list.title')}</PageTitle>
          <Result
            status="warning"
            title={t('detail.notFound')}
            extra={<Link to={incidentsPaths.list()}>{t('detail.backToList')}</Link>}
            data-testid="incident-not-found"
          />
        </>
      ) : (
        <>
          <PageTitle>{t('list.title')}</PageTitle>
          <PageSpin />
        </>
      )}
    </div>
  );
}

function IncidentView({ row }: { row: IncidentRow }) {
  const { t } = useTranslation(['incidents', 'domain']);
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayRecord = useMay('care.record') && !readOnly;
  const mayClose = useMay('incidents.close') && !readOnly;
  const user = useSignedInUser();
  const staffName = useStaffNameOf();
  const nameList = useNameList();
  const [dialog, setDialog] = useState<'family' | 'review' | null>(null);
  const { incident } = row;
  const open = incident.closed === null;
  const signedIn = user ? (user.staffId ? staffName(user.staffId) : user.displayName || user.username) : '';
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Space direction="vertical" size={4}>
          <PageTitle style={{ margin: 0 }} data-testid="incident-title">
            {t('detail.title', {
              kind: t(`domain:incident.${incident.category}`),
              names: nameList(row.names),
            })}
          </PageTitle>
          <IncidentState incident={incident} />
        </Space>
        <Space wrap>
          {open && mayRecord && (
            <Button
              icon={<EditOutlined />}
              onClick={() => void navigate(incidentsPaths.edit(incident.id, incident.date))}
              data-testid="incident-edit"
            >
              {t('detail.edit')}
            </Button>
          )}
          <Button
            icon={<PrinterOutlined />}
            onClick={() => void navigate(incidentsPaths.print(incident.id, incident.date))}
            data-testid="incident-print"
          >
            {t('detail.print')}
          </Button>
        </Space>
      </Flex>
      {!open && (
        <Alert type="info" showIcon title={t('detail.close.readOnly')} data-testid="incident-read-only" />
      )}
      <Card size="small" title={<h2 style={headingStyle}>{t('detail.sections.facts')}</h2>}>
        <IncidentFacts row={row} />
      </Card>
      <FamilyCard row={row} mayRecord={open && mayRecord} onEdit={() => setDialog('family')} />
      <ReviewCard row={row} mayReview={open && mayClose} onEdit={() => setDialog('review')} />
      <CloseCard row={row} mayClose={mayClose} />
      {open && (
        <>
          <NotifyFamilyDialog
            incident={incident}
            open={dialog === 'family'}
            signedIn={signedIn}
            onClose={() => setDialog(null)}
          />
          <ReviewDialog incident={incident} open={dialog === 'review'} onClose={() => setDialog(null)} />
        </>
      )}
    </Flex>
  );
}

const headingStyle = { fontSize: 16, margin: 0 } as const;

function FamilyCard({
  row,
  mayRecord,
  onEdit,
}: {
  row: IncidentRow;
  mayRecord: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation(['incidents', 'domain']);
  const format = useFormat();
  const told = row.incident.familyNotification;
  const missing = missingForClose(row.incident).notNotified;
  return (
    <Card
      size="small"
      title={<h2 style={headingStyle}>{t('detail.sections.family')}</h2>}
      extra={
        mayRecord && (
          <Button
            type={missing ? 'primary' : 'default'}
            onClick={onEdit}
            data-testid="incident-notify-family"
          >
            {missing ? t('detail.family.record') : t('detail.family.change')}
          </Button>
        )
      }
      data-testid="incident-family"
    >
      {told === null ? (
        <Typography.Text type="secondary" data-testid="incident-family-missing">
          {t('detail.family.missing')}
        </Typography.Text>
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'at', label: t('detail.family.at'), children: format.dateTime(told.at) },
            {
              key: 'channel',
              label: t('detail.family.channel'),
              children: (
                <span data-testid="incident-family-channel">{t(`domain:notifyChannel.${told.channel}`)}</span>
              ),
            },
            {
              key: 'by',
              label: t('detail.family.by'),
              children: <span data-testid="incident-family-by">{told.by}</span>,
            },
            { key: 'notes', label: t('detail.family.notes'), span: 'filled', children: told.notes },
          ]}
        />
      )}
    </Card>
  );
}

function ReviewCard({
  row,
  mayReview,
  onEdit,
}: {
  row: IncidentRow;
  mayReview: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const review = row.incident.review;
  return (
    <Card
      size="small"
      title={<h2 style={headingStyle}>{t('detail.sections.review')}</h2>}
      extra={
        mayReview && (
          <Button
            type={review === null ? 'primary' : 'default'}
            onClick={onEdit}
            data-testid="incident-review"
          >
            {review === null ? t('detail.review.write') : t('detail.review.change')}
          </Button>
        )
      }
      data-testid="incident-review-card"
    >
      {review === null ? (
        <Typography.Text type="secondary" data-testid="incident-review-missing">
          {t('detail.review.missing')} {row.open && !mayReview ? t('detail.review.mayNot') : ''}
        </Typography.Text>
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'text',
              label: t('detail.review.text'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{review.text}</span>,
            },
            {
              key: 'action',
              label: t('detail.review.correctiveAction'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{review.correctiveAction}</span>,
            },
            {
              key: 'by',
              label: t('detail.review.by'),
              children: `${review.by} · ${format.dateTime(review.at)}`,
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Closing: a manager, after confirming; the button says why it cannot be pressed yet. */
function CloseCard({ row, mayClose }: { row: IncidentRow; mayClose: boolean }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const { modal, message } = App.useApp();
  const close = useCloseIncident();
  const [problem, setProblem] = useState<string | null>(null);
  const { incident } = row;
  const missing = missingForClose(incident);
  const reason = missing.notNotified
    ? t('detail.close.whyNotNotified')
    : missing.notReviewed
      ? t('detail.close.whyNotReviewed')
      : null;
  const confirm = () => {
    void modal.confirm({
      title: t('detail.close.confirmTitle'),
      content: t('detail.close.confirmText'),
      okText: t('detail.close.confirm'),
      cancelText: t('detail.close.cancel'),
      okButtonProps: { 'data-testid': 'incident-close-confirm' },
      onOk: () => {
        setProblem(null);
        return close.mutateAsync({ id: incident.id, date: incident.date }).then(
          () => void message.success(t('detail.close.done')),
          (error: unknown) => setProblem(errorText(error)),
        );
      },
    });
  };
  if (incident.closed !== null)
    return (
      <Card size="small" title={<h2 style={headingStyle}>{t('detail.sections.closing')}</h2>}>
        <Typography.Text data-testid="incident-closed-by">
          {t('detail.close.closed', { by: incident.closed.by, at: format.dateTime(incident.closed.at) })}
        </Typography.Text>
      </Card>
    );
  if (!mayClose) return null;
  return (
    <Card size="small" title={<h2 style={headingStyle}>{t('detail.sections.closing')}</h2>}>
      <Flex gap={12} align="center" wrap>
        <Button
          danger
          size="large"
          disabled={reason !== null || close.isPending}
          loading={close.isPending}
          onClick={confirm}
          aria-describedby={reason !== null ? 'incident-close-reason' : undefined}
          data-testid="incident-close"
        >
          {t('detail.close.button')}
        </Button>
        {reason !== null && (
          <Typography.Text strong id="incident-close-reason" data-testid="incident-close-reason">
            {reason}
          </Typography.Text>
        )}
      </Flex>
      {problem && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={problem}
          data-testid="incident-close-problem"
        />
      )}
    </Card>
  );
}
