import { createHash } from 'node:crypto';

/**
 * The one inline script in index.html. It runs in <head>, before first paint, and does two jobs.
 *
 * 1. The gate. index.html carries six pages prerendered (scripts/prerender.mjs), each in its own
 *    `<div data-prerendered="…">` inside #root: the start page and the first question, in English
 *    and in Spanish, and the first question once more without its Back link, for clinics that turn
 *    the start page off (decision 0024). Only the English start page is shown by the HTML itself
 *    (so it is there with JavaScript off); the others carry `hidden`. The gate works out which one
 *    the app is about to show: the language (the clinic's `lang`, else the browser's first of
 *    English and Spanish, else English), the page (none or `#/intro` is the start page, or the
 *    first question when the clinic turned the start page off; `#/area` is the first question),
 *    nothing saved in this tab (under any embed's key), no clinic name or contact in the header.
 *    It shows that one and removes the others as the parser adds them (a MutationObserver's
 *    callback runs before the browser can paint what the parser added, or handle a click on it),
 *    so no id is ever on the page twice, and it sets <html lang>. In every
 *    other case it hides the document (the app then paints the right page in the right language,
 *    with no flash of the wrong one). When unsure, and where storage is blocked, it hides: that is
 *    the safe side. It hides by an inline style set from script (which the CSP's style-src does
 *    not block), not by a class and a stylesheet rule, so the page stays hidden even where the
 *    stylesheet cannot load. It records its choice in `<html data-view>` for main.tsx.
 *
 * 2. The loader. The build puts the app's entry in `<meta name="app-entry">` instead of a
 *    `<script>` (vite.config.ts), with each language's catalog in `data-catalog-<lang>`, and this
 *    script adds the `<script type="module">`:
 *    - when a prerendered page is shown, only once it has painted (the `first-contentful-paint`
 *      entry), so the app's script and catalog never compete with the HTML and stylesheet the
 *      first paint needs. It preloads that page's catalog with the script, rather than wait for
 *      the script to ask for it. "Start now" is a plain link, and the question's radios work as
 *      HTML, before the app has arrived. A frame the browser does not paint (a clinic's embed off
 *      screen or in a closed tab) reports no paint: after 3 seconds the app loads anyway, so it
 *      can tell the host page its height;
 *    - in every other case (the page hidden, a background tab, a browser without paint timing)
 *      at once: `modulepreload`s start the fetch of the entry and of the catalog the app will ask
 *      for (the language saved in this tab, else the one worked out above) now, together, and the
 *      script goes in when the document is parsed, as a deferred module script would.
 *    Either way it waits for the document to be parsed, because the app renders into #root.
 *    Without that meta (the dev server, whose index.html keeps its own script) it loads nothing.
 *
 * It is written as plain ES5 in a string so that its bytes, and so its CSP hash, are the same
 * wherever they are read: the build, the tests, the headers files. The CSP allows it by that hash
 * and nothing else inline.
 */
export const PRERENDER_GATE = [
  '(function(){',
  'var d=document,e=d.documentElement,v="",c="";',
  'try{',
  'var l=location,q=new URLSearchParams(l.search),g=q.get("lang"),',
  'b=(navigator.languages||[navigator.language]).map(function(t){return String(t).slice(0,2).toLowerCase()})',
  '.filter(function(t){return t==="en"||t==="es"})[0]||"en",',
  't=g?(g==="en"||g==="es"?g:""):b,a=l.hash.length>1?l.hash:"#/intro",',
  'o=/^(false|0|no)$/.test(q.get("intro")||""),p=a==="#/intro"?(o?"area-alone":"intro"):a==="#/area"?(o?"area-alone":"area"):"";',
  'var k=sessionStorage,n=k.length,i,y,z,x=false;',
  'for(i=0;i<n;i++){y=String(k.key(i));if(y.indexOf("calf-ankle-prep:v1")===0){x=true;',
  'try{z=JSON.parse(k.getItem(y)).locale}catch(r){}}}',
  'c=z==="en"||z==="es"?z:t;',
  'if(t&&p&&!x&&!q.has("clinic")&&!q.has("contact")){',
  'v=t+"-"+p;',
  'var f=function(){var o=d.querySelectorAll("#root>[data-prerendered]"),j,a2,q2;',
  'for(j=0;j<o.length;j++){a2=o[j].getAttribute("data-prerendered");',
  'if(a2===v){o[j].hidden=false}else if(a2!==t+"-area"||v!==t+"-intro"){o[j].parentNode.removeChild(o[j])}else q2=o[j]}',
  'return q2},',
  'w=new MutationObserver(f);w.observe(e,{childList:true,subtree:true});',
  'd.addEventListener("DOMContentLoaded",function(){f();w.disconnect()});',
  'e.lang=t;e.setAttribute("data-view",v);',
  'd.addEventListener("submit",function(r){if(e.hasAttribute("data-view")){r.preventDefault();e.setAttribute("data-held","")}},true);',
  'if(p==="intro")addEventListener("hashchange",function(){',
  'if(e.getAttribute("data-view")!==v||l.hash!=="#/area"||!f())return;',
  'v=t+"-area";f();e.setAttribute("data-view",v);var o=d.querySelector("#root h1");o&&o.focus()})}',
  '}catch(r){v=""}',
  'if(!v)e.style.visibility="hidden";',
  'var m=d.querySelector("meta[name=app-entry]");',
  'if(!m)return;',
  'var u=m.content,h=c&&m.getAttribute("data-catalog-"+c),s=0,w2=!!v&&d.visibilityState==="visible";',
  'function pre(f){var p=d.createElement("link");p.rel="modulepreload";p.href=f;d.head.appendChild(p)}',
  'function go(){if(!s){s=1;if(w2&&h)pre(h);var e=d.createElement("script");e.type="module";e.src=u;d.head.appendChild(e)}}',
  'function parsed(){if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",go);else go()}',
  'try{w2=w2&&PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0}catch(r){w2=false}',
  'if(w2){new PerformanceObserver(function(r,o){if(r.getEntriesByName("first-contentful-paint").length){o.disconnect();parsed()}}).observe({type:"paint",buffered:true});setTimeout(parsed,3000)}',
  'else{pre(u);if(h)pre(h);parsed()}',
  '})()',
].join('');

/** The CSP source that allows exactly that script. */
export const PRERENDER_GATE_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GATE).digest('base64')}'`;
