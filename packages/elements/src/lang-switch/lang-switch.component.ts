import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LOCALES, type Locale } from '@mittari/core';
import { MittariElement } from '../internal/base-element.js';
import { emit } from '../internal/emit.js';
import { toLocale } from '../internal/locale.js';
import { text } from '../internal/text.js';
import { langSwitchStyles } from './lang-switch.styles.js';
import { tokenStyles } from '../internal/tokens.js';
import { stateStyles } from '../internal/states.styles.js';

/** Each language's name in itself, so a reader finds their own whatever language is on. */
const AUTONYMS: Readonly<Record<Locale, string>> = { fi: 'suomi', sv: 'svenska', en: 'English' };

/**
 * Language buttons for a page or a container.
 *
 * @tagname mittari-lang-switch
 * @summary fi / sv / en buttons that set `lang` on a target container (default: the page), so
 * every Mittari element inside switches language live; a bilingual CMS page needs no script.
 *
 * @csspart group - The button group.
 * @csspart button - Each language button (`aria-pressed` on the current one).
 *
 * @cssprop --mittari-color-accent - The current language's button.
 *
 * @fires mittari-lang-change - When a user picks a language; detail: `{ lang }`.
 */
export class MittariLangSwitch extends MittariElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, langSwitchStyles];

  /** A CSS selector of the container whose `lang` is set; default: the whole page (`<html>`). */
  @property({ reflect: true }) target: string | undefined = undefined;

  #target(): Element | null {
    if (!this.target) return document.documentElement;
    try {
      return document.querySelector(this.target);
    } catch {
      return null; // an invalid selector switches nothing rather than throwing into the page
    }
  }

  /** The language the target speaks now. */
  get current(): Locale {
    const t = this.#target();
    return (t && toLocale(t.getAttribute('lang'))) ?? this.locale;
  }

  /** Sets the target's language. */
  select(lang: Locale): void {
    const t = this.#target();
    if (!t) return;
    t.setAttribute('lang', lang);
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const current = this.current;
    return html`<div class="group" part="group" role="group" aria-label=${text('lang.switch', current)}>
      ${LOCALES.map(
        (l) =>
          html`<button
            type="button"
            part="button"
            lang=${l}
            aria-pressed=${l === current ? 'true' : 'false'}
            @click=${() => {
              this.select(l);
              emit(this, 'mittari-lang-change', { lang: l });
            }}
          >
            ${AUTONYMS[l]}
          </button>`,
      )}
    </div>`;
  }
}
