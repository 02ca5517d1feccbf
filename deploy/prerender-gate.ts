import { createHash } from 'node:crypto';

/**
 * The one inline script in index.html. It runs in <head>, before first paint, and does two jobs.
 *
 * 1. The gate. index.html carries the English start page prerendered (scripts/prerender.mjs), so
 *    a first visit paints before the JavaScript arrives. That page is right only for a plain first
 *    visit: no page in the URL, nothing saved in this tab (under any embed's key), English, no clinic name or contact in
 *    the header. In every other case the gate hides it (the app then paints the right page in the
 *    right language, with no flash of the wrong one). When unsure, and where storage is blocked,
 *    it hides: that is the safe side. It hides by an inline style set from script (which the
 *    CSP's style-src does not block), not by a class and a stylesheet rule, so the page stays
 *    hidden even where the stylesheet cannot load.
 *
 * 2. The loader. The build puts the app's entry in `<meta name="app-entry">` instead of a
 *    `<script>` (vite.config.ts), and this script adds the `<script type="module">`:
 *    - when the start page is shown, only once it has painted (the `first-contentful-paint`
 *      entry), so the app's script and catalog never compete with the HTML and stylesheet the
 *      first paint needs. It preloads the English catalog (the meta's `data-catalog`) with the
 *      script, since that page is always English, rather than wait for the script to ask for it.
 *      "Start now" is a plain link, so it works before the app has arrived. A frame the browser
 *      does not paint (a clinic's embed off screen or in a closed tab) reports no paint: after
 *      3 seconds the app loads anyway, so it can tell the host page its height;
 *    - in every other case (the page hidden, a background tab, a browser without paint timing)
 *      at once: a `modulepreload` starts the fetch now, and the script goes in when the document
 *      is parsed, as a deferred module script would.
 *    Either way it waits for the document to be parsed, because the app renders into #root.
 *    Without that meta (the dev server, whose index.html keeps its own script) it loads nothing.
 *
 * It is written as plain ES5 in a string so that its bytes, and so its CSP hash, are the same
 * wherever they are read: the build, the tests, the headers files. The CSP allows it by that hash
 * and nothing else inline.
 */
export const PRERENDER_GATE = [
  '(function(){',
  'var d=document,h;',
  'try{',
  'var l=location,q=new URLSearchParams(l.search),g=q.get("lang"),',
  'b=(navigator.languages||[navigator.language]).map(function(t){return String(t).slice(0,2).toLowerCase()})',
  '.filter(function(t){return t==="en"||t==="es"})[0];',
  'var k=sessionStorage,n=k.length,i,x=false;for(i=0;i<n;i++)if(String(k.key(i)).indexOf("calf-ankle-prep:v1")===0)x=true;',
  'h=(l.hash.length>1&&l.hash!=="#/intro")||x',
  '||(g?g!=="en":b==="es")||q.has("clinic")||q.has("contact")||/^(false|0|no)$/.test(q.get("intro")||"")',
  '}catch(e){h=true}',
  'if(h)d.documentElement.style.visibility="hidden";',
  'var m=d.querySelector("meta[name=app-entry]");',
  'if(!m)return;',
  'var u=m.content,c=m.getAttribute("data-catalog"),s=0,w=!h&&d.visibilityState==="visible";',
  'function pre(f){var p=d.createElement("link");p.rel="modulepreload";p.href=f;d.head.appendChild(p)}',
  'function go(){if(!s){s=1;if(w&&c)pre(c);var e=d.createElement("script");e.type="module";e.src=u;d.head.appendChild(e)}}',
  'function parsed(){if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",go);else go()}',
  'try{w=w&&PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0}catch(e){w=false}',
  'if(w){new PerformanceObserver(function(r,o){if(r.getEntriesByName("first-contentful-paint").length){o.disconnect();parsed()}}).observe({type:"paint",buffered:true});setTimeout(parsed,3000)}',
  'else{pre(u);parsed()}',
  '})()',
].join('');

/** The CSP source that allows exactly that script. */
export const PRERENDER_GATE_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GATE).digest('base64')}'`;
