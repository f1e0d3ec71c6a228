// CSS in src/styles and in the <style> blocks of .astro files: logical properties (the site is
// read left to right and could be read right to left), no id selectors.
export default {
  extends: ['stylelint-config-standard', 'stylelint-config-html/astro', 'stylelint-plugin-logical-css/configs/recommended'],
  ignoreFiles: ['dist/**', 'tests/output/**', 'node_modules/**', 'scripts/bench/**'],
  rules: {
    'selector-max-id': 0,
    'selector-class-pattern': null,
    'custom-property-pattern': null,
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
  },
};
