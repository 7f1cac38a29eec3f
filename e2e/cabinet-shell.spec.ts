import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import sessionEn from '../web/src/features/session/locales/en.json';
import sessionKk from '../web/src/features/session/locales/kk.json';
import sessionRu from '../web/src/features/session/locales/ru.json';
import en from '../web/src/i18n/locales/en.json';
import kk from '../web/src/i18n/locales/kk.json';
import ru from '../web/src/i18n/locales/ru.json';
import { csrfHeader, registerAndLogIn } from './accounts.ts';
import { type AxeFinding, seriousViolations } from './axe.ts';
import { browserUnavailableReason } from './browser.ts';
import { appReady, screenshot, slow, testSign } from './helpers.ts';
import { gostKey, organisationBin } from './people.ts';
import { type Stage, useSharedStage, useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const languages = { kk, ru, en } as const;
const sessionTexts = { kk: sessionKk, ru: sessionRu, en: sessionEn } as const;
type Language = keyof typeof languages;
const laptop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
const office = '75101';

/** A context in `language`, remembered as the user's choice; CSP bypassed so axe-core can be added to the page. */
async function contextIn(stage: Stage, language: Language, viewport: { width: number; height: number }) {
  const context = await stage.browser.newContext({ locale: 'ru-RU', viewport, bypassCSP: true });
  await context.addInitScript((lang) => localStorage.setItem('shekara.language', lang), language);
  return context;
}

/** The header overflows sideways by this many pixels (0 when it fits). */
const headerOverflow = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header')!;
    const nav = document.querySelector('[data-testid="header-nav"]')!;
    return Math.max(header.scrollWidth - header.clientWidth, nav.scrollWidth - nav.clientWidth, 0);
  });

/** The page scrolls sideways by this many pixels (0 when it fits the screen). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => Math.max(document.scrollingElement!.scrollWidth - window.innerWidth, 0));

/**
 * What of `testId`'s elements a phone's screen does not show whole: each element that reaches past
 * the screen's sides or past the sides of a box that scrolls sideways (a table row whose last
 * columns hide to the side does not fit, even when the page itself does not scroll).
 */
const notOnScreen = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const hidden: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      let clipped = box.left < 0 || box.right > window.innerWidth + 0.5;
      for (let up = element.parentElement; up && !clipped; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (
          (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') &&
          up.scrollWidth > up.clientWidth + 1
        ) {
          const inside = up.getBoundingClientRect();
          clipped = box.left < inside.left - 0.5 || box.right > inside.right + 0.5;
        }
      }
      if (clipped)
        hidden.push(
          `${id}: ${element.textContent?.slice(0, 40)} (${Math.round(box.left)}–${Math.round(box.right)} px)`,
        );
    }
    return hidden;
  }, testId);

/** Labels shown in the header's row, wholly on screen, and those under "more". */
async function headerLabels(page: Page): Promise<{ row: string[]; more: string[] }> {
  const row = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="header-nav"] > a')]
      .filter((a) => {
        const box = a.getBoundingClientRect();
        return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
      })
      .map((a) => a.querySelector('.mantine-Button-label')?.textContent ?? ''),
  );
  const more: string[] = [];
  if (await page.getByTestId('nav-more').isVisible()) {
    await page.getByTestId('nav-more').click();
    await page.getByTestId('nav-more-menu').waitFor();
    more.push(
      ...(await page
        .getByTestId('nav-more-menu')
        .locator('a .mantine-Menu-itemLabel')
        .evaluateAll((items) => items.map((i) => i.textContent ?? ''))),
    );
    await page.keyboard.press('Escape');
  }
  return { row, more };
}

