import { describe, expect, it } from 'vitest';
import claimsEn from '../../../renderer/src/i18n/claims.en.json';
import claimsKo from '../../../renderer/src/i18n/claims.ko.json';
import filterEn from '../../../renderer/src/i18n/model-filter.en.json';
import filterKo from '../../../renderer/src/i18n/model-filter.ko.json';

/** Every key path of a bundle ("form.required"), with the interpolations its text uses. */
function keys(bundle: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(bundle).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [
          `${prefix}${k} ${[...String(v).matchAll(/{{(\w+)}}/g)]
            .map((m) => m[1])
            .sort()
            .join(',')}`,
        ],
  );
}

describe('the Claims and attribute-filter bundles', () => {
  it('have the same keys and the same interpolations in Korean and English', () => {
    expect(keys(claimsKo).sort()).toEqual(keys(claimsEn).sort());
    expect(keys(filterKo).sort()).toEqual(keys(filterEn).sort());
  });
});
