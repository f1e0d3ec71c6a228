// CSS in src/styles and in the <style> blocks of .astro files: logical properties (the site is
// read left to right and could be read right to left), no id selectors.
export default {
  extends: [
    'stylelint-config-standard',
    'stylelint-config-html/astro',
    'stylelint-plugin-logical-css/configs/recommended',
  ],
  // BaseLayout has no <style> block; its `<style set:html>` (a listing's filter CSS) is not CSS to parse.
  ignoreFiles: ['dist/**', 'tests/output/**', 'node_modules/**', 'scripts/bench/**', 'src/layouts/BaseLayout.astro'],
  rules: {
    'selector-max-id': 0,
    // Component styles are scoped; the order of unrelated selectors in one block says nothing.
    'no-descending-specificity': null,
    'selector-class-pattern': null,
    'custom-property-pattern': null,
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
  },
};
