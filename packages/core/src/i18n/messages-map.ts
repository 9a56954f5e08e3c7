import type { MessageFamily } from './messages.js';

// The comparison map's and the ranking's own texts: their names, keyboard help, legends, the
// area search, comparison summaries and the plural level names of the level switch.
// `<mittari-map>` and `<mittari-ranking>` add them with `addMessages`.

const fi = {
  'reference.area': 'vertailualue',
  'area.mainland': 'Manner-Suomi',
  'area.whole-country': 'koko maa',
  'find-area': 'Etsi alue',
  'rank.none': 'ei sijaa',
  'difference.reference': 'ero: {reference} {difference}',
  'find-area.found': 'Valittu {area}.',
  'find-area.none': 'Aluetta ”{query}” ei löytynyt.',
  'area.outside-division': 'Ahvenanmaa ei kuulu tähän aluejakoon.',
  'area.value-from-code': 'tieto kuntakoodilta {code}',
  'comparison.summary':
    '{indicator} {period}, {count} aluetta. Paras {best} ({bestValue}), heikoin {worst} ({worstValue}).',
  'comparison.summary.neutral':
    '{indicator} {period}, {count} aluetta. Suurin {best} ({bestValue}), pienin {worst} ({worstValue}).',
  'comparison.no-value.one': '{n} alueelta ei ole arvoa.',
  'comparison.no-value.other': '{n} alueelta ei ole arvoa.',
  'map.name': '{indicator}, {level}, {period}',
  'map.keys':
    'Nuolinäppäimet: naapurialue. Home ja End: paras ja heikoin. PageUp ja PageDown: seuraava sija. Enter: valitse.',
  'ranking.name': '{indicator}, {level}, {period}: järjestys',
  'ranking.keys':
    'Nuolinäppäimet: edellinen ja seuraava sija. Home ja End: paras ja heikoin. PageUp ja PageDown: 10 sijaa kerrallaan. Enter: valitse.',
  'legend.suppressed': 'Salattu (pieni lukumäärä)',
  'legend.better': 'parempi',
  'legend.centre.target': 'keskellä tavoite {value}',
  'legend.centre.reference': 'keskellä {area} {value}',
  'legend.range': '{from} – {to}',
  'legend.own-area': 'Oma alue: {area}',
  'field.rank': 'sija',
  'field.difference': 'ero: {reference}',
  'field.attainment': 'tavoitteen toteutuminen',
  'levels.country': 'koko maa',
  'levels.region': 'maakunnat',
  'levels.sub-region': 'seutukunnat',
  'levels.municipality': 'kunnat',
  'levels.employment-area': 'työllisyysalueet',
  'levels.wellbeing-county': 'hyvinvointialueet',
  'levels.ely-centre': 'ELY-keskukset',
  'levels.elinvoimakeskus': 'elinvoimakeskukset',
  'levels.provider': 'palveluntuottajat',
  'levels.choose': 'Aluetaso',
  // linked selection (elements decision 0600): announced when `group` re-targets other elements
  'linked.area': 'Linkitetyt kaaviot näyttävät nyt: {area}.',
} as const;

/** A key of the comparison map's and ranking's message family. */
export type MapMessageKey = keyof typeof fi;

/**
 * The comparison map's and ranking's texts in fi / sv / en. Register them with
 * {@link addMessages} before reading them with {@link msg}.
 *
 * @example
 * ```ts
 * addMessages(MAP_MESSAGES);
 * msg('levels.region', 'sv'); // "landskap"
 * ```
 */
