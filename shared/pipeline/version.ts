/** The import pipeline's version, stored in every split map: a newer one offers a re-run. */
export const PIPELINE_VERSION = 'import-3';
