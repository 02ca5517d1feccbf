import appUpdateEn from '../i18n/en/app-update.json' with { type: 'json' };
import appUpdateEs from '../i18n/es/app-update.json' with { type: 'json' };

/**
 * The notice that a newer version is ready, with "Update now" and "Later" (GOV.UK notification
 * banner). Plain DOM above the app's root rather than a React component: the app's entry chunk
 * has no bytes to spare for it (decision 0025), and the notice belongs to no page. Its words are
 * a file of their own per language, fetched with this code, for the same reason; the words follow
 * `<html lang>`, which the app sets on every language switch.
 */
export function showUpdateNotice(onUpdate: () => void): void {
  // The live region is in the page before its words, so a screen reader announces them.
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  // Not on paper: a printed summary is about the answers, not the app's version.
  region.className = 'width-container no-print';
  document.body.prepend(region);

  const box = document.createElement('div');
  box.className = 'notification';
  const text = document.createElement('p');
  const buttons = document.createElement('div');
  buttons.className = 'button-group';
  const update = button('button');
  const later = button('button button--secondary');
  buttons.append(update, later);
  box.append(text, buttons);

  const fill = () => {
    const words = document.documentElement.lang === 'es' ? appUpdateEs : appUpdateEn;
    text.textContent = words.ready;
    update.textContent = words.updateNow;
    later.textContent = words.later;
  };
  const language = new MutationObserver(fill);
  language.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  update.addEventListener('click', () => {
    update.disabled = true;
    onUpdate();
  });
  later.addEventListener('click', () => {
    language.disconnect();
    region.remove();
  });
  fill();
  // Filled a frame after the empty region went in, so it is a change the screen reader reports.
  requestAnimationFrame(() => region.append(box));
}

function button(className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  return element;
}
