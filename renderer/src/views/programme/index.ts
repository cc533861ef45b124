/** The Frontier and Rounds views (issue 5) and the i18n registration their host may call early. */
export { FrontierView } from './FrontierView';
export { RoundsView } from './RoundsView';
export { PROGRAMME_NS, registerProgrammeBundles } from './i18n';
