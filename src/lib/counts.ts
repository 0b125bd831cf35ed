/** Counts as a reader reads them: "1,234". One formatter for the build, as building one costs more than using it. */
const countFormat = /* @__PURE__ */ new Intl.NumberFormat('en-US');

/** "1,234". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}
