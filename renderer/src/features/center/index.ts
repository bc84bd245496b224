/** The center itself: first-run setup and its profile (shown on the home page, edited in settings). */
import { lazyComponent } from '../../app';
import type { Feature } from '../../app';

/** Setup is shown by the app's gate before any route exists; it has no page of its own in the frame. */
export const SetupPage = lazyComponent(() => import('./setup-page'), 'SetupPage');

export const centerFeature: Feature = {};

export { BedSummary } from './bed-summary';
export { CenterDetails } from './center-details';
/** The profile form as a settings card. */
export const CenterProfileCard = lazyComponent(() => import('./center-profile-card'), 'CenterProfileCard');
export { centerQuery, useCenter } from './queries';
