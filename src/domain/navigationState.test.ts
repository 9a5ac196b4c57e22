import { describe, expect, it } from "vitest";
import { changeNavigationState, readNavigationState, withTypedInput } from "./navigationState";

describe("what travels in history state", () => {
  it("round-trips what was typed, keeping other state", () => {
    const state = withTypedInput({ room: "ApfelWolke", other: 1 }, " Oma Erna ");
    expect(state).toEqual({ room: "ApfelWolke", other: 1, typedRoomInput: " Oma Erna " });
    expect(readNavigationState(state)).toEqual({
      room: "ApfelWolke",
      typedRoomInput: " Oma Erna ",
    });
  });

  it("drops the typed text, and a pending check, when nothing was typed", () => {
    expect(withTypedInput({ typedRoomInput: "alt", checkTypedRoomInput: true }, "")).toBeNull();
    expect(withTypedInput(null, "")).toBeNull();
  });

  it("answers a pending check by writing the text", () => {
    const request = changeNavigationState(null, {
      typedRoomInput: "oma",
      checkTypedRoomInput: true,
    });
    expect(readNavigationState(request)).toEqual({
      typedRoomInput: "oma",
      checkTypedRoomInput: true,
    });
    expect(readNavigationState(withTypedInput(request, "oma"))).toEqual({ typedRoomInput: "oma" });
  });

  it("removes one fact and keeps the rest, or leaves nothing", () => {
    expect(changeNavigationState({ created: true, other: 1 }, { created: undefined })).toEqual({
      other: 1,
    });
    expect(changeNavigationState({ created: true }, { created: undefined })).toBeNull();
  });

  it("reads anything a page may have left in history without throwing", () => {
    const odd = [null, undefined, 42, "text", [], {}, { typedRoomInput: 7, created: "yes" }];
    for (const state of odd) expect(readNavigationState(state)).toEqual({});
    expect(readNavigationState({ room: 5, fragment: null, checkTypedRoomInput: 1 })).toEqual({});
  });

  it("caps what it carries", () => {
    const long = { typedRoomInput: "a".repeat(5000), room: "b".repeat(5000) };
    expect(readNavigationState(long).typedRoomInput).toHaveLength(2000);
    expect(readNavigationState(long).room).toHaveLength(2000);
    expect(withTypedInput(null, "c".repeat(5000))?.typedRoomInput).toHaveLength(2000);
  });
});
