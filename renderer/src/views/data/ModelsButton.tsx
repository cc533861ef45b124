import * as Dialog from '@radix-ui/react-dialog';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MODELS_NS } from '../../i18n';
import { ModelsDialog } from './ModelsDialog';

/** The "Models" button of the Data view; it opens the Models dialog (memoized: a cell edit does not render it). */
export const ModelsButton = memo(function ModelsButton() {
  const { t } = useTranslation(MODELS_NS);
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button">{t('button')}</button>
      </Dialog.Trigger>
      <ModelsDialog />
    </Dialog.Root>
  );
});
