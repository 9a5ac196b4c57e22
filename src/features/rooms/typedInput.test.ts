import { describe, expect, it } from "vitest";
import { stateWithTypedInput, TYPED_INPUT_KEY, typedInputFrom } from "./typedInput";

describe("typed input in history state", () => {
  it("round-trips what was typed, keeping other state", () => {
    const state = stateWithTypedInput({ room: "ApfelWolke" }, " Oma Erna ");
    expect(state).toEqual({ room: "ApfelWolke", [TYPED_INPUT_KEY]: " Oma Erna " });
    expect(typedInputFrom(state)).toBe(" Oma Erna ");
  });

  it("drops the entry when nothing was typed", () => {
    expect(stateWithTypedInput({ [TYPED_INPUT_KEY]: "alt" }, "")).toEqual({});
    expect(stateWithTypedInput(null, "")).toEqual({});
  });

  it("reads anything a page may have left in history without throwing", () => {
    for (const state of [null, undefined, 42, "text", [], {}, { [TYPED_INPUT_KEY]: 7 }]) {
      expect(typedInputFrom(state)).toBe("");
    }
  });

  it("caps what it carries", () => {
    expect(typedInputFrom({ [TYPED_INPUT_KEY]: "a".repeat(5000) })).toHaveLength(2000);
    expect(typedInputFrom(stateWithTypedInput(null, "b".repeat(5000)))).toHaveLength(2000);
  });
});
