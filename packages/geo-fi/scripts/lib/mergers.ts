/**
 * Municipal mergers inside the classification's years 2013–2026.
 *
 * The classification key lists each year's municipalities but not where a vanished one went, so
 * the absorbing municipality is written here by hand from Statistics Finland's list of municipal
 * mergers (kuntaliitokset, in force on 1 January of `year`). The build checks every row against
 * the key: the code must vanish exactly in `year`, the successor must exist before and after
 * with the name given, so a typo here fails the build rather than shipping a wrong mapping.
 */
export interface MergerRow {
  readonly year: number;
  readonly code: string;
  readonly name: string;
  readonly into: string;
  readonly intoName: string;
}

export const MERGERS: readonly MergerRow[] = [
  { year: 2015, code: '413', name: 'Lavia', into: '609', intoName: 'Pori' },
  { year: 2015, code: '476', name: 'Maaninka', into: '297', intoName: 'Kuopio' },
  { year: 2015, code: '838', name: 'Tarvasjoki', into: '423', intoName: 'Lieto' },
  { year: 2016, code: '164', name: 'Jalasjärvi', into: '301', intoName: 'Kurikka' },
  { year: 2016, code: '283', name: 'Hämeenkoski', into: '098', intoName: 'Hollola' },
  { year: 2016, code: '319', name: 'Köyliö', into: '783', intoName: 'Säkylä' },
  { year: 2016, code: '532', name: 'Nastola', into: '398', intoName: 'Lahti' },
  { year: 2017, code: '174', name: 'Juankoski', into: '297', intoName: 'Kuopio' },
  { year: 2017, code: '442', name: 'Luvia', into: '051', intoName: 'Eurajoki' },
  { year: 2020, code: '911', name: 'Valtimo', into: '541', intoName: 'Nurmes' },
  { year: 2021, code: '099', name: 'Honkajoki', into: '214', intoName: 'Kankaanpää' },
  { year: 2025, code: '588', name: 'Pertunmaa', into: '507', intoName: 'Mäntyharju' },
];