function expectNoSerious(found: AxeFinding[], where: string) {
  expect(found, `${where}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

describe.skipIf(unavailable !== null)(
  'the shell on a laptop and a phone, accessible (issue 19 points 5, 9, 10)',
  () => {
    const stage = useSharedStage();

    it('fits the top menu at 1366 px in Kazakh, Russian and English: nothing cut, the rest under "more"', async () => {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const context = await contextIn(stage, language, laptop);
        const page = await context.newPage();
        await page.goto(stage.server.url);
        await appReady(page);
        const t = languages[language];
        await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(t.app.name);
        expect(await headerOverflow(page), language).toBe(0);
        const { row, more } = await headerLabels(page);
        // every section of the portal is either wholly in the row or under "more"
        for (const label of [t.nav.news, t.nav.reference, t.nav.legal, t.nav.support, t.nav.signatureVerify]) {
          expect([...row, ...more], `${language}: ${label}`).toContain(label);
        }
        await screenshot(page, `shell-header-1366-${language}.png`);
        await context.close();
      }
    });

    it('reports no critical or serious axe-core violations on the home, TN VED, registration and log-in pages', async () => {
      for (const language of ['ru', 'kk'] as const) {
        const context = await contextIn(stage, language, laptop);
        const page = await context.newPage();
        for (const [path, ready] of [
          ['/', 'home-title'],
          ['/reference/tnved', 'app-name'],
          ['/register', 'app-name'],
          ['/login', 'app-name'],
        ] as const) {
          await page.goto(`${stage.server.url}${path}`);
          await page.getByTestId(ready).waitFor(slow);
          await page.waitForLoadState('networkidle');
          expectNoSerious(await seriousViolations(page), `${language} ${path}`);
        }
        await context.close();
      }
    });

    it('fits the public pages on a phone without sideways scrolling', async () => {
      const context = await contextIn(stage, 'kk', phone);
      const page = await context.newPage();
      for (const path of ['/', '/reference/tnved', '/login', '/register']) {
        await page.goto(`${stage.server.url}${path}`);
        await page.getByTestId('app-name').waitFor(slow);
        await page.waitForLoadState('networkidle');
        expect(await sidewaysScroll(page), path).toBe(0);
      }
      await context.close();
    });
  },
);

describe.skipIf(unavailable !== null)(
  'the cabinet in plain sight, on a phone, accessible (issue 19 points 5, 9, 10)',
  () => {
    const stage = useStage('shell');
    const url = (p: string) => `${stage.server.url}${p}`;
    let account: { context: BrowserContext; draftId: string; registeredId: string } | undefined;

    /** The test organisation logged in, with a draft (with control's errors) and a registered declaration. */
    async function organisation() {
      if (account) return account;
      const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: laptop, bypassCSP: true });
      await registerAndLogIn(context, stage.server.url, {
        keyId: gostKey('head-auth'),
        iinBin: organisationBin,
        email: 'shell@shekara-test.kz',
      });
      const create = async (document: object) => {
        const created = await context.request.post(url('/api/v1/declarations'), {
          headers: await csrfHeader(context),
          data: { kind: 'goods', document },
        });
        expect(created.status(), await created.text()).toBe(201);
        return ((await created.json()) as { id: string }).id;
      };
      const good = demoDocument('goods', {
        items: 3,
        declarant: organisationBin,
        office,
        date: almatyDate(new Date()),
      });
      const registeredId = await create(good);
      const payload = (await (
        await context.request.get(url(`/api/v1/declarations/${registeredId}/signing-payload`))
      ).json()) as { data: string };
      const signature = await testSign(
        context.request,
        stage.server.url,
        gostKey('head-sign'),
        Buffer.from(payload.data, 'base64'),
      );
      const submitted = await context.request.post(url(`/api/v1/declarations/${registeredId}/submit`), {
        headers: { ...(await csrfHeader(context)), 'idempotency-key': `e2e-shell-${registeredId}` },
        data: { customsOffice: office, signature },
      });
      expect(submitted.status(), await submitted.text()).toBe(200);
      // a draft with mistakes, so the editor shows its error badges
      const faulty = { ...good, totalItems: 7, items: good.items.map((item) => ({ ...item, netMass: -1 })) };
      const draftId = await create(faulty);
      account = { context, draftId, registeredId };
      return account;
    }

    it('shows declarations, decisions with their unread count, payments and log-out in the header at 1366 px', async () => {
      const { context } = await organisation();
      for (const language of ['kk', 'ru', 'en'] as const) {
        await context.addInitScript((lang) => localStorage.setItem('shekara.language', lang), language);
        const page = await context.newPage();
        await page.goto(url('/cabinet'));
        await page.getByTestId('header-nav').waitFor(slow);
        const t = languages[language];
        await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(t.app.name);
        for (const path of [
          '/cabinet/declarations',
          '/cabinet/declarations/decisions',
          '/cabinet/payments/applications',
        ]) {
          // the menu lays itself out after the first paint: wait for it rather than read it once
          await expect
            .poll(() => page.getByTestId(`nav-${path}`).isVisible(), { ...slow, message: `${language} ${path}` })
            .toBe(true);
        }
        await page.getByTestId('header-log-out').waitFor(slow);
        expect(await page.getByTestId('header-log-out').textContent()).toBe(sessionTexts[language].session.logOut);
        expect(await headerOverflow(page), language).toBe(0);
        const { unread } = (await (await context.request.get(url('/api/v1/declarations/decisions/unread'))).json()) as {
          unread: number;
        };
        const badge = page.getByTestId('nav-/cabinet/declarations/decisions').getByTestId('nav-count');
        if (unread > 0) await expect.poll(() => badge.textContent(), slow).toBe(String(unread));
        else expect(await badge.count()).toBe(0);
        await screenshot(page, `shell-cabinet-1366-${language}.png`);
        await page.close();
      }
    });

    it("fits the receipt number, the declarations list, the editor's error badges and the item buttons on a phone (390×844)", async () => {
      const { context, draftId, registeredId } = await organisation();
      await context.addInitScript((lang) => localStorage.setItem('shekara.language', lang), 'kk');
      const page = await context.newPage();
      await page.setViewportSize(phone);
      for (const [path, ready, shown] of [
        ['/cabinet/declarations', 'declarations-title', ['declaration-row', 'declaration-link', 'declaration-copy']],
        [
          `/cabinet/declarations/${draftId}/edit`,
          'declaration-editor',
          ['control-message', 'item-add', 'item-open', 'item-duplicate', 'item-remove'],
        ],
        [`/cabinet/declarations/${registeredId}/receipt`, 'receipt-number', ['receipt-number', 'receipt-verify']],
      ] as const) {
        await page.goto(url(path));
        await page.getByTestId(ready).waitFor(slow);
        await page.waitForLoadState('networkidle');
        if (ready === 'declaration-editor') {
          await page
            .getByTestId('section-items')
            .click()
            .catch(() => undefined);
          await page.waitForTimeout(500);
        }
        await screenshot(page, `shell-phone-${ready}.png`);
        expect(await sidewaysScroll(page), path).toBe(0);
        for (const testId of shown) {
          expect(await page.getByTestId(testId).count(), `${path}: ${testId}`).toBeGreaterThan(0);
          expect(await notOnScreen(page, testId), path).toEqual([]);
        }
      }
      await page.close();
    });

    it('reports no critical or serious axe-core violations on the editor and the receipt', async () => {
      const { context, draftId, registeredId } = await organisation();
      await context.addInitScript((lang) => localStorage.setItem('shekara.language', lang), 'ru');
      const page = await context.newPage();
      for (const [path, ready] of [
        [`/cabinet/declarations/${draftId}/edit`, 'declaration-editor'],
        [`/cabinet/declarations/${registeredId}/receipt`, 'receipt-number'],
      ] as const) {
        await page.goto(url(path));
        await page.getByTestId(ready).waitFor(slow);
        await page.waitForLoadState('networkidle');
        expectNoSerious(await seriousViolations(page), path);
      }
      await page.close();
    });
  },
);
