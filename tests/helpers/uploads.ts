import type { AdminApi } from './admin-api';

/** A tiny valid PNG (1×1, one colour). */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a picture through the admin's upload endpoint and returns its id. */
export async function uploadPicture(
  baseUrl: string,
  admin: AdminApi,
  name: string,
  alternativeText: string | null,
): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([onePixelPng], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText }));
  const response = await fetch(`${baseUrl}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin.jwtForUploads}` },
    body: form,
  });
  const body = (await response.json()) as { id: number }[];
  if (!response.ok || !body[0])
    throw new Error(`upload of ${name} failed: ${response.status} ${JSON.stringify(body)}`);
  return body[0].id;
}

/**
 * Changes a picture's alternative text in the Media Library, which re-checks nothing that
 * uses it. An empty string clears it (null would leave it as it was, as the admin does).
 */
export async function setAlternativeText(
  admin: AdminApi,
  id: number,
  alternativeText: string,
): Promise<void> {
  const response = await admin.request('PUT', `/upload/files/${id}`, { fileInfo: { alternativeText } });
  if (response.status !== 200)
    throw new Error(`changing the alternative text of file ${id} failed: ${JSON.stringify(response.body)}`);
}
