export { compareScenarios } from './compare';
export { formatNumber, formatShare } from './format';
export * from './types';
