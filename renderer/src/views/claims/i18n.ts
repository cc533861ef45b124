import en from '../../i18n/claims.en.json';
import ko from '../../i18n/claims.ko.json';
import { useNamespaceT, type NamespaceT } from '../../i18n/namespace';

/** The translate function of the Claims view, its form and its report section ("claims" namespace). */
export const useClaimsT = (): NamespaceT => useNamespaceT('claims', { en, ko });
