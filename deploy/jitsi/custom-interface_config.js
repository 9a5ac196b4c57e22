// Peter ruft Paul: interface settings of the town of Bretten's Jitsi server.
//
// docker-jitsi-meet appends this file to interface_config.js on every start, so each assignment
// below replaces the default. An embedding page cannot change these keys.
// Values containing ".example" are placeholders: replace them (README.md, "Values to replace").
/* global interfaceConfig */

// The service's name wherever Jitsi shows one (page title, notifications, dialogs).
interfaceConfig.APP_NAME = "Peter ruft Paul";
interfaceConfig.NATIVE_APP_NAME = "Peter ruft Paul";
interfaceConfig.PROVIDER_NAME = "Stadt Bretten";

// No Jitsi logo or "powered by" inside the call; Bretten's logo comes from branding.json.
interfaceConfig.SHOW_JITSI_WATERMARK = false;
interfaceConfig.SHOW_BRAND_WATERMARK = false;
interfaceConfig.SHOW_POWERED_BY = false;
interfaceConfig.JITSI_WATERMARK_LINK = "https://peter-ruft-paul.example/";

// No advertising for the Jitsi apps: phones must keep the call in the browser.
interfaceConfig.MOBILE_APP_PROMO = false;
interfaceConfig.HIDE_DEEP_LINKING_LOGO = true;
interfaceConfig.SHOW_PROMOTIONAL_CLOSE_PAGE = false;
interfaceConfig.SHOW_CHROME_EXTENSION_BANNER = false;

// Help leads to the front end's help page, not to Jitsi's community forum.
interfaceConfig.SUPPORT_URL = "https://peter-ruft-paul.example/hilfe";
