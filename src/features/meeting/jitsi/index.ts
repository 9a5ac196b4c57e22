/**
 * The Jitsi embedding: @jitsi/react-sdk's <JitsiMeeting> behind one loader of the server's
 * external_api.js. The only way in for the rest of the app (src/test/sourceRules.test.ts checks
 * it). Why the SDK stays and what each workaround answers: README.md in this folder.
 */
export { JitsiRoom } from "./JitsiRoom";
export { prefetchExternalApi } from "./loadExternalApi";
export { type ExternalApiState, useExternalApi } from "./useExternalApi";
