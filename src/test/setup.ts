import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { keepStickyParams } from "../app/stickyParams";

afterEach(() => cleanup());

// Components carry the chosen language in their links, as they do in the app.
keepStickyParams();
