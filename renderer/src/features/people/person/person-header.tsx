import { Button, Flex, Space, Tag, Typography } from 'antd';
import {
  AlertOutlined,
  EditOutlined,
  FormOutlined,
  PrinterOutlined,
  SafetyOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../../../../shared/domain/dates';
import { careEndDate, personAge } from '../../../../../shared/domain/end-of-care';
import { useDateText } from '../../../i18n/use-date-text';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { assessmentPaths, AbilityLevelTag } from '../../assessments';
import { incidentsPaths } from '../../incidents';
import { peoplePaths } from '../paths';
import { PersonFlags } from './person-flags';
import type { PersonDetail } from '../list/people-types';
import { PageTitle } from '../../../components/page-title';

/**
 * Name, the facts staff look for first, and what can be done next. After the end of
 * care the age stops at its date, which is shown, and assessing is no longer the main action.
 */
export function PersonHeader({ detail }: { detail: PersonDetail }) {
  const { t } = useTranslation(['people', 'domain', 'incidents']);
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayAssess = useMay('assessments.write');
  const mayEdit = useMay('elders.write');
  const mayReportIncident = useMay('care.record');
  const { person } = detail;
  const dateText = useDateText();
  const age = personAge(person, toIsoDate(new Date()));
  const endDate = careEndDate(person);
  const ended = person.status === 'deceased' || person.status === 'movedAway' ? person.status : null;
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex vertical gap={6}>
        <Space size={12} align="center" wrap>
          <PageTitle style={{ margin: 0 }} data-testid="person-name">
            {person.name}
          </PageTitle>
          <Typography.Text type="secondary" style={{ fontSize: 16 }}>
            {t('person.sexAge', { sex: t(`domain:sex.${person.sex}`), age })}
          </Typography.Text>
          <AbilityLevelTag level={detail.currentLevel} />
          {person.status !== 'active' && (
            <Tag color="default">{t(`domain:personStatus.${person.status}`)}</Tag>
          )}
        </Space>
        {ended !== null && endDate !== null && (
          <Typography.Text strong data-testid="person-end-of-care">
            {t(`person.endedOn.${ended}`, { date: dateText(endDate), age })}
          </Typography.Text>
        )}
        <PersonFlags incomplete={person.incomplete} reassessmentDue={detail.reassessmentDue.due} />
      </Flex>
      <Flex gap={8} wrap>
        {mayAssess && (
          <>
            <Button
              type={ended === null ? 'primary' : 'default'}
              icon={<FormOutlined />}
              disabled={readOnly}
              onClick={() => void navigate(assessmentPaths.assessAbility(person.id))}
              data-testid="person-assess-ability"
            >
              {t('person.assessAbility')}
            </Button>
            <Button
              icon={<SafetyOutlined />}
              disabled={readOnly}
              onClick={() => void navigate(assessmentPaths.assessRisk(person.id))}
              data-testid="person-assess-risk"
            >
              {t('person.assessRisk')}
            </Button>
          </>
        )}
        {mayReportIncident && ended === null && (
          <Button
            icon={<AlertOutlined />}
            disabled={readOnly}
            onClick={() => void navigate(incidentsPaths.report(person.id))}
            data-testid="person-report-incident"
          >
            {t('incidents:person.report')}
          </Button>
        )}
        <Button
          icon={<PrinterOutlined />}
          onClick={() => void navigate(peoplePaths.printPerson(person.id))}
          data-testid="person-print"
        >
          {t('person.print')}
        </Button>
        {mayEdit && (
          <Button
            icon={<EditOutlined />}
            disabled={readOnly}
            onClick={() => void navigate(peoplePaths.personEdit(person.id))}
            data-testid="person-edit"
          >
            {t('person.edit')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
