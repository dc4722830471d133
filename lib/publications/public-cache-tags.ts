/** Cache tags of the public data; one place so loaders and invalidation agree. */
export const PUBLIC_TAG = "public";
export const PUBLIC_LISTS_TAG = "public:lists";

export function reportTag(county: string, filingUnit: string, year: number): string {
  return `public:report:${county}/${filingUnit}/${year}`;
}

export function countyYearTag(county: string, year: number): string {
  return `public:county-year:${county}/${year}`;
}