export const MAP_MESSAGES: MessageFamily<MapMessageKey> = {
  fi,
  sv: {
    'reference.area': 'jämförelseområde',
    'area.mainland': 'Fastlandsfinland',
    'area.whole-country': 'hela landet',
    'find-area': 'Sök område',
    'rank.none': 'ingen placering',
    'difference.reference': 'skillnad mot {reference}: {difference}',
    'find-area.found': 'Vald {area}.',
    'find-area.none': 'Området ”{query}” hittades inte.',
    'area.outside-division': 'Åland ingår inte i denna indelning.',
    'area.value-from-code': 'uppgift från kommunkod {code}',
    'comparison.summary':
      '{indicator} {period}, {count} områden. Bäst {best} ({bestValue}), svagast {worst} ({worstValue}).',
    'comparison.summary.neutral':
      '{indicator} {period}, {count} områden. Störst {best} ({bestValue}), minst {worst} ({worstValue}).',
    'comparison.no-value.one': '{n} område saknar värde.',
    'comparison.no-value.other': '{n} områden saknar värde.',
    'map.name': '{indicator}, {level}, {period}',
    'map.keys':
      'Piltangenter: grannområde. Home och End: bäst och svagast. PageUp och PageDown: nästa placering. Enter: välj.',
    'ranking.name': '{indicator}, {level}, {period}: rangordning',
    'ranking.keys':
      'Piltangenter: föregående och nästa placering. Home och End: bäst och svagast. PageUp och PageDown: 10 placeringar åt gången. Enter: välj.',
    'legend.suppressed': 'Sekretessbelagd (litet antal)',
    'legend.better': 'bättre',
    'legend.centre.target': 'mitten är målet {value}',
    'legend.centre.reference': 'mitten är {area} {value}',
    'legend.range': '{from} – {to}',
    'legend.own-area': 'Eget område: {area}',
    'field.rank': 'placering',
    'field.difference': 'skillnad mot {reference}',
    'field.attainment': 'måluppfyllelse',
    'levels.country': 'hela landet',
    'levels.region': 'landskap',
    'levels.sub-region': 'ekonomiska regioner',
    'levels.municipality': 'kommuner',
    'levels.employment-area': 'sysselsättningsområden',
    'levels.wellbeing-county': 'välfärdsområden',
    'levels.ely-centre': 'NTM-centraler',
    'levels.elinvoimakeskus': 'livskraftscentraler',
    'levels.provider': 'tjänsteproducenter',
    'levels.choose': 'Områdesnivå',
    'linked.area': 'Länkade diagram visar nu: {area}.',
  },
  en: {
    'reference.area': 'reference area',
    'area.mainland': 'Mainland Finland',
    'area.whole-country': 'whole country',
    'find-area': 'Find area',
    'rank.none': 'not ranked',
    'difference.reference': 'difference from {reference}: {difference}',
    'find-area.found': 'Showing {area}.',
    'find-area.none': 'No area matches “{query}”.',
    'area.outside-division': 'Åland is not part of this division.',
    'area.value-from-code': 'value from municipality code {code}',
    'comparison.summary':
      '{indicator} {period}, {count} areas. Best {best} ({bestValue}), weakest {worst} ({worstValue}).',
    'comparison.summary.neutral':
      '{indicator} {period}, {count} areas. Highest {best} ({bestValue}), lowest {worst} ({worstValue}).',
    'comparison.no-value.one': '{n} area has no value.',
    'comparison.no-value.other': '{n} areas have no value.',
    'map.name': '{indicator}, {level}, {period}',
    'map.keys':
      'Arrow keys: neighbouring area. Home and End: best and weakest. PageUp and PageDown: next rank. Enter: select.',
    'ranking.name': '{indicator}, {level}, {period}: ranking',
    'ranking.keys':
      'Arrow keys: previous and next rank. Home and End: best and weakest. PageUp and PageDown: 10 ranks at a time. Enter: select.',
    'legend.suppressed': 'Suppressed (small count)',
    'legend.better': 'better',
    'legend.centre.target': 'centred on the target {value}',
    'legend.centre.reference': 'centred on {area} {value}',
    'legend.range': '{from} – {to}',
    'legend.own-area': 'Your area: {area}',
    'field.rank': 'rank',
    'field.difference': 'difference from {reference}',
    'field.attainment': 'target status',
    'levels.country': 'whole country',
    'levels.region': 'regions',
    'levels.sub-region': 'sub-regions',
    'levels.municipality': 'municipalities',
    'levels.employment-area': 'employment areas',
    'levels.wellbeing-county': 'wellbeing services counties',
    'levels.ely-centre': 'ELY Centres',
    'levels.elinvoimakeskus': 'Economic Development Centres',
    'levels.provider': 'service providers',
    'levels.choose': 'Area level',
    'linked.area': 'Linked charts now show: {area}.',
  },
};
