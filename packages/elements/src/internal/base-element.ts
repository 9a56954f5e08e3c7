import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@mittari/core';
import { LangController } from './lang-controller.js';
import { tokenStyles } from './tokens.js';
import { stateStyles } from './states.styles.js';

/** The colour scheme an element is asked to use; `auto` (the default) follows the reader's system. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every Mittari element: design tokens and state styles, the `theme` attribute,
 * and the language (`lang`, else the nearest ancestor's, else the document's; live).
 */
export class MittariElement extends LitElement {
  /** Shared tokens and state styles every Mittari element starts from. */
  static override styles = [tokenStyles, stateStyles];

  /** `light`, `dark` or `auto` (follow `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'auto';

  protected readonly langController = new LangController(this);

  /** The language the element speaks now: `fi`, `sv` or `en`. */
  get locale(): Locale {
    return this.langController.locale;
  }
}
