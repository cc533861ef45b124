import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

describe('electron-builder.yml', async () => {
  // electron-builder's own loader and JSON-schema validation (what `npm run dist` runs first).
  const config = await getConfig(root, 'electron-builder.yml', null);

  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the product and associates .sewb files', () => {
    expect(config.appId).toBe('org.sovereign-eval.workbench');
    expect(config.productName).toBe('Sovereign Eval Workbench');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'sewb' })]);
  });

  it('targets AppImage + deb, NSIS and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('packs only the bundle into the asar and ships the data beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json', '!**/*.map'] }]);
    expect(config.extraResources).toEqual([
      { from: 'data/datasets', to: 'data/datasets' },
      { from: 'data/scenarios', to: 'data/scenarios' },
    ]);
  });

  it('burns the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
