import { describe, expect, it } from "vitest";
import { problemFromEvent } from "./callProblems";

describe("problemFromEvent", () => {
  it("tells a blocked camera or microphone from one that is missing or busy", () => {
    expect(
      problemFromEvent("cameraError", { type: "gum.permission_denied", message: "x" }),
    ).toEqual({ kind: "device", device: "camera", blocked: true });
    expect(problemFromEvent("micError", { type: "gum.not_found" })).toEqual({
      kind: "device",
      device: "microphone",
      blocked: false,
    });
  });

  it("still reports a device problem when the payload is odd", () => {
    for (const payload of [undefined, null, "oops", 42, { type: 7 }]) {
      expect(problemFromEvent("cameraError", payload)).toEqual({
        kind: "device",
        device: "camera",
        blocked: false,
      });
    }
  });

  it("treats only fatal errors as the end of the call, nested or flat", () => {
    expect(problemFromEvent("errorOccurred", { error: { isFatal: true, name: "x" } })).toEqual({
      kind: "fatal",
    });
    expect(problemFromEvent("errorOccurred", { isFatal: true })).toEqual({ kind: "fatal" });
    expect(problemFromEvent("errorOccurred", { error: { isFatal: false } })).toBeNull();
    expect(problemFromEvent("errorOccurred", { error: { isFatal: "true" } })).toBeNull();
    expect(problemFromEvent("errorOccurred", null)).toBeNull();
  });
});
