import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * no-restricted-imports for a group of files. ESLint keeps only the last
 * setting of a rule per file, so every block repeats the zod restriction.
 */
function restrictImports(...patterns) {
  const zod = {
    name: "zod",
    message: 'Import { z } from "@/lib/validation/zod" (Chinese messages).',
    allowTypeImports: true,
  };
  return { "no-restricted-imports": ["error", { paths: [zod], patterns }] };
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "User text must render as text.",
        },
      ],
    },
  },
  // zod is configured once (Chinese messages) in lib/validation/zod.ts; everything imports it from there.
  { files: ["**/*.{ts,tsx,mjs}"], ignores: ["lib/validation/zod.ts"], rules: restrictImports() },
  // The layering of docs/ARCHITECTURE.md: lib/ is below app/ and components/.
  {
    files: ["lib/**/*.{ts,tsx,mjs}"],
    ignores: ["lib/validation/zod.ts"],
    rules: restrictImports({
      group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"],
      message: "lib/ never imports app/ or components/.",
    }),
  },
  // Components render; they never reach the database or server-only modules.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: restrictImports(
      {
        group: ["@/lib/db/*", "**/lib/db/*"],
        message: "Components never import the database: load data in the page (app/).",
      },
      { group: ["**/*.server", "**/*.server.*"], message: "Components never import server-only modules." },
    ),
  },
];

export default config;
