import { createHashRouter } from 'react-router-dom';
import { AppFrame } from './layout/AppFrame';
import { HomePage } from './pages/HomePage';
import { SettingsPage } from './pages/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeopleListPage } from './people/PeopleListPage';
import { PersonEditPage } from './people/PersonEditPage';
import { PersonPage } from './people/PersonPage';
import { ImportPage } from './people/ImportPage';
import { ReassessmentDuePage } from './people/ReassessmentDuePage';

/** Hash routes work from a file:// page in Electron and from the preview server alike. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppFrame />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'people', element: <PeopleListPage /> },
      { path: 'people/new', element: <PersonEditPage /> },
      { path: 'people/import', element: <ImportPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'people/:id/edit', element: <PersonEditPage /> },
      { path: 'assessments/due', element: <ReassessmentDuePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
