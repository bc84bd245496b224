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
import { AbilityAssessmentPage } from './assessments/AbilityAssessmentPage';
import { RiskAssessmentPage } from './assessments/RiskAssessmentPage';
import { PersonPrintPage } from './print/PersonPrintPage';
import { AbilityFormPrintPage } from './print/AbilityFormPrintPage';

/** Hash routes need nothing from the server: they work under the app:// scheme in Electron and from the preview server alike. */
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
      { path: 'people/:id/assess/ability', element: <AbilityAssessmentPage /> },
      { path: 'people/:id/assess/risk', element: <RiskAssessmentPage /> },
      { path: 'assessments/due', element: <ReassessmentDuePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // Paper pages: no sidebar or header, A4 layout of their own (Electron prints the same routes).
  { path: '/print/people/:id', element: <PersonPrintPage /> },
  { path: '/print/people/:id/assessments/:assessmentId', element: <AbilityFormPrintPage /> },
]);
