import { describe, expect, it } from "vitest";
import { asciiDigits, transliterateCyrillic, transliterateLatin } from "./transliterate";

describe("transliterateCyrillic", () => {
  // The examples of the Ukrainian table (resolution No. 55 of 2010), one for each rule.
  it.each([
    ["Алушта", "Alushta"],
    ["Борщагівка", "Borshchahivka"],
    ["Вишгород", "Vyshhorod"],
    ["Гадяч", "Hadiach"],
    ["Згорани", "Zghorany"],
    ["Ґалаґан", "Galagan"],
    ["Рівне", "Rivne"],
    ["Єнакієве", "Yenakiieve"],
    ["Наталія", "Nataliia"],
    ["Житомир", "Zhytomyr"],
    ["Закарпаття", "Zakarpattia"],
    ["Іршава", "Irshava"],
    ["Їжакевич", "Yizhakevych"],
    ["Кадиївка", "Kadyivka"],
    ["Йосипівка", "Yosypivka"],
    ["Стрий", "Stryi"],
    ["Київ", "Kyiv"],
    ["Миколаїв", "Mykolaiv"],
    ["Одеса", "Odesa"],
    ["Ужгород", "Uzhhorod"],
    ["Харків", "Kharkiv"],
    ["Біла Церква", "Bila Tserkva"],
    ["Чернівці", "Chernivtsi"],
    ["Гоща", "Hoshcha"],
    ["Русь", "Rus"],
    ["Юрій", "Yurii"],
    ["Крюківка", "Kriukivka"],
    ["Яготин", "Yahotyn"],
    ["Ічня", "Ichnia"],
    ["Знам'янка", "Znamianka"],
    ["Знам’янка", "Znamianka"],
  ])("Ukrainian %s -> %s", (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic)).toBe(latin);
  });

  it.each([
    ["Пётр", "Petr"],
    ["Съёмка", "Sieemka"],
    ["Мы вместе", "My vmeste"],
    ["Эльвира Юрьевна", "Elvira Iurevna"],
    ["Щука Яна Ёж Ы", "Shchuka Iana Ezh Y"],
  ])("Russian (ICAO 9303) %s -> %s", (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic)).toBe(latin);
  });

  it("picks the table by the letters only one language has; Ukrainian when there are none", () => {
    expect(transliterateCyrillic("Оля 2024")).toBe("Olia 2024");
    expect(transliterateCyrillic("Петро 2024")).toBe("Petro 2024");
    expect(transliterateCyrillic("Гриша")).toBe("Hrysha");
    expect(transliterateCyrillic("Гриша ы")).toBe("Grisha y");
    expect(transliterateCyrillic("Гриша ї ы")).toBe("Hrysha yi y");
  });

  it("writes capitals as a word in capitals or a capital letter", () => {
    expect(transliterateCyrillic("ЩУКА")).toBe("SHCHUKA");
    expect(transliterateCyrillic("Щука")).toBe("Shchuka");
    expect(transliterateCyrillic("ЯНА")).toBe("YANA");
  });

  it("leaves other text alone and keeps letters it has no table for", () => {
    expect(transliterateCyrillic("Oma Erna 2024")).toBe("Oma Erna 2024");
    expect(transliterateCyrillic("Ђорђе")).toBe("Ђorђe");
  });
});

describe("transliterateLatin and asciiDigits", () => {
  it("writes German umlauts and undecomposable Latin letters in ASCII", () => {
    expect(transliterateLatin("Kadın Þóra Đorđe Bär")).toBe("Kadin Thóra Dorde Baer");
  });

  it("reads digits of every script as 0-9", () => {
    expect(asciiDigits("٢٠٢٤ ۲۰۲۴ २०२४ 2024 ০১২৩৪৫৬৭৮৯")).toBe("2024 2024 2024 2024 0123456789");
  });
});
