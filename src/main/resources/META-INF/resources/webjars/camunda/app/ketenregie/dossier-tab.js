/*
 * Tasklist tab "Dossier" beside every task (plugin point tasklist.task.detail): a short summary of the
 * case the task works on, from our API with the user's own session (GET /api/taken/{taakId}/dossier), and
 * a link to the dossier page. The API answers 404 for a dossier outside the user's scope; the tab then
 * says so and shows nothing of the case. See docs/translations.md.
 */

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'});

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

function date(iso) {
  return DUTCH_DATE.format(new Date(iso));
}

function summaryOf(dossier) {
  const facts = element('dl', {class: 'kr-dossier-facts'});
  [['Dossiernummer', dossier.dossiernummer], ['Kandidaat', dossier.naam], ['Fase', dossier.faseNaam],
    ['School', dossier.school || 'nog geen school'], ['Regio', dossier.regio]].forEach(([term, value]) => {
    facts.append(element('dt', {}, term), element('dd', {}, value || ''));
  });

  const deadlines = element('ul', {class: 'kr-dossier-deadlines'});
  dossier.openTermijnen.forEach(deadline => {
    deadlines.append(element('li', {}, `${deadline.taak}: uiterlijk ${date(deadline.termijn)}`
      + (deadline.verlopen ? ' (termijn verlopen)' : '')));
  });
  if (!dossier.openTermijnen.length) {
    deadlines.append(element('li', {}, 'Geen open termijnen.'));
  }

  const notes = element('ul', {class: 'kr-dossier-notes'});
  dossier.laatsteNotities.forEach(note => {
    notes.append(element('li', {}, `${date(note.op)}, ${note.door || 'onbekend'}: ${note.tekst}`));
  });
  if (!dossier.laatsteNotities.length) {
    notes.append(element('li', {}, 'Nog geen notities.'));
  }

  return element('section', {class: 'kr-dossier', 'aria-label': `Dossier ${dossier.dossiernummer}`},
    facts,
    element('h4', {}, 'Open termijnen'), deadlines,
    element('h4', {}, 'Laatste notities'), notes,
    element('p', {}, element('a', {href: dossier.pagina, class: 'kr-dossier-link'},
      `Dossier ${dossier.dossiernummer} openen`)));
}

async function render(node, taskId) {
  node.replaceChildren(element('p', {role: 'status'}, 'Dossier laden…'));
  try {
    const response = await fetch(`/api/taken/${encodeURIComponent(taskId)}/dossier`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (response.status === 404 || response.status === 403) {
      node.replaceChildren(element('p', {role: 'status'}, 'Je hebt geen inzage in het dossier van deze taak.'));
      return;
    }
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    node.replaceChildren(summaryOf(await response.json()));
  } catch (error) {
    console.error('Ketenregie: dossier not loaded', error);
    node.replaceChildren(element('p', {role: 'alert'}, 'Het dossier kon niet worden geladen. Probeer het later opnieuw.'));
  }
}

export default {
  id: 'ketenregie-dossier',
  pluginPoint: 'tasklist.task.detail',
  // After the form (1000) and before the history (800): the form stays the tab a task opens with.
  priority: 900,
  render: (node, {taskId}) => {
    render(node, taskId);
  },
  properties: {
    label: 'Dossier'
  }
};
