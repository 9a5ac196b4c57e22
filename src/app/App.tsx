import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { JoinRedirect, NewRoomRedirect } from "../features/landing/FormFallbacks";
import { LandingPage } from "../features/landing/LandingPage";
import { GoodbyePage } from "../features/meeting/GoodbyePage";
import { currentHash, navigate } from "../lib/history";
import { ErrorBoundary } from "./ErrorBoundary";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import type { InfoPageName } from "./resolveRoute";
import { keepStickyParams } from "./stickyParams";
import { useLanguage } from "./useLanguage";
import { usePathname, useRoute } from "./useRoute";

keepStickyParams();

// The Jitsi SDK and the call's code load only when someone enters a room, or reaches for
// "Konferenz starten" (prepareMeeting).
let loadedMeeting: typeof import("./MeetingRoute") | undefined;
const loadMeeting = () =>
  import("./MeetingRoute").then((meeting) => {
    loadedMeeting = meeting;
    return meeting;
  });
const LazyMeetingPage = lazy(loadMeeting);

/**
 * Fetches the call's code and the Jitsi server's external_api.js ahead of the click; resolves
 * once the code is here (or could not be fetched: the click will try again).
 */
export function prepareMeeting(): Promise<void> {
  return loadMeeting().then(
    (meeting) => meeting.prefetchJitsiApi(),
    () => {},
  );
}

// Each page about the service is its own chunk with its own texts: the start page stays small.
const INFO_PAGE_VIEWS: Record<InfoPageName, ReturnType<typeof lazy>> = {
  imprint: lazy(() => import("../features/legal/ImprintPage")),
  privacy: lazy(() => import("../features/legal/PrivacyPage")),
  accessibility: lazy(() => import("../features/legal/AccessibilityPage")),
  help: lazy(() => import("../features/legal/HelpPage")),
  easyLanguage: lazy(() => import("../features/legal/EasyLanguagePage")),
  embed: lazy(() => import("../features/embed/EmbedPage")),
};

/**
 * A room. Code that is here already (prefetched) is drawn at once: through lazy() it would suspend
 * for a moment even then, and React shows what replaces a fallback no sooner than 300 ms after
 * it (a prefetched start took 0.5 s to the iframe instead of 0.2 s in `npm run bench`). The lazy
 * component is never the one kept: it suspends until `loadedMeeting` is set, and React then draws
 * this component again, with the module's.
 */
function Meeting({ room }: { room: string }) {
  const MeetingPage = loadedMeeting?.default ?? LazyMeetingPage;
  return <MeetingPage room={room} />;
}

/**
 * `prerendered`: the page's HTML was made at build time, in the language nginx chose for the
 * visitor, and is being hydrated: the first render must be that same page, so it does not wait
 * for a language (main.tsx has loaded the page's own before hydrating).
 */
export function App({ prerendered = false }: { prerendered?: boolean }) {
  // Nothing shows until the visitor's language is there (German is there at once).
  const languageReady = useLanguage(prerendered);
  return languageReady ? <Routes /> : null;
}

function Routes() {
  const route = useRoute();
  const pathname = usePathname();
  const { t } = useTranslation();

  // A typed or pasted link like /Oma%20Erna is shown as its canonical room name /OmaErna.
  const canonical = route.name === "meeting" ? `/${route.room}` : null;
  useEffect(() => {
    // The fragment (a guest's #gast=…) and the history state (the typed text) stay with it.
    if (canonical && canonical !== pathname) {
      navigate(`${canonical}${currentHash()}`, { replace: true, keepState: true });
    }
  }, [canonical, pathname]);

  if (route.name === "meeting") {
    return (
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<p className="meeting-status">{t("meeting.loading")}</p>}>
          <Meeting key={route.room} room={route.room} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  const InfoPageView = route.name === "info" ? INFO_PAGE_VIEWS[route.page] : null;
  return (
    <Layout pathname={pathname}>
      <ErrorBoundary resetKey={pathname}>
        {route.name === "home" && <LandingPage onPrepareMeeting={prepareMeeting} />}
        {route.name === "newRoom" && <NewRoomRedirect />}
        {route.name === "join" && <JoinRedirect />}
        {route.name === "goodbye" && <GoodbyePage />}
        {route.name === "notFound" && <NotFoundPage />}
        {InfoPageView && (
          <Suspense
            fallback={
              <p className="page-loading" role="status">
                {t("app.loading")}
              </p>
            }
          >
            <InfoPageView />
          </Suspense>
        )}
      </ErrorBoundary>
    </Layout>
  );
}
