import { use, useEffect, type ComponentProps } from 'react';
import type * as StartPageChunk from './start-page-chunk';

/**
 * The start page is not needed before the first question: a plain first visit sees it prerendered
 * in index.html before any script runs (decision 0007), and a visit that opens on a question never
 * shows it. So its code comes as its own chunk (decision 0023): main.tsx asks for it at once, with
 * the catalog, when the start page will be the first page, and the app fetches it as soon as it has
 * mounted otherwise, long before Start again or Back can lead there.
 */
type StartPageModule = typeof StartPageChunk;

let startPageModule: StartPageModule | undefined;
let loading: Promise<StartPageModule> | undefined;

/** Fetches the start page's chunk once; every caller shares the one promise (which `use` needs). */
export function loadStartPage(): Promise<StartPageModule> {
  loading ??= import('./start-page-chunk').then(
    (module) => (startPageModule = module),
    (error: unknown) => {
      // Offline before it came: the next caller tries again rather than inherit the failure.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The start page, or a suspension until its chunk has come (the app's Suspense boundary shows
 * "Loading…", or, while hydrating, keeps the prerendered HTML). Once it has come it renders at
 * once. It always renders the same component under it, never a `lazy` one first and the real one
 * after: swapping would remount the page and lose a file already chosen or an error shown.
 */
export function IntroPage(props: ComponentProps<StartPageModule['IntroPage']>) {
  const Loaded = startPageModule?.IntroPage ?? use(loadStartPage()).IntroPage;
  return <Loaded {...props} />;
}

/**
 * The notice after a partly used file. It is only ever shown after the start page read that file,
 * so its chunk is there; it renders nothing otherwise rather than suspend outside the page's
 * Suspense boundary.
 */
export function LoadedFileNotice(props: ComponentProps<StartPageModule['LoadedFileNotice']>) {
  const Loaded = startPageModule?.LoadedFileNotice;
  return Loaded ? <Loaded {...props} /> : null;
}

/**
 * Fetches the start page's chunk right after the app has mounted, when the clinic shows a start
 * page: Start again and Back from the first question lead there, and it should then render at once
 * rather than flash "Loading…". Not left for an idle moment as the end pages are: those are many
 * pages away, while Back from the first question is one click.
 */
export function usePrefetchStartPage(showIntro: boolean) {
  useEffect(() => {
    // Offline before it came: the start page asks again when it is shown.
    if (showIntro) loadStartPage().catch(() => undefined);
  }, [showIntro]);
}
