// @ts-check
/**
 * The demo inbox at /inbox: what the demo intake received, newest first, read through the authenticated API a
 * municipality uses (GET api/submissions, attachments from api/submissions/<reference>/attachments/<id>). With
 * ANTRAG_INTAKE_TOKEN set, the page asks for the token and keeps it in memory only; the server never hands
 * it out. Answers are shown as the review page shows them: by step, with the definition's labels.
 */
const list = /** @type {HTMLOListElement} */ (document.getElementById('inbox-list'));
const status = /** @type {HTMLElement} */ (document.getElementById('inbox-status'));
const tokenForm = /** @type {HTMLFormElement} */ (document.getElementById('token-form'));
const tokenInput = /** @type {HTMLInputElement} */ (document.getElementById('token'));
/** @type {string | undefined} */
let token;
/** @type {Map<string, Promise<any>>} */
const definitions = new Map();

const authorised = () => (token ? { headers: { Authorization: `Bearer ${token}` } } : {});
/** @param {any} text */
const de = (text) => (typeof text === 'string' ? text : (text?.de ?? Object.values(text ?? {})[0] ?? ''));

/** @param {string} tag @param {string} [text] */
function make(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A definition list of [term, description] pairs. @param {Array<[string, string | Node]>} rows */
function facts(rows) {
  const dl = make('dl');
  for (const [term, value] of rows) dl.append(make('dt', term), typeof value === 'string' ? make('dd', value) : withChild(value));
  return dl;
}
/** @param {Node} child @param {string} [tag] */
function withChild(child, tag = 'dd') {
  const dd = make(tag);
  dd.append(child);
  return dd;
}

/** An answer in words, as the review page shows it. @param {any} field @param {any} value @param {any[]} attachments */
function answerText(field, value, attachments) {
  const option = (/** @type {string} */ v) => de(field.options?.find((/** @type {any} */ o) => o.value === v)?.label) || v;
  if (value === true) return 'Ja';
  if (value === false) return 'Nein';
  if (field.type === 'select' || field.type === 'radio') return option(value);
  if (field.type === 'checkboxes') return value.map(option).join(', ');
  if (field.type === 'address') return `${value.strasse ?? ''} ${value.hausnummer ?? ''}, ${value.plz ?? ''} ${value.ort ?? ''}`.trim();
  if (field.type === 'location') return `${value.latitude}, ${value.longitude} (± ${value.accuracy} m)`;
  if (field.type === 'file')
    return (Array.isArray(value) ? value : [value])
      .map((ref) => attachments.find((a) => a.id === (ref?.id ?? ref))?.name ?? String(ref?.name ?? ref))
      .join(', ');
  if (field.type === 'repeat')
    return value
      .map(
        (/** @type {any} */ item, /** @type {number} */ i) =>
          `${i + 1}: ${field.fields
            .filter((/** @type {any} */ f) => item[f.id] !== undefined)
            .map((/** @type {any} */ f) => `${de(f.label)}: ${answerText(f, item[f.id], attachments)}`)
            .join('; ')}`,
      )
      .join(' · ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** @param {any} submission @param {any} definition */
function answers(submission, definition) {
  const section = document.createDocumentFragment();
  for (const step of definition?.steps ?? []) {
    const rows = step.fields
      .filter((/** @type {any} */ field) => submission.data?.[field.id] !== undefined)
      .map(
        (/** @type {any} */ field) =>
          /** @type {[string, string]} */ ([de(field.label), answerText(field, submission.data[field.id], submission.attachments ?? [])]),
      );
    if (rows.length === 0) continue;
    section.append(make('h4', de(step.title)), facts(rows));
  }
  if (!definition) section.append(facts(Object.entries(submission.data ?? {}).map(([id, value]) => [id, JSON.stringify(value)])));
  return section;
}

/** A button that downloads one attachment with the token. @param {any} submission @param {any} attachment */
function downloadButton(submission, attachment) {
  const button = make('button', `${attachment.name} herunterladen (${Math.ceil(attachment.size / 1024)} KB)`);
  button.setAttribute('type', 'button');
  button.addEventListener('click', async () => {
    const response = await fetch(`api/submissions/${submission.reference}/attachments/${attachment.id}`, authorised());
    if (!response.ok) return void (status.textContent = `Anhang nicht geladen: HTTP ${response.status}`);
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(await response.blob()),
      download: attachment.name,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  return button;
}

/** @param {any} submission */
async function render(submission) {
  const id = submission.form?.id ?? '';
  if (!definitions.has(id))
    definitions.set(
      id,
      fetch(`forms/${encodeURIComponent(id)}.json`)
        .then((r) => (r.ok ? r.json() : undefined))
        .catch(() => undefined),
    );
  const definition = await definitions.get(id);
  const item = make('li');
  item.className = 'submission';
  item.dataset.reference = submission.reference;
  item.append(
    make('h2', `${submission.reference} – ${de(definition?.title) || id}`),
    facts([
      ['Formular', id],
      ['Version', String(submission.form?.version ?? '')],
      ['Referenz', submission.reference],
      ['Eingegangen', new Date(submission.receivedAt).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'medium' })],
      ['Sprache', submission.language ?? ''],
      ['Idempotenzschlüssel', submission.submissionId],
      ['Verschlüsselt gesendet', submission.encrypted ? 'ja (JWE)' : 'nein'],
    ]),
    make('h3', 'Antworten'),
    answers(submission, definition),
  );
  const computed = Object.entries(submission.computed ?? {});
  if (computed.length > 0) {
    const label = (/** @type {string} */ key) => de(definition?.computed?.find?.((/** @type {any} */ c) => c.id === key)?.label) || key;
    item.append(make('h3', 'Berechnete Werte'), facts(computed.map(([key, value]) => [label(key), value === null ? '–' : String(value)])));
  }
  if ((submission.attachments ?? []).length > 0) {
    const files = make('ul');
    for (const attachment of submission.attachments) files.append(withChild(downloadButton(submission, attachment), 'li'));
    item.append(make('h3', 'Anhänge'), files);
  }
  return item;
}

async function load() {
  status.textContent = 'Lade …';
  const response = await fetch('api/submissions', authorised());
  if (response.status === 401) {
    tokenForm.hidden = false;
    status.textContent = token ? 'Das Token passt nicht.' : 'Zum Lesen ist das Token der Annahmestelle nötig.';
    return;
  }
  if (!response.ok) return void (status.textContent = `Der Eingang ist nicht lesbar: HTTP ${response.status}`);
  tokenForm.hidden = true;
  /** @type {any[]} */
  const submissions = await response.json();
  submissions.sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)));
  list.replaceChildren(...(await Promise.all(submissions.map(render))));
  status.textContent =
    submissions.length === 0
      ? 'Noch keine Anträge eingegangen.'
      : `${submissions.length} ${submissions.length === 1 ? 'Antrag' : 'Anträge'} eingegangen.`;
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  token = tokenInput.value.trim() || undefined;
  void load();
});
void load();
