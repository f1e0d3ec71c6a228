interface ImportMetaEnv {
  /** True only in the dev server: drafts are shown there and never in a build (src/integrations/content-check.ts). */
  readonly KB_SHOW_DRAFTS: boolean;
}
