import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { initI18n } from "../i18n";

/** Renders with the real German texts, so tests find elements the way people do. */
export function renderWithI18n(ui: ReactElement) {
  initI18n();
  return render(ui);
}
