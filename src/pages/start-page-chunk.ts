/**
 * What only the start page needs, as one chunk of its own (decision 0023): the page, its
 * "Continue from a saved file" form and the notice a partly used file leaves on the page it led
 * to. Imported only through `lazy-start-page.tsx`, never statically, or the bundler would put it
 * back into the entry chunk.
 */
export { IntroPage } from './intro-page';
export { LoadedFileNotice } from './loaded-file-notice';
