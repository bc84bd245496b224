import { Suspense, useState } from 'react';
import { Alert, Breadcrumb, Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../queries';
import { peoplePaths } from '../paths';
import { PersonAbilityCard } from './person-ability-card';
import { PersonCategoriesCard } from './person-categories-card';
import { PersonHeader } from './person-header';
import { PersonPhoto } from './person-photo';
import { PersonProfile } from './person-profile';
import { PersonServicesCard } from './person-services-card';
import { AssessmentHistory } from '../../assessments';
import { PersonResidenceCard } from '../../beds';
import { appPaths } from '../../../app';

/** One elder: photo, profile, services, categories, ability level and risks, assessment history. */
export function PersonPage() {
  const { t } = useTranslation(['people', 'app']);
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const crumbs = [
    { title: <Link to={peoplePaths.people}>{t('list.title')}</Link> },
    { title: detail.data?.person.name ?? '' },
  ];
  return (
    <div data-testid="person-page">
      <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
      {detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        // A desktop window has no refresh button: offer the ways back instead.
        <Result
          status="warning"
          title={t('person.notFound')}
          data-testid="person-not-found"
          extra={
            <Flex gap={8} justify="center" wrap>
              <Button type="primary" onClick={() => void navigate(peoplePaths.people)}>
                {t('person.backToList')}
              </Button>
              <Button onClick={() => void navigate(appPaths.home)} data-testid="not-found-home">
                {t('app:notFound.back')}
              </Button>
            </Flex>
          }
        />
      ) : (
        <>
          <Flex gap={16} align="flex-start">
            <PersonPhoto person={detail.data.person} onProblem={setPhotoProblem} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <PersonHeader detail={detail.data} />
            </div>
          </Flex>
          {photoProblem && (
            <Alert
              type="error"
              showIcon
              closable={{ onClose: () => setPhotoProblem(null) }}
              title={photoProblem}
              style={{ marginBottom: 16 }}
              data-testid="person-photo-problem"
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <PersonProfile person={detail.data.person} />
            </Col>
            <Col xs={24} lg={10}>
              <Flex vertical gap={16}>
                <Suspense fallback={<Skeleton active />}>
                  <PersonResidenceCard person={detail.data.person} />
                </Suspense>
                <PersonAbilityCard detail={detail.data} />
                <PersonServicesCard enrollments={detail.data.enrollments} />
                <PersonCategoriesCard categories={detail.data.person.categories} />
              </Flex>
            </Col>
          </Row>
          <div style={{ marginTop: 16 }}>
            <Suspense fallback={<Skeleton active />}>
              <AssessmentHistory detail={detail.data} />
            </Suspense>
          </div>
        </>
      )}
    </div>
  );
}
