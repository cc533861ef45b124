/** The Frontier and Rounds views (issue 5). */
export { FrontierView } from './FrontierView';
export { RoundsView } from './RoundsView';
