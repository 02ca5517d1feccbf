export function precacheList(files: { path: string; content: string | Uint8Array }[]): [string, string][];
export function serviceWorkerSource(template: string, list: [string, string][]): string;
