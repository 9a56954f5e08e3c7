import type { Locale } from '../schemas/primitives.js';
import type { GaugeMessageKey } from './messages-gauge.js';
import type { KpiMessageKey } from './messages-kpi.js';
import type { MapMessageKey } from './messages-map.js';
import type { TrendMessageKey } from './messages-trend.js';

// The catalogue: every piece of interface text of every Mittari element, in Finnish, Swedish
// and English, with identical keys. Swedish follows Finland-Swedish official usage; domain
// terms and their sources are listed in docs/guides/glossary.md. `{name}` marks a parameter.
// Keys ending in `.one` / `.other` are plural forms chosen by Intl.PluralRules.
//
// One catalogue in families (decision 0150): this file is the common family — texts that core's
// own formatters and every element need, and core's vocabulary. An element family's own texts
// live in `messages-<family>.ts` (gauge, kpi, map, trend) and reach `msg` through `addMessages`,
// so a page carries only the families of the elements it uses. `catalogue.ts` joins them all.

/**
 * The common family in Finnish: the reference whose keys Swedish and English must have. Read
 * texts through {@link msg}.
 */
export const FINNISH_MESSAGES = {
  // states
  'state.loading': 'Ladataan tietoja…',
  'state.empty': 'Ei näytettäviä tietoja.',
  'state.partial': 'Osa tiedoista puuttuu.',
  'state.no-data': 'Ei tietoa',
  'action.retry': 'Yritä uudelleen',
  // errors
  'error.network': 'Tietoja ei saatu: verkkoyhteys epäonnistui.',
  'error.http': 'Tietoja ei saatu: palvelin vastasi virheellä {status}.',
  'error.timeout': 'Tietojen haku kesti liian kauan.',
  'error.parse': 'Tiedostoa ei voitu lukea.',
  'error.schema': 'Aineisto ei ole odotetussa muodossa.',
  'error.not-found': 'Pyydettyä tietoa ei löytynyt.',
  'error.unsupported': 'Tätä tietolähdettä ei tueta.',
  'error.generic': 'Tapahtui virhe.',
  // element states shared by every element (from the elements' stop-gap table, decision 0151)
  'error.rate-limited': 'Tietolähde rajoittaa kyselyjä. Yritä hetken kuluttua uudelleen.',
  'error.too-many-cells': 'Kysely on liian suuri tietolähteelle.',
  'error.aborted': 'Lataus keskeytettiin.',
  'error.no-source': 'Tietolähdettä ”{id}” ei ole sivulla.',
  'error.no-data-input': 'Tietolähdettä ei ole annettu.',
  'error.source': 'Lähde: {what}',
  'state.partial.values': 'Osa luvuista puuttuu tai on salattuja, ennakkotietoja tai arvioita.',
  'sort.by': 'Järjestä sarakkeen {column} mukaan',
  'source.failed': 'Tietolähde ”{id}” ei toimi: {message}',
  // observation statuses
  'status.final': 'lopullinen',
  'status.provisional': 'ennakkotieto',
  'status.estimate': 'arvio',
  'status.suppressed': 'salattu',
  'status.missing': 'puuttuu',
  'status.suppressed.value': 'tieto salattu',
  'status.suppressed.explain': 'Pienet lukumäärät on salattu tietosuojan vuoksi.',
  'status.estimate.coverage': 'arvio, kattavuus {coverage}',
  // targets
  target: 'tavoite',
  'target.example': 'esimerkkitavoite',
  'target.example.note': 'Esimerkki: kukaan ei ole asettanut tätä tavoitetta.',
  'target.set-by': 'Tavoitteen asettaja: {setBy}',
  'attainment.met': 'tavoite saavutettu',
  'attainment.near': 'lähellä tavoitetta',
  'attainment.missed': 'tavoitetta ei saavutettu',
  'attainment.unknown': 'ei arvioitavissa',
  gap: 'ero tavoitteeseen',
  'gap.better': '{gap} tavoitetta parempi',
  'gap.worse': '{gap} tavoitetta heikompi',
  'gap.on-target': 'tavoitteen mukainen',
  // changes and trends
  'change.previous': 'muutos edellisestä jaksosta',
  'change.year': 'muutos vuodentakaisesta',
  'change.break': 'ei vertailukelpoinen tilastointitavan muutoksen vuoksi',
  // comparison
  rank: 'sija {rank}/{total}',
  // the comparison map's and ranking's texts are in messages-map.ts
  // table and exports
  'table.data': 'Taulukko',
  'table.show': 'Näytä taulukko',
  'table.hide': 'Piilota taulukko',
  'sort.asc': 'Lajittele nousevaan järjestykseen',
  'sort.desc': 'Lajittele laskevaan järjestykseen',
  'download.csv': 'Lataa CSV',
  'download.svg': 'Lataa SVG',
  'download.png': 'Lataa PNG',
  // source
  source: 'Lähde',
  licence: 'Lisenssi',
  updated: 'Päivitetty {date}',
  legend: 'Selite',
  synthetic: 'Keksitty esimerkkiaineisto, ei oikeita tilastoja.',
  // column and field names
  'field.period': 'ajanjakso',
  'field.value': 'arvo',
  'field.area': 'alue',
  'field.indicator': 'mittari',
  'field.status': 'tila',
  // area levels (singular)
  'level.country': 'maa',
  'level.region': 'maakunta',
  'level.sub-region': 'seutukunta',
  'level.municipality': 'kunta',
  'level.employment-area': 'työllisyysalue',
  'level.wellbeing-county': 'hyvinvointialue',
  'level.ely-centre': 'ELY-keskus',
  'level.elinvoimakeskus': 'elinvoimakeskus',
  'level.provider': 'palveluntuottaja',
  // languages: in this language, and each in itself for a language switch
  'language.fi': 'suomi',
  'language.sv': 'ruotsi',
  'language.en': 'englanti',
  'language.self': 'suomi',
  'language.choose': 'Kieli',
  // periods
  'period.q1': '1. neljännes {year}',
  'period.q2': '2. neljännes {year}',
  'period.q3': '3. neljännes {year}',
  'period.q4': '4. neljännes {year}',
  'period.quarter.short': 'Q{quarter}/{year}',
  // units: short forms for display (a no-break space keeps number and unit together), long
  // forms (with plurals) for screen readers
  'unit.percent': '{value}\u00a0%',
  'unit.percentage-points': '{value}\u00a0%-yks.',
  'unit.euro': '{value}\u00a0€',
  'unit.days': '{value}\u00a0pv',
  'unit.weeks': '{value}\u00a0vk',
  'unit.percent.one': '{value} prosentti',
  'unit.percent.other': '{value} prosenttia',
  'unit.percentage-points.one': '{value} prosenttiyksikkö',
  'unit.percentage-points.other': '{value} prosenttiyksikköä',
  'unit.euro.one': '{value} euro',
  'unit.euro.other': '{value} euroa',
  'unit.days.one': '{value} päivä',
  'unit.days.other': '{value} päivää',
  'unit.weeks.one': '{value} viikko',
  'unit.weeks.other': '{value} viikkoa',
  'unit.persons.one': '{value} henkilö',
  'unit.persons.other': '{value} henkilöä',
} as const;

