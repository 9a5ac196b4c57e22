import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { config } from "../../config";
import { buildInviteText, type Translate } from "./inviteText";

/** buildInviteText with the current language's texts and the tenant's names filled in. */
export function useInviteText() {
  const { t } = useTranslation("invite");
  return useCallback(
    (link: string, guestName?: string) => {
      const translate: Translate = (key, values) => t(key, values ?? {});
      const { appName, town } = config.tenant;
      return buildInviteText({ t: translate, appName, town, link, guestName });
    },
    [t],
  );
}
