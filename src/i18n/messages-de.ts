/**
 * UI messages in German, the source language. Keys are flat; i18next plural forms use `_one`/`_other`.
 * Every other locale must have exactly these keys (checked by the compiler and by a test).
 */
export const de = {
  progress: 'Schritt {{current}} von {{total}}',
  optional: '(optional)',
  choose: 'Bitte auswählen',
  next: 'Weiter',
  back: 'Zurück',
  backToReview: 'Weiter zur Zusammenfassung',
  submit: 'Absenden',
  change: 'Ändern',
  retry: 'Erneut senden',
  'date.day': 'Tag',
  'date.month': 'Monat',
  'date.year': 'Jahr',
  'review.title': 'Bitte prüfen Sie Ihre Angaben',
  'review.intro': 'Sie können jede Angabe noch ändern, bevor Sie den Antrag absenden.',
  'review.notAnswered': 'Keine Angabe',
  'review.yes': 'Ja',
  'review.no': 'Nein',
  'errorSummary.title': 'Es gibt ein Problem',
  errorPrefix: 'Fehler:',
  sending: 'Ihr Antrag wird gesendet …',
  'failed.title': 'Ihr Antrag wurde noch nicht gesendet',
  'failed.network':
    'Die Verbindung zum Server ist fehlgeschlagen. Ihre Angaben sind nicht verloren. Bitte prüfen Sie Ihre Internetverbindung und senden Sie den Antrag erneut.',
  'failed.server':
    'Der Server kann den Antrag gerade nicht annehmen (Fehler {{status}}). Ihre Angaben sind nicht verloren. Bitte senden Sie den Antrag in einigen Minuten erneut.',
  'failed.rejected':
    'Der Server hat den Antrag nicht angenommen (Fehler {{status}}). Ihre Angaben sind nicht verloren. Wenn das wieder passiert, wenden Sie sich bitte an die Verwaltung.',
  'confirmation.title': 'Ihr Antrag ist eingegangen',
  'confirmation.reference': 'Ihr Aktenzeichen: {{reference}}',
  'confirmation.keep': 'Bitte notieren Sie das Aktenzeichen. Sie brauchen es, wenn Sie Fragen zu Ihrem Antrag haben.',
  loading: 'Das Formular wird geladen …',
  'broken.title': 'Dieses Formular kann gerade nicht angezeigt werden',
  'broken.text': 'Bitte versuchen Sie es später erneut oder wenden Sie sich an die Verwaltung.',
  'broken.details_one': 'Für die Entwicklung: {{count}} Problem in der Formulardefinition',
  'broken.details_other': 'Für die Entwicklung: {{count}} Probleme in der Formulardefinition',
  'issue.required.input': 'Bitte geben Sie „{{label}}“ an.',
  'issue.required.choice': 'Bitte wählen Sie bei „{{label}}“ eine Antwort aus.',
  'issue.required.checkbox': 'Bitte bestätigen Sie: {{label}}',
  'issue.type': 'Die Angabe bei „{{label}}“ hat ein ungültiges Format.',
  'issue.minLength': '„{{label}}“ muss mindestens {{min}} Zeichen lang sein.',
  'issue.maxLength': '„{{label}}“ darf höchstens {{max}} Zeichen lang sein.',
  'issue.pattern': 'Die Angabe bei „{{label}}“ hat nicht das erwartete Format.',
  'issue.email': 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.',
  'issue.tel': 'Bitte geben Sie eine Telefonnummer nur mit Ziffern an, zum Beispiel 0171 2345678.',
  'issue.number': '„{{label}}“ muss eine Zahl sein, zum Beispiel 2,5.',
  'issue.min': '„{{label}}“ muss mindestens {{min}} sein.',
  'issue.max': '„{{label}}“ darf höchstens {{max}} sein.',
  'issue.step': '„{{label}}“ muss in Schritten von {{step}} angegeben werden.',
  'issue.date': 'Bitte geben Sie bei „{{label}}“ ein gültiges Datum an.',
  'issue.minDate': '„{{label}}“ darf nicht vor dem {{min}} liegen.',
  'issue.maxDate': '„{{label}}“ darf nicht nach dem {{max}} liegen.',
  'issue.time': 'Bitte geben Sie bei „{{label}}“ eine Uhrzeit im Format 14:30 an.',
  'issue.minTime': '„{{label}}“ darf nicht vor {{min}} Uhr liegen.',
  'issue.maxTime': '„{{label}}“ darf nicht nach {{max}} Uhr liegen.',
  'issue.rule': 'Bitte prüfen Sie Ihre Angaben bei „{{label}}“.',
  'issue.hidden': '„{{label}}“ wird bei Ihren Angaben nicht gefragt.',
  'issue.option': 'Bitte wählen Sie bei „{{label}}“ eine der angebotenen Antworten.',
  'issue.minSelected_one': 'Bitte wählen Sie bei „{{label}}“ mindestens eine Antwort aus.',
  'issue.minSelected_other': 'Bitte wählen Sie bei „{{label}}“ mindestens {{count}} Antworten aus.',
  'issue.maxSelected_one': 'Bitte wählen Sie bei „{{label}}“ höchstens eine Antwort aus.',
  'issue.maxSelected_other': 'Bitte wählen Sie bei „{{label}}“ höchstens {{count}} Antworten aus.',
} as const;

/** A UI message key. */
export type MessageKey = keyof typeof de extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

/** A complete set of UI messages in one language. */
export type Messages = Record<keyof typeof de, string>;