/** A key of the common family: the texts `msg` always has. */
export type CommonMessageKey = keyof typeof FINNISH_MESSAGES;

/** A key of the message catalogue, of any family. */
export type MessageKey = CommonMessageKey | GaugeMessageKey | KpiMessageKey | MapMessageKey | TrendMessageKey;

/** Every interface text of one language, by key: one language of the whole catalogue. */
export type MessageCatalogue = Readonly<Record<MessageKey, string>>;

/** One family of the catalogue: the same keys in fi, sv and en. */
export type MessageFamily<K extends MessageKey = MessageKey> = Readonly<
  Record<Locale, Readonly<Record<K, string>>>
>;

const sv: Readonly<Record<CommonMessageKey, string>> = {
  'state.loading': 'Uppgifterna laddas…',
  'state.empty': 'Inga uppgifter att visa.',
  'state.partial': 'En del av uppgifterna saknas.',
  'state.no-data': 'Uppgift saknas',
  'action.retry': 'Försök igen',
  'error.network': 'Uppgifterna kunde inte hämtas: nätverksfel.',
  'error.http': 'Uppgifterna kunde inte hämtas: servern svarade med fel {status}.',
  'error.timeout': 'Det tog för lång tid att hämta uppgifterna.',
  'error.parse': 'Filen kunde inte läsas.',
  'error.schema': 'Datamaterialet har inte det väntade formatet.',
  'error.not-found': 'De begärda uppgifterna hittades inte.',
  'error.unsupported': 'Den här datakällan stöds inte.',
  'error.generic': 'Ett fel inträffade.',
  'error.rate-limited': 'Datakällan begränsar förfrågningarna. Försök igen om en stund.',
  'error.too-many-cells': 'Förfrågan är för stor för datakällan.',
  'error.aborted': 'Laddningen avbröts.',
  'error.no-source': 'Datakällan ”{id}” finns inte på sidan.',
  'error.no-data-input': 'Ingen datakälla har angetts.',
  'error.source': 'Källa: {what}',
  'state.partial.values': 'En del värden saknas eller är sekretessbelagda, preliminära eller uppskattningar.',
  'sort.by': 'Sortera efter {column}',
  'source.failed': 'Datakällan ”{id}” fungerar inte: {message}',
  'status.final': 'slutlig',
  'status.provisional': 'preliminär uppgift',
  'status.estimate': 'uppskattning',
  'status.suppressed': 'sekretessbelagd',
  'status.missing': 'saknas',
  'status.suppressed.value': 'uppgiften sekretessbelagd',
  'status.suppressed.explain': 'Små antal är sekretessbelagda av dataskyddsskäl.',
  'status.estimate.coverage': 'uppskattning, täckning {coverage}',
  target: 'mål',
  'target.example': 'exempelmål',
  'target.example.note': 'Exempel: ingen har fastställt detta mål.',
  'target.set-by': 'Målet har fastställts av: {setBy}',
  'attainment.met': 'målet har nåtts',
  'attainment.near': 'nära målet',
  'attainment.missed': 'målet har inte nåtts',
  'attainment.unknown': 'kan inte bedömas',
  gap: 'skillnad mot målet',
  'gap.better': '{gap} bättre än målet',
  'gap.worse': '{gap} sämre än målet',
  'gap.on-target': 'enligt målet',
  'change.previous': 'förändring från föregående period',
  'change.year': 'förändring från ett år tidigare',
  'change.break': 'inte jämförbar på grund av ändrad statistikföring',
  rank: 'plats {rank}/{total}',
  'table.data': 'Tabell',
  'table.show': 'Visa tabellen',
  'table.hide': 'Dölj tabellen',
  'sort.asc': 'Sortera i stigande ordning',
  'sort.desc': 'Sortera i fallande ordning',
  'download.csv': 'Ladda ner CSV',
  'download.svg': 'Ladda ner SVG',
  'download.png': 'Ladda ner PNG',
  source: 'Källa',
  licence: 'Licens',
  updated: 'Uppdaterad {date}',
  legend: 'Teckenförklaring',
  synthetic: 'Påhittat exempelmaterial, ingen verklig statistik.',
  'field.period': 'period',
  'field.value': 'värde',
  'field.area': 'område',
  'field.indicator': 'indikator',
  'field.status': 'status',
  'level.country': 'land',
  'level.region': 'landskap',
  'level.sub-region': 'ekonomisk region',
  'level.municipality': 'kommun',
  'level.employment-area': 'sysselsättningsområde',
  'level.wellbeing-county': 'välfärdsområde',
  'level.ely-centre': 'NTM-central',
  'level.elinvoimakeskus': 'livskraftscentral',
  'level.provider': 'tjänsteproducent',
  'language.fi': 'finska',
  'language.sv': 'svenska',
  'language.en': 'engelska',
  'language.self': 'svenska',
  'language.choose': 'Språk',
  'period.q1': '1:a kvartalet {year}',
  'period.q2': '2:a kvartalet {year}',
  'period.q3': '3:e kvartalet {year}',
  'period.q4': '4:e kvartalet {year}',
  'period.quarter.short': 'Q{quarter}/{year}',
  'unit.percent': '{value}\u00a0%',
  'unit.percentage-points': '{value}\u00a0procentenheter',
  'unit.euro': '{value}\u00a0€',
  'unit.days': '{value}\u00a0d',
  'unit.weeks': '{value}\u00a0v.',
  'unit.percent.one': '{value} procent',
  'unit.percent.other': '{value} procent',
  'unit.percentage-points.one': '{value} procentenhet',
  'unit.percentage-points.other': '{value} procentenheter',
  'unit.euro.one': '{value} euro',
  'unit.euro.other': '{value} euro',
  'unit.days.one': '{value} dag',
  'unit.days.other': '{value} dagar',
  'unit.weeks.one': '{value} vecka',
  'unit.weeks.other': '{value} veckor',
  'unit.persons.one': '{value} person',
  'unit.persons.other': '{value} personer',
};

