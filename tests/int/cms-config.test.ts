import { describe, expect, it } from 'vitest';
import { startCms } from '../helpers/cms';

// Configuration mistakes stop the CMS at start with a message naming the setting.
async function startFailure(env: Record<string, string>): Promise<string> {
  try {
    const cms = await startCms({ seed: false, env });
    await cms.stop();
  } catch (error) {
    return String(error);
  }
  throw new Error('the CMS started, but it should have refused this configuration');
}

describe('CMS configuration checks', () => {
  it('refuses S3 uploads without a bucket and keys, naming what is missing', async () => {
    const message = await startFailure({ UPLOAD_PROVIDER: 'aws-s3', S3_REGION: 'eu-west-2' });
    expect(message).toContain(
      'UPLOAD_PROVIDER=aws-s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY',
    );
  });

  it('refuses an unknown upload provider', async () => {
    expect(await startFailure({ UPLOAD_PROVIDER: 'dropbox' })).toContain(
      'Unsupported UPLOAD_PROVIDER "dropbox"',
    );
  });

  it('refuses an unknown database client', async () => {
    expect(await startFailure({ DATABASE_CLIENT: 'mysql' })).toContain('Unsupported DATABASE_CLIENT "mysql"');
  });

  it('refuses a weak ADMIN_PASSWORD instead of creating the admin', async () => {
    expect(await startFailure({ ADMIN_PASSWORD: 'password' })).toContain(
      'ADMIN_PASSWORD must be at least 8 characters',
    );
  });

  it('refuses a CMS_PREVIEW_TOKEN shorter than 32 characters, naming it', async () => {
    expect(await startFailure({ CMS_PREVIEW_TOKEN: 'too-short-for-a-token' })).toContain(
      'CMS_PREVIEW_TOKEN must be at least 32 characters',
    );
  });

  it('refuses one value for both CMS_SITE_TOKEN and CMS_PREVIEW_TOKEN', async () => {
    const shared = 'the-same-value-for-the-build-and-the-preview';
    expect(await startFailure({ CMS_SITE_TOKEN: shared, CMS_PREVIEW_TOKEN: shared })).toContain(
      'CMS_SITE_TOKEN and CMS_PREVIEW_TOKEN must differ',
    );
  });

  it('starts with S3 uploads fully configured', async () => {
    const cms = await startCms({
      seed: false,
      env: {
        UPLOAD_PROVIDER: 'aws-s3',
        S3_BUCKET: 'guildhall-media',
        S3_REGION: 'eu-west-2',
        S3_ACCESS_KEY_ID: 'example-key-id',
        S3_SECRET_ACCESS_KEY: 'example-secret',
        S3_ENDPOINT: 'https://s3.example.net',
      },
    });
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    await cms.stop();
  });
});
