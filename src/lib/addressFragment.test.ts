import { afterEach, describe, expect, it } from "vitest";
import { takeFragmentParams } from "./addressFragment";

describe("takeFragmentParams", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("moves key=value pairs from the address into the history state, keeping other state", () => {
    window.history.replaceState({ created: true }, "", "/Raum?lang=tr#gast=Oma%20Erna");
    expect(takeFragmentParams()).toBe("#gast=Oma%20Erna");
    expect(window.location.href).toBe(`${window.location.origin}/Raum?lang=tr`);
    expect(window.history.state).toEqual({ created: true, fragment: "#gast=Oma%20Erna" });
    // Again, and after a reload (same entry, same state): the same answer.
    expect(takeFragmentParams()).toBe("#gast=Oma%20Erna");
  });

  it("leaves a plain anchor where it is", () => {
    window.history.replaceState(null, "", "/hilfe#kamera");
    expect(takeFragmentParams()).toBe("");
    expect(window.location.hash).toBe("#kamera");
  });

  it("answers '' when there is nothing, whatever the state holds", () => {
    window.history.replaceState("not an object", "", "/Raum");
    expect(takeFragmentParams()).toBe("");
    window.history.replaceState({ fragment: 42 }, "", "/Raum");
    expect(takeFragmentParams()).toBe("");
  });
});
