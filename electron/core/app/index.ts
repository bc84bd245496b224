/** What other features of the core may use from the app: its state, which a restore changes. */
export { currentAppState } from './handlers';
