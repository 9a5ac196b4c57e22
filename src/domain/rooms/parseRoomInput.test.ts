import { describe, expect, it } from "vitest";
import { junk } from "../../test/fuzzInputs";
import { createRoomName } from "./createRoomName";
import {
  isGuessableRoomName,
  parseRoomInput,
  ROOM_NAME_PATTERN,
  roomFromPath,
} from "./parseRoomInput";

const reservedPaths = ["auf-wiedersehen", "impressum", "assets", "index.html", "api"];
const parse = (input: string) => parseRoomInput(input, { reservedPaths });
const long = "a".repeat(5000);

describe("parseRoomInput", () => {
  it.each([
    ["Oma Erna", "OmaErna"],
    ["Oma/Erna", "OmaErna"], // not a link: "/" separates words like any punctuation
    ["https://host.example/ApfelWolke", "ApfelWolke"],
    ["https://host.example/ApfelWolke?lang=de#config.startWithAudioMuted=true", "ApfelWolke"],
    ["https://host.example/ApfelWolke/", "ApfelWolke"],
    ["https://host.example/ApfelWolke/extra/path", "ApfelWolke"],
    ["https://host.example//ApfelWolke", "ApfelWolke"],
    ["  \n https://host.example/ApfelWolke \r\n", "ApfelWolke"],
    ["http://host.example:8443/ApfelWolke", "ApfelWolke"],
    ["Einladung: https://host.example/ApfelWolke bitte pünktlich", "ApfelWolke"],
    ["host.example/ApfelWolke", "ApfelWolke"],
    ["meet.example.org/ApfelWolke#x", "ApfelWolke"],
    ["localhost:5173/ApfelWolke", "ApfelWolke"],
    ["//host.example/ApfelWolke", "ApfelWolke"],
    ["/ApfelWolke", "ApfelWolke"],
    ["/Oma%20Erna", "OmaErna"],
    ["https://host.example/%C3%A4pfel", "Aepfel"],
    ["https://host.example/%E4pfel", "E4pfel"], // malformed: kept as text, no throw
    ["https://host.example/Oma%20Erna%E4", "OmaErnaE4"],
    ["../../etc/passwd", "EtcPasswd"],
    ["<script>alert(1)</script>", "ScriptAlert1Script"],
    ["Оля 2024", "Olia2024"],
    ["Петро 2024", "Petro2024"],
    ["Бабуся Ганна", "BabusiaHanna"],
    ["Пётр Ильич", "PetrIlich"],
    ["https://host.example/%D0%9E%D0%BB%D1%8F2024", "Olia2024"],
    ["٢٠٢٤ Oma", "2024Oma"],
  ])("reads %j as room %j", (input, room) => {
    expect(parse(input)).toEqual({ ok: true, room, guessable: isGuessableRoomName(room) });
  });

  it.each([
    ["", "empty"],
    ["  \n ", "empty"],
    ["🎉", "empty"],
    ["../..", "empty"],
    ["/%", "empty"],
    ["ab", "tooShort"],
    ["a b", "tooShort"],
    ["https://host.example/%ZZ", "tooShort"],
    ["https://host.example/", "notARoomLink"],
    ["https://host.example", "notARoomLink"],
    ["https://host.example?room=ApfelWolke", "notARoomLink"],
    ["https://host.example/#ApfelWolke", "notARoomLink"],
    ["host.example/", "notARoomLink"],
    ["/", "notARoomLink"],
    ["Impressum", "reserved"],
    ["auf wiedersehen", "reserved"],
    ["https://host.example/impressum", "reserved"],
    ["/Auf-Wiedersehen", "reserved"],
    ["/index.html", "reserved"],
    ["/assets/app.js", "reserved"],
    ["API", "reserved"],
    ["مرحبا", "unsupportedLetters"],
    ["محمد 2024", "unsupportedLetters"],
    ["Oma 奶奶", "unsupportedLetters"],
    ["שלום עולם", "unsupportedLetters"],
    ["Ђорђе 2024", "unsupportedLetters"],
    ["https://host.example/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7", "unsupportedLetters"],
  ])("rejects %j as %s", (input, reason) => {
    expect(parse(input)).toEqual({ ok: false, reason });
  });

  it("never merges names in other scripts into the same room", () => {
    const rooms = ["Оля 2024", "Петро 2024", "Olia 2025"].map((input) => parse(input));
    expect(rooms.map((r) => r.ok && r.room)).toEqual(["Olia2024", "Petro2024", "Olia2025"]);
    // What cannot be written is refused, not dropped: neither of these becomes room "2024".
    expect(parse("محمد 2024")).toEqual(parse("أحمد 2024"));
    expect(parse("محمد 2024").ok).toBe(false);
  });

  it("cuts very long input to 48 characters", () => {
    for (const input of [long, `https://host.example/${long}`]) {
      const result = parse(input);
      expect(result.ok && result.room.length).toBe(48);
    }
  });

  it("round-trips generated names through links, in any case", () => {
    for (let i = 0; i < 1000; i++) {
      const name = createRoomName();
      expect(parse(`https://example.org/${name}`)).toEqual({
        ok: true,
        room: name,
        guessable: false,
      });
      expect(roomFromPath(`/${name}`, reservedPaths)).toBe(name);
      const lower = parse(`https://example.org/${name.toLowerCase()}`);
      expect(lower.ok && lower.room.toLowerCase()).toBe(name.toLowerCase());
    }
  });

  it("never throws and only returns valid names, also for junk", () => {
    for (const input of junk(7, 2000)) {
      const result = parse(input);
      if (result.ok) expect(result.room).toMatch(ROOM_NAME_PATTERN);
      const room = roomFromPath(input, reservedPaths);
      if (room !== null) expect(room).toMatch(ROOM_NAME_PATTERN);
    }
  });
});

describe("roomFromPath", () => {
  it.each([
    ["/ApfelWolke", "ApfelWolke"],
    ["/ApfelWolke/", "ApfelWolke"],
    ["/Oma%20Erna", "OmaErna"],
    ["/%C3%A4pfel", "Aepfel"],
    ["/", null],
    ["", null],
    ["/impressum", null],
    ["/Impressum/", null],
    ["/index.html", null],
    ["/ab", null],
    ["/%E4", null], // malformed escape stays text: "E4" is too short
    ["/%E0%A4%A", "E0A4A"], // truncated UTF-8 sequence: kept as text
    ["/Oma%E4%20Erna", "OmaE4Erna"], // a malformed byte leaves the space beside it a space
    ["/%C3%A4%E4pfel", "AeE4pfel"], // ... and the valid "ä" before it an "ä"
    ["/%", null],
    ["/ApfelWolke/extra", null],
    ["/assets/app.js", null],
  ])("maps %j to %j", (path, room) => {
    expect(roomFromPath(path, reservedPaths)).toBe(room);
  });
});
