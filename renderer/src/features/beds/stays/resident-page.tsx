import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CriticalIllness, Person } from '../../../../../shared/schema';
import { PageTitle } from '../../../components/page-title';
import { peoplePaths } from '../../people';
import type { CurrentResidence } from './use-resident';
import { useResident } from './use-resident';

export interface ResidentContext {
  person: Person;
  current: CurrentResidence;
  critical: CriticalIllness | null;
}

interface Props {
  personId: string;
  /** The page's h1 for this elder. */
  title: (name: string) => string;
  testId: string;
  /** The form, once the elder and their open stay are known. */
  children: (resident: ResidentContext) => ReactNode;
}

/**
 * The frame of the pages about one resident (move, leave, back, discharge,
 * 病危): the elder's name in the breadcrumb and the title, and a clear answer
 * instead of a form when the elder is not found or not a resident.
 */
export function ResidentPage({ personId, title, testId, children }: Props) {
  const { t } = useTranslation(['beds', 'people']);
  const navigate = useNavigate();
  const resident = useResident(personId);
  const name = resident.person?.name ?? '';
  const back = (
    <Button type="primary" onClick={() => void navigate(peoplePaths.person(personId))}>
      {t('stays.common.backToPerson')}
    </Button>
  );
  const body = () => {
    if (resident.isError) {
      return (
        <Result
          status="warning"
          title={t('stays.common.personNotFound')}
          data-testid="stay-person-not-found"
        />
      );
    }
    if (resident.isPending || !resident.person) return <Skeleton active />;
    if (!resident.current) {
      return (
        <Result
          status="info"
          title={t('stays.common.notResident', { name })}
          extra={back}
          data-testid="stay-not-resident"
        />
      );
    }
    return children({ person: resident.person, current: resident.current, critical: resident.critical });
  };
  return (
    <div data-testid={testId}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to={peoplePaths.people}>{t('people:list.title')}</Link> },
          { title: <Link to={peoplePaths.person(personId)}>{name}</Link> },
          { title: title(name) },
        ]}
      />
      <PageTitle>{title(name)}</PageTitle>
      {body()}
    </div>
  );
}
