import { css } from 'lit';

/** Styles of the loading / error / empty / partial states, shared by every element. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  .state-error {
    border-style: solid;
    border-color: var(--_color-error);
    border-left-width: 4px;
    flex-direction: column;
    align-items: flex-start;
  }
  .state-error .state-message {
    color: var(--_color-error);
    font-weight: 600;
    margin: 0;
  }
  .state-what {
    margin: 0;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
  .state-partial {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--_color-border);
    border-top-color: var(--_color-accent);
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: mittari-spin 1s linear infinite;
    }
  }
  @keyframes mittari-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
