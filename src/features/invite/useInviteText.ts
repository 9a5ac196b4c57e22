import { useCallback, useContext } from "react";
import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { DialInContext } from "./dialInContext";
import { buildInviteText, type Translate } from "./inviteText";

/**
 * buildInviteText with the current language's texts, the tenant's names and, when the town
 * offers it, the phone way in filled in: the message, the guest's links and the calendar file.
 */
export function useInviteText() {
  const { t } = useTranslation("invite");
  const dialIn = useContext(DialInContext);
  return useCallback(
    (link: string, guestName?: string) => {
      // The values go in as `replace`: any name may be interpolated without clashing with t's options.
      const translate: Translate = (key, values) => t(key, { replace: values ?? {} });
      const { appName, town } = config.tenant;
      return buildInviteText({ t: translate, appName, town, link, guestName, dialIn });
    },
    [t, dialIn],
  );
}
