import { Suspense } from 'react';
import { Outlet, createHashRouter } from 'react-router-dom';
import { PageSpin } from '../components/page-spin';
import { AppFrame } from './frame/app-frame';
import { FEATURES } from './features';

/** Hash routes need nothing from the server: they work under the app:// scheme in Electron and from the preview server alike. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppFrame />,
    children: FEATURES.flatMap((feature) => feature.routes ?? []),
  },
  {
    // Paper pages: no sidebar or header, A4 layout of their own (Electron prints the same routes).
    element: (
      <Suspense fallback={<PageSpin />}>
        <Outlet />
      </Suspense>
    ),
    children: FEATURES.flatMap((feature) => feature.printRoutes ?? []),
  },
]);
