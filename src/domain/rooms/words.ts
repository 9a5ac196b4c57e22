/**
 * Word list for generated room names.
 *
 * Written for "Peter ruft Paul" (not taken from Jitsi or any other list); licence: MIT, like the
 * rest of the project. 2048 = 2^11 neutral German nouns, so six words give 66 bits of entropy.
 * Every word matches /^[A-Z][a-z]{2,7}$/: no umlauts or ß at all, so names survive Jitsi's
 * lower-casing, URLs and phone dial-in unchanged. Words that are offensive, religious, political,
 * violent, about illness, or that contain a blocked substring (see blocklist.ts) are left out.
 * words.test.ts checks all of this; keep the count at exactly 2048 when editing.
 */

// One string instead of 2048 array literals keeps the file short and formatter-stable.
const WORDS = `
Abakus Abend Abendrot Abfluss Abhang Ableger Absatz Abzweig Achat Achse Achteck Acker Acryl
Adagio Adapter Adler Affe Ahorn Akazie Akelei Akkord Akku Akrobat Akte Albatros Album Alge
Alkoven Allee Allegro Alm Alpaka Alphorn Altarm Altstadt Amboss Ameise Amethyst Ammer Amsel
Anakonda Ananas Andante Andenken Anekdote Anemone Anfang Angel Anger Angler Anis Anker Anleger
Anorak Anrichte Antenne Antilope Antwort Apfel Apfelmus Applaus Aprikose April Aquarell Aquarium
Ara Archiv Arena Arie Arkade Armatur Armband Armreif Arnika Artist Assel Ast Aster Asteroid
Astronom Atelier Atlas Aue Auerhahn Auftakt Aufzug August Ausflug Auster Auto Autohof Autor
Auwald Avocado Axolotl Azalee Bach Backform Backhaus Backofen Bad Badehose Badesee Bagger
Baguette Bahn Bahnhof Baiser Bake Balken Balkon Ball Ballade Ballett Ballon Bambus Banane Band
Banjo Bank Barbe Barett Bariton Bark Barren Basalt Basar Baseball Bass Bast Bastler Batterie
Bauer Bauklotz Baum Baumhaus Baustein Becher Becken Beere Beet Beginn Begonie Beiboot Beifall
Beize Beluga Beo Berg Bergfink Bergkamm Bergland Bergmann Bergsee Bergwald Beryll Besen Besuch
Beton Bett Beutel Bezug Biber Biene Bild Billard Binse Biologe Birke Birkhuhn Birnbaum Birne
Biskuit Bison Bistro Blatt Blauwal Blazer Blitz Block Bluse Boa Bob Boccia Boden Bogen Bohne
Bohrer Boje Bolero Bolzen Bonbon Bongo Boot Borke Borte Boskop Bote Bouillon Boule Boutique
Bowling Brandung Brasse Braten Bratsche Brause Brei Brett Brezel Brie Brief Brigg Brille Brise
Brokkoli Bronze Brosche Brot Brotkorb Brunnen Buch Buche Buchfink Buchse Bucht Bude Buffet Bug
Bulette Bulgur Bullauge Bungalow Burg Burghof Bus Busch Bussard Butter Cabrio Cello Cembalo
Chalet Chanson Chaussee Chemiker Chili Chip Chor Chrom Chronik Clematis Clown Collage Collie
Computer Cord Couch Couscous Cousine Creme Curling Curry Dach Dachs Dackel Dahlie Dame Damm
Dampfer Dampflok Damwild Dank Dattel Deck Decke Deckel Deich Delfin Delta Denkmal Depot Dezember
Diadem Diamant Dichter Dichtung Dickicht Diele Dienstag Dill Dingo Dinkel Diode Dirigent Dirndl
Distel Docht Dogge Dohle Domino Dompfaff Donner Dorade Dorf Dorffest Dorfkrug Dorn Dorsch Drache
Drachen Draht Dreher Dreieck Dreirad Dressur Dromedar Droschke Drossel Drucker Dschunke Duett
Duft Dur Dusche Dynamo Ebbe Ebene Echo Echse Ecke Edamer Efeu Egge Eibe Eiche Eichhorn Eidechse
Eieruhr Eile Eimer Einband Einbaum Einfall Einhorn Einkauf Einrad Eintopf Eis Eisbahn Eisbein
Eisberg Eisdiele Eisen Eishalle Eislauf Eisregen Eisstock Eistanz Eistee Eisvogel Elch Elefant
Elfe Ellipse Elritze Elster Emu Endivie Energie Enkel Ente Enzian Epilog Erbse Erdbeere Erde
Erdnuss Erfinder Erker Erle Erpel Erz Esche Esel Eselsohr Espe Espresso Esse Essig Esstisch
Estragon Eule Fabel Fabrik Fachwerk Fackel Faden Fagott Fahrer Fahrrad Falke Falter Fanfare
Farbe Farn Fasan Fasching Fassade Faultier Faun Februar Feder Fee Feier Feige Feile Feld
Feldmaus Feldrain Feldweg Felge Fels Felsen Felsnase Felswand Fenchel Fenster Fermate Fernrohr
Fest Festzug Feta Feuer Fibel Fichte Figur Filet Filter Filz Filzhut Findling Fink Finnwal
Fischer Fjord Flachs Fladen Flamingo Flamme Flasche Flechte Flieder Fliege Fliese Flipper Flocke
Florist Flughund Flugzeug Flunder Flur Fluss Flussaue Flut Fohlen Fondue Forelle Forscher Forst
Forte Foto Fotograf Frachter Frack Frage Freesie Freibad Freitag Fresko Freude Freund Freundin
Frieden Frische Frohsinn Frosch Frost Fuchs Fuchsie Fuge Fuhrwerk Funke Funkturm Gabel Gabelung
Gala Galaxie Galeone Galerie Galopp Gamasche Gans Garage Gardenie Gardine Garn Garnele Garten
Gasse Gast Gasthaus Gasthof Gaube Gaukler Gazelle Gecko Gedanke Gedicht Geduld Gehege Gehweg
Geier Geige Gelee Geologe Gepard Geranie Gerste Geschenk Geselle Getriebe Gewinde Gewitter
Geysir Gibbon Giebel Ginkgo Ginster Gipfel Gips Giraffe Girlande Girlitz Gischt Gitarre Gladiole
Glanz Glas Glaser Glasur Glatteis Gleis Gleiter Globus Glocke Glut Glyzinie Gneis Gnocchi Gnom
Gnu Gockel Gold Goldlack Golf Gondel Gong Gorilla Gouda Graben Grafiker Granit Graphit Gras Grat
Graupel Grauwal Graveur Greif Griff Grille Grizzly Grotte Guanako Guave Gulasch Guppy Gurke
Gutshaus Gutshof Haarband Haarnetz Haarreif Habicht Hacke Hafen Hafer Hagel Hahn Hai Hain Haken
Hall Halle Hallig Halm Halma Halstuch Halter Hammer Hamster Handball Handtuch Hang Hangar Harfe
Harke Harmonie Harz Hase Hasel Hauch Haus Hausboot Hausmaus Haxe Hebel Hecht Heck Hecke Hefezopf
Heft Hefter Heide Heilbutt Heizung Helium Helm Hemd Henkel Henne Herberge Herbst Herd Hering
Hermelin Herz Heuboden Heugabel Hibiskus Himbeere Himmel Hirsch Hirse Hirte Hitze Hobby Hobel
Hochbahn Hochbeet Hochhaus Hochmoor Hochrad Hochwald Hochzeit Hocker Hockey Hof Hoffnung Hohlweg
Holunder Holzhaus Honig Hopfen Horizont Horn Hornisse Hose Hotel Hubwagen Huhn Hummel Hummer
Humor Hund Husky Hut Ibis Idee Igel Iglu Iltis Imbiss Imker Imkerei Impala Index Ingwer Inhalt
Innenhof Insel Iris Jacht Jacke Jade Jaguar Jahr Jalousie Januar Jasmin Jaspis Jersey Jet Joch
Jodler Joghurt Jojo Joker Jolle Jubel Juli Jungwald Juni Jupiter Jute Kabarett Kabel Kabeljau
Kachel Kaffee Kahn Kai Kaimauer Kajak Kakadu Kakao Kaki Kaktus Kalb Kalender Kalk Kalmar Kamel
Kamelie Kamera Kamille Kamin Kamm Kammer Kanal Kandis Kanne Kanon Kante Kantine Kanu Kap Kapitel
Kappe Kapuze Karaffe Karamell Karibu Karneval Karotte Karpfen Karren Karte Kasperle Kassler
Kastanie Kasten Kasuar Katze Kaufhaus Kaugummi Kauz Kefir Kegel Kehre Keil Keimling Keks Kelle
Keller Kellner Kelter Keramik Kerbel Kern Kerze Kessel Kette Kicker Kiebitz Kiefer Kiel Kies
Kiesel Kiez Kind Kino Kiosk Kirsche Kissen Kiste Kitt Kittel Kitz Kiwi Klamm Klammer Klang
Klapprad Klavier Kleber Klee Kleiber Kleid Kleinbus Klempner Klima Klingel Klinke Klippe Knauf
Knick Kniehose Knopf Knospe Koala Kobalt Kobold Kobra Koch Koffer Kogge Kohl Kohle Kohlrabi Koi
Koje Kojote Kokon Kokos Kolibri Kolkrabe Kombi Komet Komma Kommode Kompass Kompost Kompott
Konditor Kondor Konfetti Konzert Koppel Koralle Korb Kordel Kork Korken Kormoran Kornett
Kornfeld Kosmos Kotelett Krabbe Kraft Kragen Krake Kran Kranich Kranz Krapfen Krater Krawatte
Kreide Kreis Kreisel Kresse Kreuzung Kricket Kristall Krocket Krokant Krokette Krokodil Krokus
Krone Krug Krume Kruste Kuchen Kuckuck Kudu Kufe Kugel Kuh Kulisse Kumquat Kunst Kunsteis Kupfer
Kuppe Kuppel Kupplung Kurbel Kurpark Kurve Kutsche Kutter Kuvert Lache Lachs Lack Laden Lagune
Laib Laken Lakritz Lama Lamm Lampe Lampion Landbrot Landhaus Landwirt Languste Lappen Largo
Larve Lasagne Laster Laterne Latzhose Laub Laube Laubwald Lauch Lauf Laufrad Laune Laute Lava
Lavendel Legato Legende Leguan Lehm Lehrer Lehrling Leier Leinen Leinwand Leiste Leiter Lemming
Lemur Lenker Lenz Leopard Lerche Leser Letter Leuchte Leuchter Lexikon Libelle Licht Lichtung
Liebe Lied Liedchen Liege Lift Liguster Lilie Limette Limonade Linde Lineal Linie Linse Litschi
Lob Locher Loden Loggia Loipe Lok Lolli Lorbeer Lori Lot Lotion Lotse Lotus Luchs Luft Luke Lupe
Lupine Lurch Lutscher Lyra Madrigal Magier Magma Magnet Magnolie Mai Mais Maisfeld Majoran
Makake Makramee Makrele Makrone Malachit Maler Malve Mammut Mandel Mandrill Manege Mango Mangold
Mangrove Maniok Mantel Mappe Marabu Maracuja Marathon Marder Marimba Marke Markise Markt Marmor
Marone Mars Marzipan Masche Maske Mast Mate Matratze Matrose Matte Mauer Maulesel Maulwurf
Maurer Maus Medaille Meer Mehl Meise Meister Melange Melisse Melker Melodie Melone Mensa Menuett
Merkur Messing Metall Meteor Metro Metronom Metzger Mikado Mikrofon Milan Milch Mimose Mineral
Minigolf Minirock Minute Minze Mispel Mistel Mistral Mittag Mittwoch Mixer Mofa Mohn Mokassin
Mokka Molch Mole Molke Molkerei Moll Moment Monat Mond Monokel Monsun Montag Moor Moorsee Moos
Moped Mopp Morchel Morgen Mosaik Motel Motor Motorrad Motte Motto Muffin Mulde Muli Mungo Murmel
Museum Musical Musik Musiker Muskat Mut Mutter Myrte Mythos Nachbar Nacht Nachwort Nadel Nagel
Nager Naht Nandu Narwal Narzisse Nashorn Natter Nautilus Nebel Neffe Nektar Nelke Neon Neptun
Nerz Nessel Netz Netzteil Neugier Neumond Neustadt Nichte Nickel Niete Nische Nixe Notar Note
Notiz Nougat Novelle November Nummer Nuss Nussbaum Nutria Oase Oboe Obsidian Obstbaum Ochse Ofen
Ohrring Ohrwurm Okapi Okarina Okra Oktaeder Oktave Oktett Oktober Oldtimer Oleander Olive Olm
Omelett Onkel Onyx Opal Oper Operette Opossum Optiker Orange Orangeat Orbit Orca Orchidee Ordner
Ordnung Oregano Orgel Origami Orion Ort Ortsteil Oryx Otter Oval Overall Ozelot Paddel Paket
Palast Palette Palme Panda Panther Papagei Papaya Papier Pappel Paprika Papyrus Parasol Parcours
Parfait Park Parka Parkhaus Parmesan Partie Partitur Partner Pass Passage Pasta Pastell Pastete
Pauke Pause Pavian Pavillon Pedal Pegasus Pekinese Pelikan Pension Peperoni Pergola Perle
Petunie Pfad Pfanne Pfau Pfeffer Pferd Pfirsich Pflug Pforte Pfosten Phlox Physalis Physiker
Piano Piccolo Picknick Pier Pilot Pilz Pinguin Pinie Pinsel Pinzette Pirol Pistazie Piste Pizza
Plaid Plakat Plan Planet Planke Plankton Plastik Platane Plateau Platin Platine Platz Platzset
Pluto Pokal Polenta Polka Pollen Polo Polster Pomelo Poncho Pony Popcorn Porree Portal Portulak
Posaune Post Poster Posthorn Pottwal Praline Presse Presto Priel Prime Primel Printe Prinz
Prisma Prolog Puck Pudding Pudel Puder Pulli Pullover Pult Puma Pumpe Punkt Puppe Puter Puzzle
Pyramide Quader Quadrat Qualle Quark Quarte Quartett Quartier Quarz Quaste Quelle Quiche Quilt
Quinoa Quinte Quintett Quirl Quitte Quiz Rabatte Rabe Raclette Rad Radiator Radierer Radio
Radlader Radweg Ragout Rahm Rahmen Rain Rakete Rampe Ranke Rappe Raps Rapsfeld Rapunzel Rasen
Rasierer Raspel Rassel Rat Rathaus Ratsche Rauke Raupe Raureif Raute Ravioli Rebe Rebhang
Rebhuhn Rechen Rechner Rechteck Reck Refrain Regal Regatta Regen Register Reh Rehbock Rehkitz
Reibe Reif Reifen Reigen Reiher Reim Reis Reise Reisebus Reiter Relais Relief Remise Rennmaus
Rennrad Rentier Rettich Revue Ricotta Ried Riegel Riese Riff Rikscha Rind Rinde Ring Rinnsal
Rippchen Risotto Ritzel Robbe Robinie Rochen Rock Rodel Roggen Rolle Roller Rollfeld Rollo Roman
Rondo Rose Rosette Rosine Rosmarin Rotauge Rotkohl Rotmilan Rotor Rotwild Roulade Route Rubin
Rucksack Rucola Ruder Rugby Ruhe Rumba Rummel Runde Rutsche Saal Safran Saft Sage Sahne Saibling
Saite Sakko Salami Salat Salbei Salon Salto Salz Samba Samen Sammler Samstag Samt Sand Sandale
Sandbank Sanddorn Sanduhr Sandwich Saphir Sardelle Sardine Satellit Satin Sattel Saturn Satz
Saum Saumpfad Savanne Saxofon Schach Schaf Schakal Schal Schale Schalmei Schalter Schanze
Schatten Schauer Schaufel Schaukel Schaum Scheibe Schemel Schere Scherz Scherzo Scheune Schiefer
Schiff Schilf Schinken Schirm Schlager Schlange Schlauch Schlehe Schleie Schleife Schleuse
Schloss Schlucht Schmand Schmarrn Schmied Schmiede Schminke Schmuck Schnake Schnalle Schnecke
Schnee Schneise Scholle Schoner Schonung Schotter Schrank Schranke Schraube Schritt Schuh
Schulbus Schuster Schwalbe Schwamm Schwan Schwank Schwelle Sechseck See Seeadler Seegras
Seegurke Seehafen Seehecht Seehund Seeigel Seekuh Seelachs Seerose Seestern Seewolf Seezunge
Segel Segler Seide Seife Seil Seilbahn Seiltanz Seite Sekunde Sellerie Semmel Senf Senke Senkel
Senner Sennerin Sensor Sepia Septime Serenade Sesam Sessel Setzer Setzling Sieb Siedlung Siegel
Signal Silbe Silber Silo Sims Sinfonie Sinn Sirius Sirup Sisal Sitar Sittich Sitzsack Skat Ski
Skischuh Skistock Skizze Skulptur Smaragd Socke Sockel Sofa Softeis Sog Sohle Soljanka Solo
Sommer Sonate Sonde Sonne Sonntag Sopran Sorbet Souvenir Spachtel Spagat Spalier Spange Spargel
Sparren Spaten Spatz Specht Speck Speiche Speicher Spengler Sperber Sperling Spiegel Spiel
Spieluhr Spinat Spindel Spinett Spinne Spinnrad Spirale Spitz Spitze Spitzer Splint Sport
Sportler Springer Sprint Spross Sprosse Sprotte Spruch Sprudel Sprung Spule Squash Staccato
Stadel Stadion Stadt Stadttor Staffel Stahl Stall Stamm Star Start Statue Staudamm Stausee Steak
Stecker Steg Steig Stein Steingut Stelze Stempel Steppe Stern Stiefel Stiel Stier Stift Stimme
Stimmung Stint Stoff Stola Stollen Storch Strahl Strand Strauch Streich Streusel Strohhut Strom
Strophe Strudel Strumpf Stube Student Stufe Stuhl Stulle Stulpe Stunde Sturm Suite Sumpf Suppe
Sushi Tablett Tacker Tafel Taft Tag Tagebuch Tagetes Taglilie Taiga Takt Tal Tamburin Tandem
Tang Tango Tanker Tanne Tante Tanz Tapete Tapir Tasche Tasse Tastatur Taste Tau Taube Taucher
Taxi Teddy Tee Teekanne Teelicht Teestube Teich Telefon Teleskop Teller Tempo Tender Tenne
Tennis Tenor Teppich Terminal Termite Terrasse Terrier Terz Theater Thuja Thymian Tiara Tierpark
Tiger Tilsiter Tinte Tipp Tisch Tischler Titan Titel Toast Toaster Tofu Tomate Ton Tonart Tonne
Topas Topf Tor Torbogen Torte Tortilla Tourist Trab Tracht Trafo Trainer Traktor Tram Traube
Traum Trecker Tremolo Treppe Tretauto Tretboot Triangel Trichter Trieb Trikot Triller Trimaran
Trio Trockner Trommel Trompete Tropfen Trottoir Truhe Truthahn Tuba Tuch Tuff Tukan Tulpe Tundra
Tunnel Turbine Turm Turmalin Turnier Tweed Ufer Uferweg Uferzone Uhr Uhrturm Uhu Ukulele Ulk
Ulme Umarmung Umhang Umschlag Umzug Unke Urenkel Urlaub Urwald Vanille Vase Veilchen Ventil
Venus Veranda Verbene Vers Versteck Vetter Viadukt Vieleck Viereck Viertel Villa Viola Violine
Viper Vitrine Vogelbad Voliere Vollkorn Vollmond Vorhang Vorstadt Vorwort Vulkan Waage Wabe
Wachs Wachtel Waffel Wagen Waggon Wagner Wal Wald Waldhorn Waldkauz Waldrand Waldsee Wall
Wallaby Wallach Walnuss Walross Walze Walzer Wand Wanderer Wanne Waran Wasabi Wasser Watt Weber
Webstuhl Wecker Weg Wegerich Weiche Weide Weiher Weile Weiler Weinberg Weinrebe Weise Weizen
Welle Welpe Wels Weltall Werft Werkbank Wespe Weste Wetter Wichtel Widmung Wiege Wiese Wiesel
Wildpark Wimpel Wind Windhose Windhund Windrad Winkel Winter Winzer Wippe Wirbel Wirsing Wisent
Witz Woche Wolf Wolke Wolle Wombat Wort Wunder Wunsch Wurm Wurmfarn Wurst Wurzel Xylophon Yak
Yoga Zahl Zahnrad Zander Zange Zapfen Zauber Zauberei Zauberer Zaun Zebra Zebu Zeder Zeile
Zeisig Zelt Zement Zentaur Zentrum Zeppelin Zettel Zichorie Zicklein Ziege Ziegel Ziegelei Ziel
Ziesel Ziffer Zikade Zimmer Zimmerer Zimt Zink Zinn Zinnie Zirkel Zirkon Zirkus Zisterne Zither
Zitronat Zitrone Zobel Zollhaus Zoo Zoologe Zopf Zucchini Zucker Zug Zukunft Zweig Zwieback
Zwiebel Zwinge Zwirn Zylinder Zypresse
`;

export const ROOM_WORDS: readonly string[] = Object.freeze(WORDS.trim().split(/\s+/));
