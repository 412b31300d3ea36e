// Picks form, theme and language from the query string: /?form=hundesteuer-anmeldung&theme=musterstadt&lang=de
const FORMS = {
  'hundesteuer-anmeldung': { title: 'Hundesteuer anmelden', theme: 'musterstadt' },
  'verbrennung-pflanzlicher-abfaelle': { title: 'Verbrennung pflanzlicher Abfälle anzeigen', theme: 'beispielhausen' },
  'sperrmuell-abholung': { title: 'Sperrmüllabholung beantragen', theme: 'beispielhausen' },
  'parkausweis-behinderung': { title: 'Parkausweis für Menschen mit Behinderung', theme: 'musterland' },
  maengelmelder: { title: 'Mangel melden', theme: 'musterstadt', languages: ['de', 'en', 'tr', 'uk', 'ar'] },
};
const LANGUAGES = { de: 'Deutsch', en: 'English', tr: 'Türkçe', uk: 'Українська', ar: 'العربية' };

const params = new URLSearchParams(location.search);
const form = Object.hasOwn(FORMS, params.get('form') ?? '') ? params.get('form') : 'hundesteuer-anmeldung';
const lang = (FORMS[form].languages ?? ['de', 'en']).includes(params.get('lang') ?? '') ? params.get('lang') : 'de';
const theme = params.get('theme') ?? FORMS[form].theme;

document.documentElement.lang = lang;
document.title = `${FORMS[form].title} – Antrag Demo`;
const assistant = document.getElementById('assistant');
assistant.setAttribute('theme', theme);
assistant.setAttribute('lang', lang);
assistant.setAttribute('src', `/forms/${form}.json`);

const list = document.getElementById('demo-forms');
for (const [id, info] of Object.entries(FORMS)) {
  for (const code of info.languages ?? ['de', 'en']) {
    const name = LANGUAGES[code];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/?form=${id}&theme=${info.theme}&lang=${code}`;
    link.textContent = `${info.title} (${name})`;
    link.lang = code;
    if (id === form && code === lang) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
}
