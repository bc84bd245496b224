import { createElement } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { Feature } from './feature';
import { appPaths } from './paths';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';

/** The app's own pages. The home page is the first screen, so it is not lazy. */
export const appFeature: Feature = {
  routes: [
    { index: true, Component: HomePage },
    { path: '*', Component: NotFoundPage },
  ],
  nav: [
    { path: appPaths.home, labelKey: 'app:nav.home', icon: createElement(HomeOutlined), testId: 'nav-home' },
  ],
};
