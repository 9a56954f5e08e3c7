/**
 * The notices every map drawn from this package must show (CC BY 4.0 asks for attribution).
 * The same text is in each asset's `metadata.attribution`.
 */
export const ATTRIBUTION = {
  boundaries: '© Maanmittauslaitos / National Land Survey of Finland, CC BY 4.0',
  classification: 'Statistics Finland, CC BY 4.0',
  text: '© Maanmittauslaitos / National Land Survey of Finland, CC BY 4.0; classifications Statistics Finland, CC BY 4.0',
} as const;
