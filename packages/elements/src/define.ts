// Registers every Mittari element: the entry of the self-registering CMS bundle
// (`<script type="module" src=".../mittari.js">`) and of `@mittari/elements/define.js`.
// Each registration module checks `customElements.get` first, so loading twice is harmless.
import './source/source.js';
import './lang-switch/lang-switch.js';
import './gauge/gauge.js';
import './kpi/kpi.js';
import './table/table.js';
import './trend/trend.js';
import './map/map.js';
import './ranking/ranking.js';
