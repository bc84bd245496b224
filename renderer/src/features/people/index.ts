/** The elders' records: list, form, photo, import, export and the printed record. */
import { createElement } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { peoplePaths } from './paths';

const PeopleListPage = lazyComponent(() => import('./list/people-list-page'), 'PeopleListPage');
const PersonEditPage = lazyComponent(() => import('./form/person-edit-page'), 'PersonEditPage');
const ImportPage = lazyComponent(() => import('./import/import-page'), 'ImportPage');
const PersonPage = lazyComponent(() => import('./person/person-page'), 'PersonPage');
const PersonPrintPage = lazyComponent(() => import('./print/person-print-page'), 'PersonPrintPage');

export const peopleFeature: Feature = {
  routes: [
    { path: 'people', Component: PeopleListPage },
    { path: 'people/new', Component: PersonEditPage, handle: routeNeeds('elders.write') },
    { path: 'people/import', Component: ImportPage, handle: routeNeeds('elders.write') },
    { path: 'people/:id', Component: PersonPage },
    { path: 'people/:id/edit', Component: PersonEditPage, handle: routeNeeds('elders.write') },
  ],
  printRoutes: [{ path: '/print/people/:id', Component: PersonPrintPage }],
  nav: [
    {
      path: peoplePaths.people,
      labelKey: 'people:nav.people',
      icon: createElement(TeamOutlined),
      testId: 'nav-people',
      preload: (client) =>
        Promise.all([
          PeopleListPage.preload(),
          import('./list/prefetch-people-list').then(({ prefetchPeopleList }) => prefetchPeopleList(client)),
        ]),
    },
  ],
};

export { peoplePaths } from './paths';
export { peopleKeys, usePerson } from './queries';
