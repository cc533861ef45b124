import type { TFunction } from 'i18next';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';

type Problem = ImportPreviewWire['problems'][number];

/**
 * A problem's reason in the UI's language (t of the import namespace), from its code and values; the values
 * that are the file's own text (names, cells, ids) are shown as given, a field, role or kind of id is
 * translated. A problem without a known code keeps its English message.
 */
export function problemText(t: TFunction, problem: Problem): string {
  const { code, params = {} } = problem;
  if (!code) return problem.message;
  const word = (group: string, key: string | number | undefined) =>
    key === undefined ? '' : t(`${group}.${key}`, { defaultValue: String(key) });
  return t(`problemText.${code}`, {
    ...params,
    fieldName: word('mapping.roles', params.field),
    roleName: word('mapping.roles', params.role),
    whatName: word('problemText.what', params.what),
    defaultValue: problem.message,
  });
}