const en: Readonly<Record<CommonMessageKey, string>> = {
  'state.loading': 'Loading data…',
  'state.empty': 'No data to show.',
  'state.partial': 'Some of the data is missing.',
  'state.no-data': 'No data',
  'action.retry': 'Try again',
  'error.network': 'Could not load the data: network error.',
  'error.http': 'Could not load the data: the server answered with error {status}.',
  'error.timeout': 'Loading the data took too long.',
  'error.parse': 'The file could not be read.',
  'error.schema': 'The data is not in the expected format.',
  'error.not-found': 'The requested data was not found.',
  'error.unsupported': 'This data source is not supported.',
  'error.generic': 'Something went wrong.',
  'error.rate-limited': 'The data source is limiting requests. Try again shortly.',
  'error.too-many-cells': 'The query is too large for the data source.',
  'error.aborted': 'Loading was cancelled.',
  'error.no-source': 'There is no data source “{id}” on the page.',
  'error.no-data-input': 'No data source has been given.',
  'error.source': 'Source: {what}',
  'state.partial.values': 'Some values are missing, suppressed, provisional or estimates.',
  'sort.by': 'Sort by {column}',
  'source.failed': 'Data source “{id}” failed: {message}',
  'status.final': 'final',
  'status.provisional': 'provisional',
  'status.estimate': 'estimate',
  'status.suppressed': 'suppressed',
  'status.missing': 'missing',
  'status.suppressed.value': 'value suppressed',
  'status.suppressed.explain': 'Small numbers are suppressed to protect privacy.',
  'status.estimate.coverage': 'estimate, coverage {coverage}',
  target: 'target',
  'target.example': 'example target',
  'target.example.note': 'Example: no authority has set this target.',
  'target.set-by': 'Target set by: {setBy}',
  'attainment.met': 'target met',
  'attainment.near': 'close to target',
  'attainment.missed': 'target missed',
  'attainment.unknown': 'cannot be assessed',
  gap: 'gap to target',
  'gap.better': '{gap} better than target',
  'gap.worse': '{gap} worse than target',
  'gap.on-target': 'on target',
  'change.previous': 'change from previous period',
  'change.year': 'change from a year earlier',
  'change.break': 'not comparable: the method changed',
  rank: 'rank {rank} of {total}',
  'table.data': 'Data table',
  'table.show': 'Show table',
  'table.hide': 'Hide table',
  'sort.asc': 'Sort ascending',
  'sort.desc': 'Sort descending',
  'download.csv': 'Download CSV',
  'download.svg': 'Download SVG',
  'download.png': 'Download PNG',
  source: 'Source',
  licence: 'Licence',
  updated: 'Updated {date}',
  legend: 'Legend',
  synthetic: 'Made-up example data, not real statistics.',
  'field.period': 'period',
  'field.value': 'value',
  'field.area': 'area',
  'field.indicator': 'indicator',
  'field.status': 'status',
  'level.country': 'country',
  'level.region': 'region',
  'level.sub-region': 'sub-region',
  'level.municipality': 'municipality',
  'level.employment-area': 'employment area',
  'level.wellbeing-county': 'wellbeing services county',
  'level.ely-centre': 'ELY Centre',
  'level.elinvoimakeskus': 'Economic Development Centre',
  'level.provider': 'service provider',
  'language.fi': 'Finnish',
  'language.sv': 'Swedish',
  'language.en': 'English',
  'language.self': 'English',
  'language.choose': 'Language',
  'period.q1': 'Q1 {year}',
  'period.q2': 'Q2 {year}',
  'period.q3': 'Q3 {year}',
  'period.q4': 'Q4 {year}',
  'period.quarter.short': 'Q{quarter} {year}',
  'unit.percent': '{value}%',
  'unit.percentage-points': '{value}\u00a0pp',
  'unit.euro': '€{value}',
  'unit.days': '{value}\u00a0d',
  'unit.weeks': '{value}\u00a0wk',
  'unit.percent.one': '{value} per cent',
  'unit.percent.other': '{value} per cent',
  'unit.percentage-points.one': '{value} percentage point',
  'unit.percentage-points.other': '{value} percentage points',
  'unit.euro.one': '{value} euro',
  'unit.euro.other': '{value} euros',
  'unit.days.one': '{value} day',
  'unit.days.other': '{value} days',
  'unit.weeks.one': '{value} week',
  'unit.weeks.other': '{value} weeks',
  'unit.persons.one': '{value} person',
  'unit.persons.other': '{value} persons',
};

