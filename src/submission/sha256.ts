/**
 * Hex SHA-256 of a file's content, with the browser's Web Crypto (available on HTTPS pages and localhost,
 * which is where citizens upload documents).
 */
export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
