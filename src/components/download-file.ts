/**
 * Hands a file made on the device to the browser as a download: an object URL for the blob and a
 * temporary `<a download>` clicked from script. Nothing goes over the network, so it works offline
 * and under the app's Content-Security-Policy.
 */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task, not at once: some browsers start reading the blob only after the
    // click's default action, and a URL revoked before then gives an empty or failed download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
