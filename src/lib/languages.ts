/** Language names for BCP 47 tags, in English, through Intl.DisplayNames. */

// Pure: a script that imports this module but names no language leaves it out.
const names = /* @__PURE__ */ new Intl.DisplayNames('en', { type: 'language' });

/** "French" for "fr"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  return names.of(tag) ?? tag;
}
