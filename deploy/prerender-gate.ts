import { createHash } from 'node:crypto';

/**
 * index.html carries the English start page prerendered (scripts/prerender.mjs), so a first
 * visit paints before the JavaScript arrives. That page is right only for a plain first visit:
 * no page in the URL, nothing saved in this tab, English, no clinic name or contact in the
 * header. This tiny inline script, run before first paint, hides the prerendered page in every
 * other case (the app then paints the right page in the right language, with no flash of the
 * wrong one). When unsure, and where storage is blocked, it hides: that is the safe side.
 * It hides by an inline style set from script (which the CSP's style-src does not block), not by
 * a class and a stylesheet rule, so the page stays hidden even where the stylesheet cannot load.
 * It is the only inline script; the CSP allows it by its hash and nothing else inline.
 */
export const PRERENDER_GATE = [
  'try{',
  'var l=location,q=new URLSearchParams(l.search),g=q.get("lang"),',
  'b=(navigator.languages||[navigator.language]).map(function(t){return String(t).slice(0,2).toLowerCase()})',
  '.filter(function(t){return t==="en"||t==="es"})[0];',
  'if((l.hash.length>1&&l.hash!=="#/intro")||sessionStorage.getItem("calf-ankle-prep:v1")!==null',
  '||(g?g!=="en":b==="es")||q.has("clinic")||q.has("contact")||/^(false|0|no)$/.test(q.get("intro")||""))',
  'document.documentElement.style.visibility="hidden"',
  '}catch(e){document.documentElement.style.visibility="hidden"}',
].join('');

/** The CSP source that allows exactly that script. */
export const PRERENDER_GATE_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GATE).digest('base64')}'`;
