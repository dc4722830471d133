/**
 * The one import of zod: every schema in the app (server and browser) comes
 * through here, so zod's own messages ("expected object, received null",
 * "too big") are always the Chinese ones. ESLint forbids importing "zod"
 * anywhere else (eslint.config.mjs).
 */
import { z } from "zod";

z.config(z.locales.zhCN());

export { z };
