import type { Tenant } from "../tenant.ts";
import { bretten } from "./bretten.ts";
import { buehl } from "./buehl.ts";
import { ettlingen } from "./ettlingen.ts";

/**
 * Every shipped town. Only the build tooling and tests import this list: the app imports its one
 * tenant through the "@tenant" alias, so no other town's data reaches a build.
 */
export const TENANTS: Readonly<Record<string, Tenant>> = { bretten, buehl, ettlingen };
export const DEFAULT_TENANT = "bretten";
