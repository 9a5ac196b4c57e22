import { fileURLToPath } from "node:url";
import type { Tenant } from "../src/config/tenant.ts";
import { DEFAULT_TENANT, TENANTS } from "../src/config/tenants/index.ts";
import { validateTenant } from "../src/config/validateTenant.ts";

/** The tenant a build is for (TENANT=<id>), validated, with its file and asset folder. */
export function selectTenant(id = DEFAULT_TENANT) {
  const tenant = TENANTS[id];
  if (!tenant) {
    throw new Error(
      `TENANT=${id} is not a shipped tenant. Known: ${Object.keys(TENANTS).join(", ")}.`,
    );
  }
  const problems = validateTenant(tenant, TENANTS[DEFAULT_TENANT] as Tenant);
  if (problems.length > 0) {
    throw new Error(`src/config/tenants/${id}.ts is not valid:\n- ${problems.join("\n- ")}`);
  }
  return {
    tenant,
    file: fileURLToPath(new URL(`../src/config/tenants/${id}.ts`, import.meta.url)),
    assets: fileURLToPath(new URL(`../tenants/${id}/`, import.meta.url)),
  };
}
