/*
 * Ketenregie additions to the Camunda 7 webapps (Tasklist, Cockpit, Admin, Welcome), loaded through
 * customScripts in each app's scripts/config.js before the app starts. See docs/translations.md.
 *
 * - The page language follows the language the app picks (Dutch unless the browser asks for English).
 * - The Camunda 7 end-of-life banner is shown to operators (users with access to Admin) only
 *   (docs/adr/0009-camunda-7-end-of-life-banner.md).
 * - Tasklist shows "Taak aanmaken" and "Proces starten" only to users who may do that.
 * - Tasklist: the texts form-js does not let us configure (validation messages, select placeholder,
 *   date picker) in Dutch.
 */

const appRoot = document.querySelector('base').getAttribute('app-root');
const appName = document.querySelector('base').getAttribute('app-name');
const engineApi = `${appRoot}/api/engine/engine/default`;

// The webapps use the browser's first language when it is available, otherwise the fallback (nl).
const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();
const dutch = browserLanguage !== 'en';
document.documentElement.lang = dutch ? 'nl' : 'en';

// Hidden until the user is known to be allowed: no flash of actions or banner for anybody else.
// !important: the header's own rules for its list items are more specific.
const style = document.createElement('style');
style.textContent = `
  html:not(.kr-operator) .ce-eol-banner { display: none !important; }
  html:not(.kr-may-create-task) .create-task-action { display: none !important; }
  html:not(.kr-may-start-process) .start-process-action { display: none !important; }
`;
document.head.appendChild(style);

async function getJson(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

function allowIf(className, allowed) {
  document.documentElement.classList.toggle(className, allowed);
}

async function applyPermissions() {
  const user = await getJson(`${appRoot}/api/admin/auth/user/default`);
  allowIf('kr-operator', user.authorizedApps.includes('admin'));
  if (appName !== 'tasklist') {
    return;
  }
  // Creating a task needs CREATE on the task resource (7 = Resources.TASK).
  const createTask = await getJson(`${engineApi}/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7`);
  allowIf('kr-may-create-task', createTask.authorized);
  // The same query Tasklist's start dialog lists its processes with.
  const startable = await getJson(`${engineApi}/process-definition/count?latestVersion=true&active=true`
    + '&startableInTasklist=true&startablePermissionCheck=true');
  allowIf('kr-may-start-process', startable.count > 0);
}

applyPermissions().catch(error => console.error('Ketenregie: permissions not applied', error));

// form-js (bundled in Tasklist) has no translation API: its messages are fixed English strings.
const formJsTexts = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must match pattern (.*)\.$/, p => `Dit veld moet voldoen aan het patroon ${p}.`],
  [/^Field must have minimum value of (.*)\.$/, n => `De waarde moet minimaal ${n} zijn.`],
  [/^Field must have maximum value of (.*)\.$/, n => `De waarde mag maximaal ${n} zijn.`],
  [/^Field must have minimum length of (.*)\.$/, n => `Vul minimaal ${n} tekens in.`],
  [/^Field must have maximum length of (.*)\.$/, n => `Vul maximaal ${n} tekens in.`],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid {2}international phone number\. \(e\.g\. \+4930664040900\)$/,
    () => 'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31301234567).'],
  [/^Value is not a number\.$/, () => 'Vul een getal in.'],
  [/^Value is expected to be an integer\.$/, () => 'Vul een geheel getal in.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Vul een getal in met hoogstens ${n} decimalen.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (a, b) => `Kies een geldige waarde; de twee dichtstbijzijnde geldige waarden zijn ${a} en ${b}.`],
  [/^Select$/, () => 'Maak een keuze'],
  [/^Search$/, () => 'Zoeken'],
  [/^yyyy$/, () => 'jjjj']
];

function dutchFormJsText(text) {
  for (const [english, toDutch] of formJsTexts) {
    const match = english.exec(text);
    if (match) {
      return toDutch(...match.slice(1));
    }
  }
  return text;
}

// Only the nodes form-js renders these texts into: error lists, select placeholders, input placeholders.
function translateFormJs(root) {
  // Change the text nodes in place: form-js (Preact) keeps updating the nodes it created.
  root.querySelectorAll('.fjs-form-field-error li, .fjs-select-display.fjs-select-placeholder').forEach(node => {
    node.childNodes.forEach(child => {
      if (child.nodeType === Node.TEXT_NODE) {
        const translated = dutchFormJsText(child.data);
        if (translated !== child.data) {
          child.data = translated;
        }
      }
    });
  });
  root.querySelectorAll('.fjs-container input[placeholder]').forEach(input => {
    const placeholder = input.getAttribute('placeholder');
    const translated = placeholder.replace(/[A-Za-z]+/g, word => dutchFormJsText(word));
    if (translated !== placeholder) {
      input.setAttribute('placeholder', translated);
    }
  });
}

const flatpickrDutch = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll om te verhogen of te verlagen',
  toggleTitle: 'Klik om te wisselen',
  time_24hr: true,
  ordinal: () => 'e'
};

if (appName === 'tasklist' && dutch) {
  // The date picker of form-js uses flatpickr's default locale, which flatpickr exposes globally.
  if (window.flatpickr) {
    window.flatpickr.localize(flatpickrDutch);
  }
  new MutationObserver(() => translateFormJs(document.body))
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
