// Demo only: shows the events the embed re-emits on the container.
const container = document.getElementById('questionnaire');
const log = document.getElementById('log');
for (const type of ['ready', 'started', 'progress', 'completed', 'summary']) {
  container.addEventListener(`calf-ankle-prep:${type}`, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${JSON.stringify(event.detail).slice(0, 200)}`;
    log.prepend(item);
  });
}
