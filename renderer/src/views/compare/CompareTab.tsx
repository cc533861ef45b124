import type { CreateCompareWorker } from '../../workers/useComparison';
import { CompareView, type OpenDocument } from './CompareView';
import { useComparisonPdf } from './useComparisonPdf';

/** The Compare tab: the view over the open documents (useOpenDocuments), with Export comparison PDF. */
export function CompareTab({
  documents,
  createWorker,
}: {
  documents: OpenDocument[];
  createWorker?: CreateCompareWorker;
}) {
  const exportPdf = useComparisonPdf();
  return <CompareView documents={documents} onExportPdf={exportPdf} createWorker={createWorker} />;
}
