import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Tenant } from "../../src/config/tenant";
import { TENANTS } from "../../src/config/tenants";
import { expect, JITSI_ORIGIN, test } from "./fixtures";

/** Every text file of a build, as one string per path. */
function buildFiles(tenantId: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path, "utf8"));
    }
  };
  walk(join("dist-e2e", tenantId));
  return files;
}

/** Data only one town has: its name, logo, address, people and web addresses. */
function markers(tenant: Tenant): string[] {
  return [
    tenant.appName,
    tenant.logoDescription,
    new URL(tenant.homepageUrl).host,
    tenant.legal.street,
    tenant.legal.representative,
    tenant.legal.email,
    ...tenant.jitsi.ownDomains,
  ];
}

test.describe("one codebase, one town per build", () => {
  test("no other town's name or data is in this town's build", ({ tenant }) => {
    const files = buildFiles(tenant.id);
    expect(files.size).toBeGreaterThan(3);
    const all = [...files.values()].join("\n");
    // The build does contain its own town: otherwise this test could not fail.
    expect(all).toContain(tenant.appName);
    for (const other of Object.values(TENANTS).filter((t) => t.id !== tenant.id)) {
      for (const marker of markers(other)) {
        const leaking = [...files]
          .filter(([, text]) => text.includes(marker))
          .map(([path]) => path);
        expect(leaking, `${other.id}'s "${marker}" in ${tenant.id}'s build`).toEqual([]);
      }
    }
  });

  test("the town decides title, icons, manifest and the Jitsi origin in the policy", async ({
    page,
    request,
    tenant,
  }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(`${tenant.appName} – Ein Angebot der Stadt ${tenant.town}`);
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
      "content",
      tenant.colors.primary,
    );
    await expect(
      page.getByRole("img", { name: new RegExp(tenant.logoDescription) }).first(),
    ).toBeVisible();

    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({
      short_name: tenant.appName,
      theme_color: tenant.colors.primary,
    });
    const logo = await (await request.get("/logo.svg")).text();
    expect(logo).toBe(readFileSync(join("tenants", tenant.id, "logo.svg"), "utf8"));
    const csp = (await request.get("/")).headers()["content-security-policy"];
    expect(csp).toContain(`frame-src ${JITSI_ORIGIN}`);
  });
});

test.describe("the button for the town's homepage (/einbinden)", () => {
  test("offers a badge with the town's name, a big target, and nothing it loads", async ({
    page,
    tenant,
  }) => {
    const requests: string[] = [];
    await page.goto("/einbinden");
    const badge = page.getByRole("link", {
      name: `${tenant.appName}: Videokonferenz der Stadt ${tenant.town} starten`,
    });
    await expect(badge).toBeVisible();
    const box = await badge.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    const code = await page
      .getByRole("textbox", { name: "HTML-Code der Schaltfläche" })
      .inputValue();
    expect(code).toContain(`href="${new URL(page.url()).origin}/"`);
    expect(code).not.toMatch(/<script|<img|style=/i);
    // The snippet shown on its own makes no request at all until it is clicked.
    page.on("request", (request) => requests.push(request.url()));
    await page.setContent(code);
    await expect(page.getByRole("link")).toBeVisible();
    expect(requests).toEqual([]);
  });
});
