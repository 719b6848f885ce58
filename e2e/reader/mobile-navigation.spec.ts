import { expect, test, type Page } from "@playwright/test";

// A phone, 390 px wide, with a touch screen: the header's menu button opens search, every section
// and the account links; the section bar says it scrolls.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const menuButton = (page: Page) => page.locator("header summary", { hasText: "Menu" });
const menu = (page: Page) => page.getByRole("navigation", { name: "Semua rubrik" });
const sectionBar = (page: Page) => page.getByRole("navigation", { name: "Rubrik", exact: true });

test("the menu opens and closes by keyboard, and Escape gives the focus back", async ({ page }) => {
  await page.goto("/");
  await expect(menuButton(page)).toBeVisible();
  await expect(menu(page)).toBeHidden();
  // The desktop search box is inside the closed menu on a phone.
  await expect(page.getByRole("searchbox", { name: "Cari berita" })).toBeHidden();

  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Cari berita" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(menu(page)).toBeHidden();
  await expect(menuButton(page)).toBeFocused();

  await page.keyboard.press("Space");
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(menu(page)).toBeHidden();
});

test("by touch, every section of the bar is in the menu and a tap on one goes there", async ({
  page,
}) => {
  await page.goto("/");
  const barNames = (await sectionBar(page).getByRole("link").allTextContents()).map((t) =>
    t.trim(),
  );
  expect(barNames.length).toBeGreaterThan(3);

  await menuButton(page).tap();
  await expect(menu(page)).toBeVisible();
  for (const name of barNames)
    await expect(menu(page).getByRole("link", { name, exact: true })).toBeVisible();
  // Account links sit in the same panel (the account menu answers after load).
  await expect(
    page.getByRole("navigation", { name: "Akun" }).getByRole("link", { name: "Masuk" }),
  ).toBeVisible();

  // A tap outside closes it: the open panel covers the page, so beside the logo in the header.
  const logo = (await page.getByRole("link", { name: "Warta, ke beranda" }).boundingBox())!;
  await page.touchscreen.tap(logo.x + logo.width + 24, logo.y + logo.height / 2);
  await expect(menu(page)).toBeHidden();

  // A section from the menu: the page changes and the menu is closed on the new page.
  const last = barNames[barNames.length - 1];
  await menuButton(page).tap();
  await menu(page).getByRole("link", { name: last, exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1, name: last })).toBeVisible();
  await expect(menu(page)).toBeHidden();
});

test("the section bar scrolls, shows a hint while there is more, and reaches its last section", async ({
  page,
}) => {
  await page.goto("/");
  const list = sectionBar(page).getByRole("list");
  const hintOpacity = () =>
    sectionBar(page).evaluate((nav) => getComputedStyle(nav, "::after").opacity);

  expect(await list.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
  await expect.poll(hintOpacity).toBe("1");

  await list.evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth }));
  const lastLink = sectionBar(page).getByRole("link").last();
  await expect(lastLink).toBeInViewport({ ratio: 1 });
  await expect.poll(hintOpacity).toBe("0");
  // Nothing of the last section lies under the (now faded) hint or past the screen's edge.
  const box = (await lastLink.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});
