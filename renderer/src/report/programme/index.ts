/** Report sections for scenarios with programme rules; each renders nothing when its rules are absent. */
export { FrontierReportSection } from './FrontierReportSection';
export { RoundsReportSection } from './RoundsReportSection';
