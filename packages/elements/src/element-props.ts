// The props of each Mittari tag in JSX (React 19) and Vue templates; `react.d.ts` and
// `vue.d.ts` add them to those frameworks' element tables.
import type { MittariGauge } from './gauge/gauge.component.js';
import type { MittariKpi } from './kpi/kpi.component.js';
import type { MittariTable } from './table/table.component.js';
import type { MittariSource } from './source/source.component.js';
import type { MittariLangSwitch } from './lang-switch/lang-switch.component.js';
import type { MittariLangChangeDetail, MittariSelectDetail } from './internal/events.js';

/** Attributes every data-driven element accepts in markup. */
export interface MittariDataAttributes {
  src?: string;
  source?: string;
  indicator?: string;
  area?: string;
  period?: string;
  compare?: string;
  group?: string;
  lang?: string;
  label?: string;
  theme?: 'light' | 'dark' | 'auto';
  'no-export'?: boolean;
  /** Typed data (a core `Dataset`, a `mittari/1` document or the element's own object). */
  data?: unknown;
  class?: string;
  className?: string;
  id?: string;
  style?: unknown;
  slot?: string;
  children?: unknown;
  /** React 19: `mittari-select`, fired when a user picks a mark. */
  onMittariSelect?: (event: CustomEvent<MittariSelectDetail>) => void;
  /** Preact and other JSX runtimes that map `on<event-name>` literally. */
  'onmittari-select'?: (event: CustomEvent<MittariSelectDetail>) => void;
}

/** Props of each Mittari tag, for JSX and Vue. */
export interface MittariElementProps {
  'mittari-gauge': MittariDataAttributes & { variant?: MittariGauge['variant']; 'no-previous'?: boolean };
  'mittari-kpi': MittariDataAttributes & { periods?: MittariKpi['periods'] | string };
  'mittari-table': MittariDataAttributes & Partial<Pick<MittariTable, never>>;
  'mittari-source': {
    id?: string;
    format?: MittariSource['format'];
    url?: string;
    api?: string;
    'base-url'?: string;
    table?: string;
    children?: unknown;
  };
  'mittari-lang-switch': {
    target?: MittariLangSwitch['target'];
    lang?: string;
    theme?: 'light' | 'dark' | 'auto';
    /** `mittari-lang-change`, fired when a user picks a language. */
    'onmittari-lang-change'?: (event: CustomEvent<MittariLangChangeDetail>) => void;
  };
}