/**
 * The common family in fi, sv and en: states, errors, statuses, targets, units, periods, level
 * names and the other texts core's formatters and every element use. {@link msg} always has it.
 */
export const COMMON_MESSAGES: MessageFamily<CommonMessageKey> = { fi: FINNISH_MESSAGES, sv, en };

// What `msg` can read: the common family and every family added since. Null-prototype objects,
// so a key can never resolve to an inherited property.
const known: Record<Locale, Record<string, string>> = {
  fi: Object.assign(Object.create(null) as Record<string, string>, FINNISH_MESSAGES),
  sv: Object.assign(Object.create(null) as Record<string, string>, sv),
  en: Object.assign(Object.create(null) as Record<string, string>, en),
};
const added = new WeakSet<object>([COMMON_MESSAGES]);

/**
 * Makes a family of the catalogue readable through {@link msg}. Each element adds the family it
 * needs when its module loads, so a bundle carries only those families; adding one twice is a
 * no-op. Core's own formatters need nothing added.
 *
 * @example
 * ```ts
 * addMessages(TREND_MESSAGES);
 * msg('trend.linear', 'sv'); // "linjär trend"
 * ```
 */
export function addMessages<K extends MessageKey>(family: MessageFamily<K>): void {
  if (added.has(family)) return;
  added.add(family);
  for (const locale of Object.keys(known) as Locale[]) Object.assign(known[locale], family[locale]);
}

/** Parameters filled into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One interface text in a language, with `{name}` placeholders filled in. Unknown locales fall
 * back to Finnish; a missing parameter leaves its placeholder visible rather than throwing. A key
 * of a family that was never added with {@link addMessages} comes back as the key itself.
 *
 * @example
 * ```ts
 * msg('rank', 'sv', { rank: 3, total: 45 }); // "plats 3/45"
 * msg('error.http', 'en', { status: 404 });  // "Could not load the data: the server answered with error 404."
 * ```
 */
export function msg(key: MessageKey, locale: Locale, params?: MessageParams): string {
  const text = (known[locale] ?? known.fi)[key] ?? known.fi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * Whether {@link msg} has a text for a string (for keys built from attributes or data): a key of
 * the common family or of a family added with {@link addMessages}.
 *
 * @example
 * ```ts
 * isMessageKey('table.show'); // true
 * ```
 */
export function isMessageKey(key: string): key is MessageKey {
  return key in known.fi;
}
