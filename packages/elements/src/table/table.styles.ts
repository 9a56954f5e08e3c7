import { css } from 'lit';

/** The table element's own styles (the table itself is styled by the shared chart styles). */
export const tableStyles = css`
  .wrap {
    overflow-x: auto;
  }
  .data-table th[aria-sort] button.sort {
    text-decoration: underline;
  }
`;
