"""German phrase families for customer_support tickets (format: PHRASES_SPEC.md)."""

from __future__ import annotations

LANGUAGE = "de"

PROBLEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Leider ist es mir {seit [weekday]|seit einigen Tagen|seit gestern Abend} nicht mehr möglich, mich in meinem Kundenkonto anzumelden.",
            "Bedauerlicherweise gelingt mir die Anmeldung {nicht mehr|seit kurzem nicht mehr}, obwohl ich mein Kennwort korrekt eingebe.",
            "Mir ist es {derzeit|aktuell} nicht möglich, auf mein Kundenkonto zuzugreifen, da mein Kennwort abgelehnt wird.",
        ),
        (
            "komm nicht mehr rein {:(|!!|}",
            "login geht seit {gestern|[weekday]|heute früh} nicht, pw falsch obwohl richtig",
            "pw vergessen, {komm nicht rein|kein zugriff mehr}",
        ),
        (
            "Ich hab {neulich|letzte Woche|vor ein paar Tagen} mein Passwort geändert und {jetzt fällt es mir nicht mehr ein|weiß es beim besten Willen nicht mehr}.",
            "Hab am [weekday] ein neues Passwort vergeben und {prompt|natürlich} wieder vergessen, {typisch ich|peinlich, ich weiß}.",
        ),
        (
            "Bei der Anmeldung erscheint {jedes Mal|immer} die Meldung „Ungültige Zugangsdaten“, obwohl E-Mail und Kennwort {stimmen|definitiv richtig sind}.",
            "Nach Eingabe meiner Zugangsdaten lande ich {in einer Endlosschleife|immer wieder} auf der Login-Seite, {Cookies sind schon gelöscht|auch in einem anderen Browser}.",
        ),
        (
            "Mein Zugang wird seit {dem Vormittag|[weekday]|dem Wochenende} {abgewiesen|verweigert}.",
            "Das Kennwort für meinen Account wird {nicht mehr angenommen|vom System zurückgewiesen}.",
        ),
        (
            "Ich habe ein neues Handy und {bekomme|erhalte} die Codes für die Zwei-Faktor-Authentifizierung nicht mehr, somit bin ich ausgesperrt.",
            "Der 2FA-Code aus der Authenticator-App wird {ständig|jedes Mal} als falsch {angezeigt|gemeldet}, über die Codeabfrage hinaus geht nichts.",
        ),
        (
            "Die Mail zum Zurücksetzen {kommt einfach nicht an|ist nie bei mir angekommen}, auch im Spam-Ordner ist nichts.",
            "Ich habe {schon dreimal|mehrfach|x-mal} auf „Passwort vergessen“ geklickt, {aber es kommt keine Mail|passiert ist gar nichts}.",
        ),
        (
            "Seit der Umstellung auf Single Sign-on {klappt die Anmeldung bei mir nicht mehr|komme ich nicht mehr in meinen Account}.",
            "Über den Google-Login {werde ich zwar weitergeleitet|geht zwar ein Fenster auf}, aber danach {bin ich wieder abgemeldet|steht da nur „Zugriff verweigert“}.",
        ),
        (
            "Das ist jetzt schon das {dritte|x-te} Mal {diesen Monat|in kurzer Zeit}, dass ich aus meinem eigenen Konto ausgesperrt bin!",
            "Schon wieder gesperrt. {Ich kann so nicht arbeiten.|Langsam reicht's.} An meinen Account komm ich nicht ran.",
        ),
        (
            "Ich weiss mein Passwort nicht mehr und {komme so|gelange dadurch} nicht ins Kundenportal.",
            "Leider ist mir das Kennwort {entfallen|nicht mehr präsent}, und ich finde {keinen Weg|nicht mehr} zurück in mein Benutzerkonto.",
        ),
        (
            "Passwort weg, {hilfe|Hilfe!!}",
            "Kennwort futsch{.|!| :(}",
            "Zugangsdaten {verbummelt|verschlampt}, {was nun|und jetzt}?",
        ),
        (
            "Mein Benutzerkonto wurde nach {mehreren|ein paar} falschen Eingaben {automatisch|vom System} gesperrt.",
            "Beim Einloggen steht jetzt „Account temporär gesperrt“, und das {seit über einer Stunde|schon den ganzen Vormittag}.",
            "Hab mich {dreimal|ein paar Mal} vertippt und nun ist der Account dicht.",
        ),
        (
            "Ich kann mich seit {gestern|[weekday]} nimmer einloggen, {des Passwort|das Kennwort} geht nimmer.",
            "Einloggen funktioniert bei mir nimmer, {keine Ahnung warum|weiß net wieso}.",
            "Komm seit heut früh nimmer ins Konto, {so a Schmarrn|echt zach}.",
        ),
        (
            "Der SMS-Code zur Bestätigung {trifft nie auf meinem Natel ein|erscheint nie auf meinem Natel}, ohne den ist Schluss.",
            "Beim Login wartet das System auf einen Sicherheitscode per SMS, {der aber ausbleibt|welcher jedoch nie eintrifft}.",
        ),
        (
            "Also ich wollte mich heute ganz normal anmelden, hab Mailadresse und Passwort eingetippt und dann kam {„Passwort falsch“|eine Fehlermeldung}, obwohl das seit Jahren so funktioniert, und jetzt {weiß ich auch nicht weiter|stehe ich halt da}.",
            "Ich tippe mein Passwort ein, so wie immer, drück auf Anmelden, und {zack|peng}, rote Meldung – {so geht das heute pausenlos|seit Stunden immer wieder}.",
        ),
        (
            "Meine alte E-Mail-Adresse gibt es nicht mehr, deshalb kann ich den Link zum Zurücksetzen gar nicht empfangen.",
            "Der Account hängt noch an meiner früheren Firmenadresse, auf die ich keinen Zugriff habe – so komme ich ans Passwort {nicht ran|nie ran}.",
        ),
        (
            "Der Zugriff auf das Nutzerkonto ist mir verwehrt, weil mein Kennwort offenbar {seine Gültigkeit verloren hat|als ungültig gilt}.",
            "Eine Anmeldung ist seit der letzten Passwortänderung {unmöglich|ausgeschlossen}.",
            "Auf meine Zugangsdaten {antwortet|reagiert} das System nur mit „Anmeldung fehlgeschlagen“.",
        ),
        (
            "Das System will, dass ich das Passwort ändere, {nimmt aber keins an|akzeptiert aber keinen meiner Vorschläge}.",
            "Mein Kennwort sei abgelaufen, heißt es, und beim Ändern erscheint {ständig|immer} „Passwort erfüllt nicht die Anforderungen“.",
        ),
        (
            "Mir wurde das Smartphone {geklaut|gestohlen}, darauf war die Authenticator-App – an mein Konto komme ich so nicht mehr.",
            "Die Wiederherstellungscodes für 2FA {sind weg|hab ich verlegt} und das alte Handy ist kaputt.",
        ),
        (
            "Ausgerechnet ich als Admin {habe mich|hab mich} selbst ausgesperrt, {peinlich|super gelaufen}.",
            "Der Workspace-Inhaber – also ich – bleibt vor der Tür, {der Rest vom Team nicht|alle anderen kommen rein}.",
        ),
        (
            "Der Link aus der Reset-Mail ist {jedes Mal|immer} schon abgelaufen, wenn ich draufklicke.",
            "Klicke ich auf den Rücksetz-Link, heißt es nur „Link ungültig oder abgelaufen“.",
        ),
        (
            "WARUM kann ich mich nicht einloggen??? Passwort stimmt!!!",
            "Seit {drei Tagen|Tagen} versuch ich reinzukommen, NICHTS klappt.",
            "Jetzt reicht's echt: Login verweigert, {schon wieder|zum x-ten Mal}!!",
        ),
    ),
    "billing_inquiry": (
        (
            "Auf meiner {letzten|aktuellen} Rechnung ist ein Betrag von [amount] aufgeführt, den ich mir nicht erklären kann.",
            "Mir ist {leider nicht ganz klar|nicht ersichtlich}, wofür mir {diesen Monat|zuletzt} [amount] in Rechnung gestellt wurden.",
        ),
        (
            "wofür sind die [amount] {auf meiner karte|vom konto}??",
            "[amount] abgebucht?? {wofür|was ist das}",
        ),
        (
            "Ich bin im [plan]-Tarif, aber {abgebucht|eingezogen} wurde {mehr als erwartet|ein höherer Betrag als sonst}.",
            "Laut Preisseite kostet [plan] {weniger|deutlich weniger}, als man mir {abgezogen|berechnet} hat.",
        ),
        (
            "Beim Durchsehen meiner Kontoauszüge ist mir eine Lastschrift von Ihnen über [amount] aufgefallen, die ich {nicht zuordnen|nicht einordnen} kann.",
            "Meine Buchhaltung hat {heute|am [weekday]} nachgefragt, was es mit der Zahlung über [amount] an Sie auf sich hat, und ich konnte es {ehrlich gesagt|selbst} nicht beantworten.",
        ),
        (
            "In der PDF-Rechnung fehlt {eine Aufschlüsselung|die Aufstellung der einzelnen Positionen}, man sieht nur die Gesamtsumme.",
            "Auf dem Rechnungsbeleg {stehen Positionen|tauchen Posten auf}, mit denen ich nichts anfangen kann.",
        ),
        (
            "Ich verstehe nicht, wie sich der Betrag von [amount] zusammensetzt, {insbesondere|vor allem} was die Umsatzsteuer angeht.",
            "Warum ist auf meinem Beleg {19 % MwSt.|Mehrwertsteuer} ausgewiesen, obwohl wir {eine USt-IdNr. hinterlegt haben|ein Unternehmen im EU-Ausland sind}?",
        ),
        (
            "Es sieht so aus, als wäre diesen Monat zweimal abgebucht worden – {oder ist das nur eine Vormerkung?|ist das eine Vorautorisierung?}",
            "In der Kreditkartenabrechnung sehe ich zwei Buchungen von Ihnen {am selben Tag|kurz hintereinander}, {was hat es damit auf sich|ist das so gewollt}?",
        ),
        (
            "Nach dem Wechsel auf [plan] ist eine anteilige Position auf der Abrechnung aufgetaucht, die für mich nicht nachvollziehbar ist.",
            "Seit dem Upgrade passt der Abrechnungszeitraum {irgendwie|für mich} nicht mehr, {die Beträge|die Teilbeträge} sind mir unklar.",
        ),
        (
            "Die Belastung meiner Kreditkarte mit [amount] ist mir {schleierhaft|ein Rätsel}.",
            "Mir ist {eine Belastung|ein Bezug} in Höhe von [amount] aufgefallen, bei der ich nicht weiss, wofür sie ist.",
        ),
        (
            "Sag mal, warum zahl ich jetzt plötzlich [amount] im Monat? Hab {nix|nichts} geändert.",
            "Kurze Frage: {Seit wann|Wieso} kostet mich das Ganze [amount]? {Dachte|Ich dachte}, das wäre günstiger.",
        ),
        (
            "Der Preis wurde offenbar erhöht, ohne dass wir {informiert|vorab benachrichtigt} wurden.",
            "Seit dem letzten Abrechnungszeitraum ist der Monatsbeitrag gestiegen – {eine Ankündigung|ein Hinweis} dazu ist mir nicht bekannt.",
        ),
        (
            "Ich dachte, ich hätte jährliche Zahlweise gewählt, abgerechnet wird aber monatlich.",
            "Bei uns wird Monat für Monat {abgebucht|eingezogen}, obwohl wir uns für den Jahresvertrag entschieden hatten – wie kommt das?",
        ),
        (
            "Auf der Rechnung stehen {zwölf|acht} Nutzerlizenzen, wir sind aber nur {fünf|drei} Leute.",
            "Die Anzahl der abgerechneten Sitzplätze passt nicht zu unserem Team, {woher kommen die|wer sind die anderen}?",
            "Warum zahlen wir für {zehn|sieben} Seats, wenn nur {vier|zwei} aktiv sind?",
        ),
        (
            "Rechnungsposten?? {check ich nicht|versteh ich nicht}",
            "Abbuchung [amount] – hä?",
            "rechnung unklar, {wtf|was soll das}",
        ),
        (
            "Abgebucht wurde in US-Dollar statt in Euro, dadurch {schwankt der Betrag|stimmt die Summe nicht mit dem Angebot überein}.",
            "Warum erscheint die Zahlung auf der Kartenabrechnung mit {Auslandseinsatzgebühr|Fremdwährungsgebühr}?",
        ),
        (
            "Eigentlich nutze ich nur den kostenlosen Tarif, trotzdem ist eine Abbuchung über [amount] aufgetaucht – wie kann das sein?",
            "Wieso wird mir überhaupt etwas berechnet, ich bin doch im {Gratis-Modell|Free-Plan}?",
        ),
        (
            "Nach Ende der Testphase kam eine Rechnung, und es erschließt sich mir nicht, was genau da berechnet wird.",
            "Der Probezeitraum ist vorbei und plötzlich gibt es {eine Forderung|einen Betrag} über [amount] – welche Leistung steckt dahinter?",
        ),
        (
            "Grüezi, auf der Monatsrechnung sehe ich eine Position «Zusatzleistungen» und weiss nicht, was damit gemeint ist.",
            "Wir fragen uns, weshalb auf dem Beleg {«Servicepauschale»|«Zusatzmodul»} steht, das haben wir nie bestellt, soweit ich weiss.",
        ),
        (
            "Für unseren Jahresabschluss benötigen wir {Klarheit|eine Klärung} darüber, welche Leistungen die Überweisung vom [weekday] abdeckt.",
            "Im Rahmen der Belegprüfung fiel ein Posten über [amount] auf, dessen Leistungszeitraum nicht ersichtlich ist.",
        ),
        (
            "Abgezogen wurde per SEPA-Lastschrift, obwohl ich {Kreditkarte|PayPal} eingestellt habe – welcher Posten ist das?",
            "Wieso taucht bei PayPal eine Zahlung an euch auf, wo ich doch auf Rechnung zahle?",
        ),
        (
            "Da steht was von Mehrverbrauch bzw. {Überschreitung|Zusatzkontingent}, ich wusste nicht, dass es so etwas gibt.",
            "Die Position „Overage“ in der Monatsabrechnung sagt mir nichts, {was wurde da gezählt|wonach wird das berechnet}?",
        ),
        (
            "Ich hab heute ins Onlinebanking geschaut und da taucht eine Abbuchung von euch auf, die {höher ist als sonst|anders aussieht als die letzten Monate}, und ich frag mich halt, ob da ein Zusatzmodul dabei ist oder was das sein soll.",
            "Mein Mann hat mich gefragt, warum wir {neuerdings|seit ein paar Wochen} mehr an euch zahlen, und ehrlich, ich hab keinen Schimmer, {darum frag ich mal nach|deshalb die Frage}.",
        ),
    ),
    "api_integration": (
        (
            "Unsere Integration erhält seit [weekday] {durchgehend|sporadisch|vermehrt} den Statuscode 401 von Ihrer API.",
            "Die Anbindung unseres Systems an Ihre Programmierschnittstelle {funktioniert|läuft} seit {gestern|dem letzten Update} nicht mehr zuverlässig.",
        ),
        (
            "api gibt nur noch 429 zurück, {rate limit|too many requests} obwohl wir kaum calls machen",
            "kriegen dauernd 429er von euch, {was ist da los|limit kann eigentlich nicht sein}",
        ),
        (
            "Wir haben am [weekday] ein Release ausgerollt, {und seitdem|und seither} schlagen die Aufrufe an Ihre Schnittstelle fehl.",
            "Nach unserem {letzten Deployment|Umzug auf neue Server} scheitern die Requests an Ihre API {reihenweise|fast alle}.",
        ),
        (
            "Der Endpoint {/v2/orders|/v1/contacts|/v2/invoices} liefert bei POST einen 500 Internal Server Error, GET {geht problemlos|funktioniert}.",
            "Beim Aufruf von {/v2/orders|/v1/sync} kommt {sporadisch|reproduzierbar} HTTP 500 mit {leerem Body|„internal_error“} zurück.",
        ),
        (
            "Unser API-Schlüssel scheint ungültig geworden zu sein, jede Anfrage wird mit „invalid_api_key“ {abgelehnt|quittiert}.",
            "Mit dem {hinterlegten|bisherigen} Key {bekommen|erhalten} wir {nur noch|ausschließlich} 401 Unauthorized.",
        ),
        (
            "Die Requests laufen nach {ca. 30|rund 60} Sekunden in einen Timeout, das war früher nicht so.",
            "Antworten Ihres Servers {dauern ewig|brauchen extrem lange} und unser Client bricht mit Zeitüberschreitung ab.",
        ),
        (
            "Die Webhooks kommen bei uns {seit [weekday]|seit Tagen} nicht mehr an und {unser Sync bricht ab|unsere Synchronisation steht}.",
            "Ihre Callback-Aufrufe an unseren Endpunkt {bleiben aus|kommen nur noch vereinzelt}, {obwohl|dabei} die URL erreichbar ist.",
        ),
        (
            "Unser Shop-Plugin kann sich nicht mehr mit Ihrem Dienst verbinden, im Log steht „unauthorized“.",
            "Die Verbindung zwischen {unserem ERP|unserem CRM|unserer Warenwirtschaft} und Ihrem Service {reißt ständig ab|kommt nicht mehr zustande}.",
        ),
        (
            "Seit heute {Morgen|Mittag} werden {alle|fast alle} Anfragen unseres Backends mit Fehlermeldungen beantwortet.",
            "Automatisierte Abrufe von unserer Seite werden {neuerdings|seit kurzem} {abgelehnt|blockiert}, ohne dass sich bei uns etwas geändert hätte.",
        ),
        (
            "Hey, unser Skript kriegt beim Abrufen der Daten {ständig|dauernd} Fehler zurück, der Token ist aber {neu|frisch}.",
            "Mein Python-Client wirft {andauernd|seit gestern} Exceptions, sobald er eure Schnittstelle anspricht, keine Ahnung wieso.",
        ),
        (
            "Seit der Umstellung der Berechtigungen bekommen wir 403 Forbidden bei {/v2/projects|/v1/users}.",
            "Der Token hat offenbar nicht die richtigen Scopes, die Schnittstelle antwortet mit „insufficient_scope“.",
        ),
        (
            "Das Erneuern des Access-Tokens über den Refresh-Token schlägt fehl ({invalid_grant|400 Bad Request}).",
            "Nach genau einer Stunde laufen unsere OAuth-Tokens ab und lassen sich {nicht erneuern|nicht auffrischen}.",
        ),
        (
            "api kaputt?",
            "Schnittstelle antwortet {nicht|nimmer}",
            "HTTP 502 bei jedem call",
        ),
        (
            "Die Paginierung liefert doppelte {Einträge|Datensätze}, ab Seite {3|5} bricht der Cursor weg.",
            "Beim Weiterblättern über den next-Cursor kommt irgendwann ein 400 zurück, {ohne Erklärung|einfach so}.",
        ),
        (
            "Die Signaturprüfung an unserem Webhook-Empfänger schlägt neuerdings fehl, der Header passt nicht zum Payload.",
            "Eure Event-Benachrichtigungen kommen an, aber die HMAC-Signatur {stimmt nie|ist immer falsch}.",
        ),
        (
            "Nach dem Update auf {die neue SDK-Version|Version 3 eurer Library} sehen wir nur Deserialisierungsfehler.",
            "Euer npm-Paket wirft seit dem jüngsten Minor-Release {TypeErrors|Fehler beim Import}.",
            "Das offizielle Python-SDK crasht beim Parsen der Antwort, {seit ihr das Format geändert habt|vermutlich wegen eines neuen Feldes}.",
        ),
        (
            "Obwohl wir uns an das dokumentierte Kontingent halten, meldet die Schnittstelle {„quota exceeded“|ein überschrittenes Kontingent}.",
            "Der Header {X-RateLimit-Remaining|Retry-After} passt überhaupt nicht zu unserer tatsächlichen Nutzung.",
        ),
        (
            "In der Sandbox funktioniert alles, in der Produktivumgebung hagelt es Fehlermeldungen.",
            "Mit den Live-Zugangsdaten scheitert jeder Aufruf, {mit den Testschlüsseln|im Testmodus} nicht.",
        ),
        (
            "Unser Zap bei Zapier, der mit eurem Dienst verbunden ist, {bricht ständig ab|meldet „Authentication failed“}.",
            "Das Szenario in Make {scheitert|hängt} immer an dem Modul, das eure Daten abholt.",
        ),
        (
            "Unser Server kann keine Verbindung zu eurem API-Host aufbauen: {SSL-Handshake fehlgeschlagen|Zertifikatsfehler}.",
            "Seit dem Zertifikatswechsel auf eurer Seite lehnt unser Java-Client die Verbindung ab.",
        ),
        (
            "Beim Anlegen von Datensätzen antwortet ihr mit 422 Unprocessable Entity, obwohl das JSON dem Schema entspricht.",
            "Die Validierung lehnt unsere Payload ab, angeblich fehlt ein Feld, das in der Doku gar nicht vorkommt.",
        ),
        (
            "Unser Dienstleister sagt, schuld sei eure Schnittstelle, dass {die Bestellungen|die Daten} uns nicht mehr erreichen.",
            "Ich bin kein Techniker, aber unsere Agentur meint, Ihr System lehnt die Zugriffe unserer Software ab.",
        ),
    ),
    "refund_request": (
        (
            "Ich habe {versehentlich|irrtümlich} den [plan]-Tarif gebucht und möchte den Betrag von [amount] erstattet bekommen.",
            "Die Buchung über [amount] erfolgte {irrtümlich|aus Versehen}, weshalb ich um Erstattung des Betrags bitte.",
        ),
        (
            "abo gekündigt, trotzdem [amount] abgebucht. will die kohle zurück",
            "geld zurück bitte, {hab längst gekündigt|war ne fehlbuchung}",
        ),
        (
            "Vor [days] Tagen habe ich gekündigt, und trotzdem wurde erneut abgebucht – das Geld hätte ich gern wieder.",
            "Ich hatte {schon im letzten Monat|rechtzeitig} gekündigt, {bin aber trotzdem|wurde aber dennoch} mit [amount] belastet, die ich zurückhaben möchte.",
        ),
        (
            "Das Produkt {hält leider nicht|erfüllt nicht}, was versprochen wurde – ich will daher den Kaufpreis wiederhaben.",
            "{Ehrlich gesagt|Leider} bin ich mit dem Service {überhaupt nicht|gar nicht} zufrieden und möchte die Zahlung zurückerstattet haben.",
        ),
        (
            "Mir wurden [amount] doppelt abgezogen; eine der beiden Zahlungen {müsste|sollte} zurückgebucht werden.",
            "Die Zahlung ging {zweimal|zweifach} raus, den doppelten Betrag bitte zurück aufs Girokonto.",
        ),
        (
            "Eine Erstattung über [amount] wurde mir zugesagt, ist aber {bis heute|nach [days] Tagen immer noch} nicht eingegangen.",
            "Die {angekündigte|versprochene} Gutschrift ist auf meinem Konto {nie angekommen|noch nicht sichtbar}.",
        ),
        (
            "Nach der Testphase wurde {automatisch|ungefragt} verlängert und [amount] eingezogen, obwohl ich das nicht wollte; die Summe will ich zurückerhalten.",
            "Die automatische Verlängerung {hab ich übersehen|war mir nicht bewusst}, kann die Abbuchung rückgängig gemacht werden?",
        ),
        (
            "Die Belastung von [amount] war ein Versehen meinerseits, ich {bitte um|ersuche um} Rückvergütung.",
            "Ich wünsche, dass mir der Betrag {zurückvergütet|gutgeschrieben} wird, da ich den Dienst {nie|gar nie} genutzt habe.",
        ),
        (
            "Hab aus Versehen das Jahresabo genommen statt monatlich, {krieg ich das Geld wieder|kann ich das zurückkriegen}?",
            "Ups, {hab|habe} doppelt bestellt – gibt's die [amount] zurück?",
        ),
        (
            "Ich zahle nicht für einen Dienst, der {seit Wochen|ständig} nicht funktioniert – ich erwarte, dass Sie mir den Monatsbeitrag zurückerstatten.",
            "Für [days] Tage Ausfall {will ich|verlange ich} mein Geld zurück, und zwar {vollständig|komplett}.",
        ),
        (
            "[amount] zu viel bezahlt, {will das zurück|bitte zurück damit}",
            "falsch abgebucht → will rückbuchung",
            "Zahlung war nicht gewollt, {Kohle zurück|zurück damit} bitte",
        ),
        (
            "Ich mache von meinem {14-tägigen|gesetzlichen} Widerrufsrecht Gebrauch und verlange die Rückzahlung der bereits gezahlten [amount].",
            "Hiermit widerrufe ich den Vertrag vom [weekday] und fordere das gezahlte Entgelt zurück.",
        ),
        (
            "Ich bin mitten im Monat auf einen günstigeren Tarif gewechselt, {die Differenz|den zu viel bezahlten Anteil} sollten Sie mir zurückzahlen.",
            "Nach dem Downgrade auf [plan] steht mir doch eine anteilige Rückzahlung zu, oder?",
        ),
        (
            "Mein Konto habe ich {vor Wochen|längst} gelöscht, trotzdem läuft die Abbuchung weiter – die Beträge seitdem will ich wiederhaben.",
            "Obwohl der Account nicht mehr existiert, wird weiter eingezogen; diese Zahlungen gehören mir zurückgezahlt.",
        ),
        (
            "Entweder die Summe ist bis {Freitag|Ende der Woche} wieder da, oder ich veranlasse eine Rücklastschrift bei meiner Bank.",
            "Ich habe keine Lust mehr zu warten: her mit den [amount], sonst widerrufe ich die Lastschrift.",
        ),
        (
            "Das Upgrade auf [plan] ist mir beim Herumklicken passiert, den Aufpreis möchte ich bitte zurückbekommen.",
            "Ich habe nur geschaut, was [plan] kann, und schwupps war es gebucht – den Mehrbetrag bitte erstatten.",
        ),
        (
            "Die Funktion, wegen der ich bezahlt habe, gibt es in meinem Tarif gar nicht – dafür will ich den Betrag wiederhaben.",
            "Ihr Produkt kann nicht, was auf der Website steht, also {zahlen Sie mir bitte zurück, was ich bezahlt habe|möchte ich die Zahlung zurück}.",
        ),
        (
            "Ich habe diese Zahlung nie autorisiert – jemand hat mit meiner Karte ein Abo abgeschlossen. Das Geld soll zurückgebucht werden.",
            "Die Belastung über [amount] stammt nicht von mir, ich erwarte eine Rückbuchung auf meine Karte.",
        ),
        (
            "Wir haben [days] Tage lang für Lizenzen gezahlt, die nach der Verkleinerung des Teams niemand mehr genutzt hat – diese Beträge hätten wir gern erstattet.",
            "Für die ungenutzten Plätze seit {dem Abgang zweier Kollegen|unserer Umstrukturierung} verlangen wir eine Gutschrift.",
        ),
        (
            "Von meiner Bankomatkarte wurden [amount] abgebucht, obwohl ich nichts schuldig bin – das Geld gehört mir zurücküberwiesen.",
            "Im Jänner wurde {zweimal|doppelt} abgebucht, {bitte um Refundierung|das gehört refundiert}.",
        ),
        (
            "Der Rabattcode wurde beim Kauf nicht abgezogen, den Differenzbetrag will ich erstattet bekommen.",
            "Mir wurde ein Nachlass von {20|30} % zugesagt, berechnet wurde aber der volle Preis; die zu viel gezahlte Summe bitte ich zu erstatten.",
        ),
        (
            "Ich habe das Tool eine Woche ausprobiert, {gemerkt|festgestellt}, dass es für uns einfach nicht passt, und direkt gekündigt – nur wurde eben schon der volle Jahresbetrag eingezogen, und diesen Betrag will ich jetzt bitte zurück, zumindest anteilig.",
            "Kurz zusammengefasst: bestellt, {ausprobiert|getestet}, für untauglich befunden, gekündigt – weg ist das Geld trotzdem, und ich hätte es gerne wieder bei mir.",
        ),
    ),
    "data_migration": (
        (
            "Wir sind {derzeit|gerade} dabei, unsere Daten aus {unserem Altsystem|Jira|Trello|Asana} zu Ihnen zu übertragen, und möchten sicherstellen, dass alles korrekt angekommen ist.",
            "Die Übertragung unserer Bestände aus {dem bisherigen Tool|unserer alten Software} ist angestoßen, jedoch {können wir nicht beurteilen|ist uns unklar}, ob sie vollständig war.",
        ),
        (
            "import hängt seit {gestern|[weekday]}, steht immer noch auf {„läuft“|„in progress“}",
            "migration {durch?|fertig oder nicht?} seh nix",
        ),
        (
            "Beim CSV-Import {fehlen|verschwinden} {ungefähr|etwa} die Hälfte der Datensätze.",
            "Ich habe {eine CSV-Datei|mehrere CSV-Dateien} hochgeladen, {aber|doch} nur ein Teil der Zeilen ist angekommen.",
        ),
        (
            "Wir wechseln von einem anderen Anbieter zu Ihnen und haben am [weekday] den Umzug unserer Projekte gestartet.",
            "{Letzte Woche|Vor [days] Tagen} haben wir beschlossen, komplett zu Ihnen umzuziehen, und den Transfer {unserer Kundendaten|aller Projekte} angeschoben.",
        ),
        (
            "Der Migrationsjob ist mit einem Fehler abgebrochen, {genauere Infos bekomme ich nicht|eine Fehlermeldung sehe ich nicht}.",
            "Unser Migrationslauf {ist fehlgeschlagen|wurde abgebrochen} und {zeigt nur „failed“|es steht nur „failed“ da}.",
        ),
        (
            "Die Übernahme unserer Bestandsdaten in den neuen Workspace ist noch nicht durch und ich bin unsicher, ob das normal ist.",
            "Unsere {alten Datensätze|historischen Einträge} sind {nur zum Teil|erst teilweise} im neuen Workspace {sichtbar|zu finden}.",
        ),
        (
            "Nach der Übertragung stimmen die {Benutzerzuordnungen|Verknüpfungen} und Anhänge {nicht mehr|hinten und vorne nicht}.",
            "Bei den übernommenen {Tickets|Aufgaben} fehlen {Kommentare|Dateianhänge}, außerdem sind {die Zuständigkeiten|die Besitzer} falsch.",
        ),
        (
            "Unsere Altdaten wurden nur {teilweise|lückenhaft} übernommen.",
            "Von den {rund 5.000|mehreren tausend} Datensätzen wurden {bisher|offenbar} nicht alle importiert.",
        ),
        (
            "Hey, ich hab meine ganzen Projekte rübergezogen, bin mir aber nicht sicher, ob alles da ist.",
            "Hab den Umzug {von Notion|von Excel|aus dem alten Tool} zu euch angestoßen, {sieht irgendwie unvollständig aus|weiß nicht, ob das geklappt hat}.",
        ),
        (
            "Das Migrationstool meldet „completed“, in der Übersicht tauchen aber deutlich weniger Einträge auf als in der Quelle.",
            "Laut Status ist der Import {abgeschlossen|fertig}, {die Zählung|ein Abgleich} ergibt aber {eine Differenz|Abweichungen} zu unserem Export.",
        ),
        (
            "Nach dem Import sind alle Umlaute kaputt, aus „Müller“ wird „MÃ¼ller“.",
            "Sonderzeichen werden beim Einlesen der Datei {zerschossen|falsch dargestellt}, vermutlich ein Problem mit der Zeichenkodierung.",
        ),
        (
            "Die Datumsfelder werden {falsch interpretiert|vertauscht}: aus dem 03.04. wird der 4. März.",
            "Beim Feldmapping landen die Telefonnummern in der Spalte für Notizen.",
            "Nach dem Einspielen stehen {Vor- und Nachnamen|Straße und Ort} in den falschen Feldern.",
        ),
        (
            "Unsere Excel-Tabelle (xlsx) lässt sich {nicht hochladen|nicht einlesen}, es kommt nur „Dateiformat nicht unterstützt“.",
            "Der Upload der Kundenliste bricht bei {ca. 40 %|etwa der Hälfte} ab.",
        ),
        (
            "Der Import wurde bei uns zweimal gestartet und jetzt ist alles doppelt vorhanden.",
            "Durch einen erneuten Lauf der Übernahme sind {Dubletten|doppelte Kontakte} entstanden.",
        ),
        (
            "Datenübernahme hängt fest",
            "Datenumzug – durch oder was??",
            "Import: 0 von {3.400|1.200} übernommen ???",
        ),
        (
            "Im Zuge der Ablösung unseres bisherigen Systems steht die Überführung der Bestandsdaten an; der erste Testlauf hat {Abweichungen|Inkonsistenzen} ergeben.",
            "Die Probemigration ist durchgelaufen, die Prüfung der Datenqualität zeigt jedoch {fehlende Felder|unvollständige Datensätze}.",
        ),
        (
            "Der Migrationsassistent bleibt bei Schritt {3 von 5|„Zuordnung“} stehen.",
            "Im Import-Wizard komme ich über die Feldzuordnung nicht hinaus, der Weiter-Knopf {tut nichts|ist ausgegraut}.",
        ),
        (
            "Wir ziehen von {Bexio|unserem alten CRM} zu Ihnen um; bei der Datenübernahme sind {die Adressen|die Dossiers} unvollständig.",
            "Beim Transfer unserer Dossiers aus der bisherigen Lösung ist {einiges|ein Teil} liegen geblieben.",
        ),
        (
            "Alle übernommenen Einträge tragen das heutige Datum statt des ursprünglichen Erstelldatums.",
            "Die Historie (Änderungsverlauf, Zeitstempel) ist beim Herüberholen {verloren gegangen|auf der Strecke geblieben}.",
        ),
        (
            "Unser Import steckt seit Stunden in der Warteschlange und {startet gar nicht erst|rührt sich nicht}.",
            "Status „queued“ seit [weekday], {da bewegt sich nichts|nichts passiert}.",
        ),
        (
            "Hab die Kontakte aus Outlook rübergeschaufelt, aber die Hälfte is weg.",
            "Die ganze Kundendatei per CSV reingekippt und jetzt fehlen {Firmen|ganze Firmen|Ansprechpartner}.",
        ),
        (
            "Die Ordnerstruktur bzw. Unterprojekte wurden beim Transfer flachgeklopft, alles liegt jetzt auf einer Ebene.",
            "Die Verschachtelung unserer Projekte ist nach der Übernahme {weg|futsch}, {Unteraufgaben|Unterordner} hängen lose herum.",
        ),
    ),
}

REQUESTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Könnten Sie mir bitte einen Link zum Zurücksetzen meines Kennworts {zusenden|schicken}?",
            "Ich bitte Sie, mein Passwort zurückzusetzen{, damit ich wieder arbeiten kann|}.",
        ),
        (
            "pls reset link schicken",
            "bitte pw zurücksetzen{, danke|, thx|}",
        ),
        (
            "Kannst du mir {bitte|mal} helfen, wieder in meinen Account zu kommen?",
            "Wär {super|klasse}, wenn du mein Passwort {zurücksetzen|resetten} könntest.",
        ),
        (
            "Ich brauche {dringend|heute noch} wieder Zugriff auf mein Konto – bitte um einen Reset.",
            "Bitte {sorgen Sie dafür|kümmern Sie sich darum}, dass ich mich {schnellstmöglich|umgehend} wieder einloggen kann.",
        ),
        (
            "Wie lege ich ein anderes Kennwort fest?",
            "Was muss ich tun, um {mir ein frisches Passwort zu setzen|mein Login wiederherzustellen}?",
        ),
        (
            "Ich wäre froh, wenn Sie mir einen neuen Anmeldelink zustellen könnten.",
            "Dürfte ich Sie um eine Mail zum Neusetzen des Kennworts bitten?",
        ),
        (
            "Bitte entsperren Sie mein Konto{, damit ich es erneut versuchen kann|}.",
            "Heben Sie bitte die Sperre meines Zugangs auf.",
        ),
        (
            "Passwort neu bitte",
            "Zugang wieder freischalten, danke",
            "mach mir bitte nen neuen Login-Link",
        ),
        (
            "Könnten Sie die 2FA-Bindung an mein altes Gerät {aufheben|entfernen}?",
            "Bitte deaktivieren Sie 2FA vorübergehend, damit ich ein neues Gerät koppeln kann.",
        ),
        (
            "Für ein frisches Kennwort wäre ich Ihnen sehr verbunden.",
            "Ist es möglich, meine Zugangsdaten neu zu setzen? Merci vielmal.",
        ),
        (
            "Schalten Sie meinen Account {endlich|sofort} wieder frei!",
            "Ich will JETZT wieder rein, {macht was|tut was}.",
        ),
        (
            "Gibt es eine Möglichkeit, das Passwort ohne Zugriff auf die alte Mailadresse zurückzusetzen?",
            "Wie komme ich an einen weiteren Reset-Link, wenn die Mails nicht ankommen?",
        ),
        (
            "Lösen Sie die Zurücksetzungs-Mail bitte erneut aus, {gern auch an eine andere Adresse|am besten gleich}.",
            "Schickt mir die Mail fürs Kennwort-Ändern bitte noch ein zweites Mal.",
        ),
        (
            "Ein Einmalpasswort, das ich beim ersten Login ändere, wäre perfekt.",
            "Ein temporäres Kennwort per SMS wäre mir am liebsten.",
        ),
        (
            "Als Inhaber des Workspaces bitte ich Sie, meine Anmeldedaten neu zu vergeben.",
            "Bitte bringen Sie meinen Admin-Zugang wieder in Ordnung, {das Team wartet|sonst steht bei uns alles}.",
        ),
    ),
    "billing_inquiry": (
        (
            "Könnten Sie mir bitte erläutern, wie sich dieser Betrag zusammensetzt?",
            "Ich bitte um eine {kurze|nachvollziehbare} Erklärung der Abbuchung.",
        ),
        (
            "bitte kurz erklären wofür",
            "was genau zahl ich da? info pls",
        ),
        (
            "Schicken Sie mir bitte eine {detaillierte|aufgeschlüsselte} Aufstellung der {berechneten|abgerechneten} Leistungen.",
            "Senden Sie mir bitte {eine Kopie der Rechnung|den Beleg} mit allen Positionen.",
        ),
        (
            "Kannst du mal nachschauen, was da {los ist|abgerechnet wurde}, und mir Bescheid geben?",
            "Sag mir doch, wofür {genau|eigentlich} das Geld {weg ist|eingezogen wurde}.",
        ),
        (
            "Zurückhaben möchte ich nichts, nur verstehen, {was|wofür} ich bezahle.",
            "Es geht mir nur um eine Erklärung – {erstattet werden muss nichts|eine Erstattung will ich gar nicht}.",
        ),
        (
            "Bitte prüfen Sie, ob die Abrechnung zu meinem [plan]-Tarif passt, und geben Sie mir Rückmeldung.",
            "Ich bitte um Überprüfung, ob die {Zahlung|Buchung} korrekt ist.",
        ),
        (
            "Um eine Auflistung der Einzelposten wird gebeten.",
            "Erbitte Aufschlüsselung der Posten auf Rechnung Nr. {2024-1127|8841}.",
        ),
        (
            "erklärung pls",
            "Posten erklären, thx",
            "was genau ist das? bitte auflösen",
        ),
        (
            "Wofür genau wird mir das berechnet? Bitte so erklärt, dass es auch mein Steuerberater versteht.",
            "Können Sie mir das so erklären, dass ich es meiner {Buchhaltung|Chefin} weitergeben kann?",
        ),
        (
            "Eine Rechnung mit korrekt ausgewiesener MwSt. wäre nötig.",
            "Ich bräuchte {den Beleg|die Rechnung} noch einmal mit Leistungszeitraum und USt.-Ausweis.",
        ),
        (
            "Welche Leistungen sind in der Abbuchung vom [weekday] enthalten?",
            "Welche Module bzw. Lizenzen stecken in dem Betrag genau drin?",
        ),
        (
            "Rechnen Sie mir vor, wie Sie auf [amount] kommen.",
            "Zeigen Sie mir die Rechnung Schritt für Schritt, {Nutzer mal Preis|Posten für Posten}.",
        ),
        (
            "Ich möchte nur Klarheit, keine Gutschrift und keine Rückbuchung – was ist das für ein Betrag?",
            "Ich verlange kein Geld, nur Transparenz darüber, was abgerechnet wird.",
        ),
        (
            "Was beinhaltet die Position «Zusatzoptionen»? Für ein paar erklärende Worte wäre ich dankbar. Merci.",
            "Was verbirgt sich hinter dem Posten «Servicegebühr»? Besten Dank für die Auskunft.",
        ),
        (
            "Sagt mir, ob das so stimmt oder ob sich ein Fehler eingeschlichen hat.",
            "Checkt bitte mal, ob die Summe zu unserem Vertrag passt, und sagt mir, was rauskommt.",
        ),
    ),
    "api_integration": (
        (
            "Könnten Sie bitte {prüfen|nachsehen}, woran die fehlerhaften Anfragen liegen?",
            "Ich bitte um Analyse der {Fehler|Fehlermeldungen} auf Ihrer Seite.",
        ),
        (
            "bitte mal logs checken",
            "pls anschauen, {brauchen das asap|ist prod}",
        ),
        (
            "Bitte stellen Sie uns einen neuen API-Schlüssel aus.",
            "Können wir {einen frischen|einen neuen} Key bekommen, falls der alte {ungültig|gesperrt} ist?",
        ),
        (
            "Kannst du {mal|bitte} schauen, ob bei euch {was kaputt ist|ein Problem vorliegt}?",
            "Sag Bescheid, {wenn ihr was findet|was eure Logs sagen}.",
        ),
        (
            "Bitte teilen Sie uns mit, welche {Limits|Ratenlimits} für unseren Tarif gelten und wie wir damit umgehen sollen.",
            "Was müssen wir {ändern|anpassen}, damit die Aufrufe wieder durchgehen?",
        ),
        (
            "Wir bitten um Weiterleitung an {Ihr Entwicklerteam|die Technik|den Second-Level-Support}.",
            "Leiten Sie das bitte an jemanden weiter, der sich mit der Schnittstelle {auskennt|wirklich auskennt}.",
        ),
        (
            "Bitte heben Sie das Ratenlimit für unseren Account {vorübergehend|dauerhaft} an.",
            "Können wir ein höheres Kontingent an Requests bekommen?",
        ),
        (
            "Schauen Sie bitte nach, ob unsere Request-ID {req_8f3a2c|4711-abc} serverseitig protokolliert ist.",
            "Anbei die IDs der fehlgeschlagenen Aufrufe, bitte {gleichen Sie die mit Ihren Logs ab|verfolgen Sie die serverseitig}.",
        ),
        (
            "Schnittstelle fixen bitte",
            "key rotieren pls",
            "bitte 500er beheben, {danke|eilt}",
        ),
        (
            "Bestätigen Sie uns bitte, ob bei Ihnen gerade eine Störung vorliegt, und nennen Sie einen Zeitrahmen für die Behebung.",
            "Wir benötigen eine Aussage, ob ein Incident vorliegt und bis wann er gelöst ist.",
        ),
        (
            "Bitte schalten Sie die fehlenden Berechtigungen (Scopes) für unseren Token frei.",
            "Erweitern Sie bitte die Rechte unseres OAuth-Clients, damit wir auf {Rechnungen|Projekte} zugreifen dürfen.",
        ),
        (
            "Könnt ihr die ausstehenden Webhooks erneut zustellen?",
            "Bitte die fehlgeschlagenen Events nochmal an unsere URL senden.",
        ),
        (
            "Wir bräuchten ein Beispiel für einen funktionierenden Aufruf, damit wir unseren Code abgleichen können.",
            "Habt ihr ein curl-Snippet, das bei euch sicher klappt? Dann vergleichen wir.",
        ),
        (
            "Unsere neuen Server-IPs müssten bitte in die Allowlist.",
            "Unsere Aufrufe werden wohl per Firewall geblockt, {könnt ihr das freigeben|bitte entsperren}.",
        ),
        (
            "Wir erwarten gemäß SLA eine Rückmeldung Ihrer Entwickler binnen {vier Stunden|eines Werktags}.",
            "Gemäß unserem Enterprise-Vertrag bitten wir um sofortige Eskalation an Ihr Engineering.",
        ),
    ),
    "refund_request": (
        (
            "Ich bitte um Rückerstattung des Betrags von [amount].",
            "Bitte erstatten Sie mir die Zahlung {vollständig|in voller Höhe} zurück.",
        ),
        (
            "geld zurück pls",
            "bitte zurückbuchen, danke",
        ),
        (
            "Können Sie den Betrag bitte {wieder auf meine Karte buchen|meiner Kreditkarte gutschreiben}?",
            "Schreiben Sie mir die [amount] bitte auf {mein Konto|meine Karte} gut.",
        ),
        (
            "Kannst du mir {die Kohle|das Geld} bitte zurücküberweisen?",
            "Wär nett, wenn du die Lastschrift {stornierst|zurückbuchst}.",
        ),
        (
            "Ich erwarte die Rückzahlung {innerhalb von [days] Tagen|umgehend}.",
            "Sollte das Geld nicht zurückkommen, {buche ich es über meine Bank zurück|gehe ich über meine Bank}.",
        ),
        (
            "Wie gehe ich vor, um das Geld zurückzubekommen?",
            "Welche Schritte sind nötig, damit die Zahlung storniert und mir erstattet wird?",
        ),
        (
            "Überweisen Sie die Summe bitte aufs Girokonto, die IBAN reiche ich gern nach.",
            "Die Rückzahlung bitte per Überweisung, Bankverbindung schicke ich {auf Anfrage|gleich mit}.",
        ),
        (
            "Rückzahlung, bitte",
            "erstatten bitte",
            "bitte rückbuchen, merci",
        ),
        (
            "Eine Gutschrift über den überhöhten Anteil, bitte.",
            "Die Differenz zwischen altem und neuem Tarif gehört mir erstattet.",
        ),
        (
            "Buchen Sie die Lastschrift bitte zurück, dann ist die Sache erledigt.",
            "Einmal zurückbuchen, und wir sind quitt.",
        ),
        (
            "Ich ersuche um Refundierung der [amount].",
            "Bitte um {zeitnahe|baldige} Refundierung.",
        ),
        (
            "Schickt ihr den Betrag per PayPal zurück?",
            "Am einfachsten wär's, wenn ihr die Zahlung über PayPal rückgängig macht.",
        ),
        (
            "Bitte bestätigen Sie schriftlich, dass die Rückzahlung veranlasst wurde.",
            "Ich erwarte eine Bestätigung, dass der Betrag zurückgeht, samt {Datum|Buchungsreferenz}.",
        ),
        (
            "Eine anteilige Erstattung für die ungenutzten Monate wäre fair.",
            "Zahlt mir wenigstens den Rest des Jahres zurück.",
        ),
        (
            "Streichen Sie die Abbuchung, das Geld muss wieder her.",
            "Machen Sie die Zahlung {bitte|umgehend} ungeschehen – der Betrag gehört gutgeschrieben.",
        ),
    ),
    "data_migration": (
        (
            "Könnten Sie bitte prüfen, ob die Migration {vollständig|fehlerfrei} abgeschlossen wurde?",
            "Ich bitte um Kontrolle des Imports auf Ihrer Seite.",
        ),
        (
            "bitte checken ob import ok",
            "pls kurz schauen ob alles drüben ist",
        ),
        (
            "Bitte schließen Sie die Übertragung für uns ab.",
            "Können Sie den {hängenden|abgebrochenen} Job {erneut anstoßen|fertigstellen}?",
        ),
        (
            "Kannst du mal in die Logs gucken, ob der Umzug geklappt hat?",
            "Gib mir {kurz|bitte} Bescheid, ob meine Daten {komplett|alle} da sind.",
        ),
        (
            "Wir benötigen eine {schriftliche|kurze} Bestätigung, dass {sämtliche|alle} Datensätze übernommen wurden.",
            "Eine Rückmeldung zum Stand der Datenübernahme wäre {hilfreich|sehr hilfreich}.",
        ),
        (
            "Bitte ziehen Sie {einen Spezialisten|jemanden aus dem Migrationsteam} hinzu.",
            "Ich möchte, dass sich {ein Techniker|jemand Fachkundiges} die fehlgeschlagene Übernahme ansieht.",
        ),
        (
            "Bitte setzen Sie den Import zurück, damit wir ihn sauber neu starten können.",
            "Können Sie die halbfertige Übernahme {verwerfen|rückgängig machen}, damit wir von vorn beginnen?",
        ),
        (
            "Entfernen Sie bitte zuerst die Dubletten aus dem letzten Lauf und wiederholen Sie die Übernahme.",
            "Die doppelten Kontakte müssen raus, danach bitte nochmal einspielen.",
        ),
        (
            "datenübernahme bitte fertig machen",
            "import neu starten, danke",
            "bitte nochmal rüberziehen",
        ),
        (
            "Können Sie uns eine Liste der nicht übernommenen Datensätze schicken?",
            "Welche Zeilen wurden abgelehnt? Eine Fehlerliste würde uns helfen.",
        ),
        (
            "Wir bitten um einen Abgleich zwischen Quell- und Zielsystem.",
            "Vergleichen Sie bitte die Anzahl der Einträge in unserem Export mit dem, was jetzt bei Ihnen liegt.",
        ),
        (
            "Helft uns bitte beim Feldmapping, bevor wir die restlichen Tabellen hochladen.",
            "Wie ordne ich die Spalten richtig zu? Eine kurze Anleitung wäre toll.",
        ),
        (
            "Könnt ihr die Zeichenkodierung beim Import auf UTF-8 umstellen und die Daten nochmal einspielen?",
            "Bitte die Umlaute reparieren, {egal wie|wie auch immer}.",
        ),
        (
            "Wir möchten einen Termin für die finale Migration am Wochenende vereinbaren.",
            "Wann könnt ihr den letzten Übertragungslauf für uns einplanen?",
        ),
        (
            "Bitte stoßen Sie den Transfer der Anhänge separat an.",
            "Holt die fehlenden Dateien vom Vorgänger-System bitte noch nach.",
        ),
    ),
}

STORIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Ich war {drei Wochen|längere Zeit} im Urlaub und habe mich {seitdem|seither} nicht mehr eingeloggt.",
            "Zuletzt {angemeldet|eingeloggt} war ich {vor ein paar Wochen|vor [days] Tagen}, da lief alles normal.",
        ),
        (
            "Browser-Cache {geleert|gelöscht}, anderen Browser probiert, {Inkognito auch|Handy auch} – nichts.",
            "Hab's am Laptop und am Handy versucht, {überall dasselbe|kein Unterschied}.",
        ),
        (
            "Unsere IT hat {letzte Woche|kürzlich} die Passwortrichtlinien geändert.",
            "Mein Arbeitgeber hat {neulich|am [weekday]} alle Geräte neu aufgesetzt, dabei ist mein Passwortmanager verloren gegangen.",
        ),
        (
            "Nach {drei|mehreren} Fehlversuchen kam ein Hinweis, dass {das Konto vorübergehend gesperrt ist|ich es später erneut versuchen soll}.",
            "Irgendwann stand da {etwas von|was von} zu vielen Anmeldeversuchen.",
        ),
        (
            "Ein Kollege {kommt problemlos rein|kann sich ganz normal anmelden}, nur bei mir klappt es nicht.",
            "Bei {meiner Kollegin|meinem Teamleiter} funktioniert alles, daher vermute ich, es liegt an meinem Konto.",
        ),
        (
            "Ich benutze einen Passwortmanager, der hat {beim letzten Update|nach dem Browserwechsel} wohl einen alten Eintrag gespeichert.",
            "Mein Passwortmanager füllt {automatisch|brav} ein Kennwort aus, aber offenbar das falsche.",
        ),
        (
            "In der App am Handy bin ich {noch angemeldet|nach wie vor drin}, nur im Browser nicht.",
            "Auf dem Firmenrechner bin ich {komischerweise|seltsamerweise} noch eingeloggt, am Privat-PC dagegen nicht.",
        ),
        (
            "Mein Postfach habe ich {komplett durchsucht|inklusive Werbeordner geprüft}, {keine Nachricht von euch|da ist nichts von Ihnen}.",
            "Unsere Firewall filtert {manchmal|gern} externe Mails, vielleicht hängt es damit zusammen.",
        ),
        (
            "Nach einem {Sicherheitsvorfall|Hackerangriff} bei meinem Mailanbieter habe ich überall neue Kennwörter vergeben.",
            "Bei uns ging {letzten Monat|neulich} eine Phishing-Welle rum, seitdem ändern alle ständig ihre Passwörter.",
        ),
        (
            "Ich bin {erst seit kurzem|neu} im Team, die Einladung ist {vom [weekday]|ein paar Tage alt}.",
            "Angelegt hat das Konto meine Chefin, das Startpasswort hab ich nie geändert.",
        ),
    ),
    "billing_inquiry": (
        (
            "Ich habe {vor kurzem|letzten Monat} meine Zahlungsmethode geändert.",
            "Meine Kreditkarte ist {im Sommer|neulich} abgelaufen, ich habe eine neue hinterlegt.",
        ),
        (
            "Sonst zahlen wir {immer|jeden Monat} denselben Betrag, {das war nie ein Thema|da gab es nie Fragen}.",
            "Bisher war der monatliche Preis {immer gleich|konstant}, {deswegen|daher} wundere ich mich.",
        ),
        (
            "Wir haben {im Team|bei uns} {zwei neue Leute|ein paar Nutzer} dazugenommen, weiß nicht, ob das eine Rolle spielt.",
            "Ein Kollege hat {eventuell|womöglich} {Zusatzplätze|weitere Lizenzen} gebucht, ohne mir Bescheid zu geben.",
        ),
        (
            "Die Abbuchung kam am [weekday], {ohne vorherige Mail|ohne dass ich eine Rechnung bekommen hätte}.",
            "Eine Rechnung per Mail habe ich {dazu nicht|nicht} erhalten, nur den Eintrag {auf dem Kontoauszug|in der Banking-App}.",
        ),
        (
            "Ich habe {im Kundenbereich|unter Abrechnung} schon nachgesehen, {werde aber nicht schlau daraus|finde aber keine Erklärung}.",
            "Die FAQ zu {Preisen|Tarifen} habe ich gelesen, {das hilft mir aber nicht weiter|die Antwort steht da nicht drin}.",
        ),
        (
            "Im {Frühjahr|März} sind wir vom Monats- auf das Jahresmodell umgestiegen.",
            "Vor kurzem kam ein Gutscheincode von Ihnen, den ich beim Bezahlen eingelöst habe.",
        ),
        (
            "Unsere Firma sitzt in Österreich, die Rechnungen gehen an die Buchhaltung in Wien.",
            "Die Rechnungsadresse ist seit {dem Umzug|Kurzem} eine andere.",
        ),
        (
            "Die letzte Rechnung habe ich {als PDF|aus dem Portal} heruntergeladen und neben die vom Vormonat gelegt.",
            "Ich habe die Belege der letzten {drei|sechs} Monate verglichen, {sie unterscheiden sich alle|keiner gleicht dem anderen}.",
        ),
        (
            "Den Tarif hat {mein Vorgänger|die frühere Teamleitung} abgeschlossen, {geerbt hab ich ihn nur|ich bin da neu dran}.",
            "Um die Finanzen kümmere ich mich {ab diesem Quartal|seit Monatsbeginn}.",
        ),
        (
            "Im Mai lief bei Ihnen eine Rabattaktion, an der wir teilgenommen haben.",
            "Uns wurde am Telefon {ein Sonderpreis|ein Nachlass} zugesagt.",
        ),
    ),
    "api_integration": (
        (
            "Bis {letzte Woche|vor [days] Tagen} lief die Integration {monatelang|seit über einem Jahr} stabil.",
            "Am Code haben wir {nichts|seit Wochen nichts} geändert.",
        ),
        (
            "Wir schicken {etwa|ca.} {200|1.000} Requests pro Minute, {verteilt auf mehrere Worker|über einen Cronjob}.",
            "Die Calls laufen {nachts|stündlich} per Cronjob.",
        ),
        (
            "Ich hab den Request mit curl nachgestellt, {gleiches Ergebnis|selber Fehler}.",
            "In Postman {kommt genau der gleiche Fehler|tritt das auch auf}.",
        ),
        (
            "Der Key wurde {vor einiger Zeit|im Frühjahr} von einem Kollegen erstellt, der {nicht mehr bei uns ist|inzwischen das Unternehmen verlassen hat}.",
            "Wir haben {vermutlich|wahrscheinlich} den alten Schlüssel {versehentlich rotiert|aus Versehen gelöscht}.",
        ),
        (
            "Ihre Statusseite zeigt {alles grün|keine Störung}, {komisch|seltsam}.",
            "Im Entwicklerforum {konnte ich|habe ich} dazu nichts finden.",
        ),
        (
            "Wir nutzen {Node.js 20|Python 3.12|PHP 8} mit Ihrer offiziellen Bibliothek.",
            "Der Client läuft in einem Docker-Container hinter einem {Proxy|Load Balancer}.",
        ),
        (
            "Im Response-Header steht eine Request-ID, die kann ich gerne schicken.",
            "Ich habe die komplette Antwort inklusive Headern {gespeichert|mitgeschnitten}.",
        ),
        (
            "Bei uns hat sich nur die Server-IP geändert, weil wir {in die Cloud|zu AWS} gewechselt sind.",
            "Wir sind {vorige Woche|kürzlich} in ein neues Rechenzentrum umgezogen.",
        ),
        (
            "Das Problem tritt {nur nachts|vor allem zu Stoßzeiten|nur bei größeren Payloads} auf.",
            "Kleine Anfragen gehen durch, {große Batches|Massenabrufe} scheitern.",
        ),
        (
            "Unser Entwickler ist {im Urlaub|krank}, ich versuche das gerade selbst {nachzuvollziehen|zu verstehen}.",
            "Die Anbindung hat damals ein Freelancer gebaut, {den ich nicht erreiche|der inzwischen weg ist}.",
        ),
    ),
    "refund_request": (
        (
            "Gebucht hatte ich am [weekday], {genutzt|verwendet} habe ich das Produkt {kein einziges Mal|nie}.",
            "Die Zahlung liegt {etwa|ungefähr} [days] Tage zurück.",
        ),
        (
            "Ich habe {die Kündigung|meine Kündigung} {fristgerecht|rechtzeitig} per Mail geschickt und eine Bestätigung bekommen.",
            "Eine Kündigungsbestätigung {liegt mir vor|habe ich sogar schriftlich}.",
        ),
        (
            "Mein Mann hat {versehentlich|aus Versehen} über meinen Account bestellt.",
            "Unser Praktikant hat {beim Testen|aus Neugier} ein {Upgrade|Abo} abgeschlossen.",
        ),
        (
            "Bei anderen Anbietern {läuft sowas|geht sowas} {problemlos|ohne Diskussion} über die Bühne.",
            "Ich bin {seit Jahren|lange} Kunde und {hatte nie Probleme|war immer zufrieden}.",
        ),
        (
            "{Ihr Chat|Der Chatbot} hat mich {hierher verwiesen|an diese Adresse verwiesen}.",
            "Am Telefon {hieß es|sagte man mir}, ich solle {ein Ticket aufmachen|das schriftlich einreichen}.",
        ),
        (
            "Ich hatte mich nur für den Test registriert und {dachte, es sei kostenlos|wusste nicht, dass Kosten entstehen}.",
            "Beim Anmelden war mir nicht bewusst, dass die Karte {sofort|gleich} belastet wird.",
        ),
        (
            "Den Dienst haben wir {schon vor Monaten|längst} durch ein anderes Tool ersetzt.",
            "Seit {dem Sommer|Monaten} meldet sich hier niemand mehr an.",
        ),
        (
            "Wir sind ein kleiner Verein, [amount] sind für uns viel Geld.",
            "Als Student muss ich {jeden Euro|aufs Geld} schauen.",
        ),
        (
            "Die Abbuchung hat mein Konto ins Minus gebracht, {Dispozinsen inklusive|ärgerlich genug}.",
            "Wegen der Belastung ist {eine andere Lastschrift geplatzt|meine Miete fast nicht durchgegangen}.",
        ),
        (
            "Auf Ihrer Website wird mit einer Zufriedenheitsgarantie geworben.",
            "Laut Ihren AGB gilt eine {30-tägige|14-tägige} Frist, die läuft noch.",
        ),
    ),
    "data_migration": (
        (
            "Es geht um {ungefähr|rund} {3.000|12.000} Datensätze aus {fünf|mehreren} Jahren.",
            "Die Quelldaten stammen aus {einer Access-Datenbank|einem alten SharePoint}.",
        ),
        (
            "Gestartet habe ich den Import am [weekday] {gegen Abend|nachmittags}.",
            "Der Job läuft {laut Anzeige|angeblich} schon [days] Tage.",
        ),
        (
            "Wir haben {die Anleitung|den Guide} aus Ihrer Wissensdatenbank {Schritt für Schritt|genau} befolgt.",
            "Die Felder habe ich {vorher|im Vorfeld} gemäß Ihrer Vorlage gemappt.",
        ),
        (
            "Der Vertrag mit {unserem alten Anbieter|dem Altsystem} läuft {Ende des Monats|in [days] Tagen} aus.",
            "Das alte System wird {bald|nächste Woche} abgeschaltet, {daher der Zeitdruck|deshalb drängt es}.",
        ),
        (
            "{Unser Team|Die Belegschaft} arbeitet parallel schon in der neuen Umgebung.",
            "Zwischendurch {hat jemand|haben Kollegen} schon neue Einträge angelegt, {falls das relevant ist|vielleicht stört das}.",
        ),
        (
            "Wir kommen von {Salesforce|HubSpot|Zendesk} und haben dort einen vollständigen Export gezogen.",
            "Der Export aus {unserem bisherigen CRM|Pipedrive} lief {ohne Fehler|problemlos} durch.",
        ),
        (
            "Die Exportdatei ist {rund 2 GB|ziemlich} groß und enthält auch Anhänge.",
            "Es sind {über 40|etwa 25} Tabellen mit Verknüpfungen untereinander.",
        ),
        (
            "Ein Testimport mit {50|100} Zeilen hat {vorher|letzte Woche} problemlos geklappt.",
            "Im Probelauf mit einem kleinen Ausschnitt war {alles sauber|nichts auffällig}.",
        ),
        (
            "Die CSV ist mit Semikolon getrennt und in {Windows-1252|ANSI} gespeichert, so wie Excel sie ausspuckt.",
            "Unsere Quelldatei hat Tausendertrennzeichen und deutsche Datumsangaben.",
        ),
        (
            "Bei uns kümmert sich {eine externe Agentur|ein Werkstudent} um die Übernahme, ich bin nur die Ansprechperson.",
            "Die IT-Abteilung hat das Projekt an mich delegiert, {obwohl ich davon wenig Ahnung habe|ich bin eher Anwenderin}.",
        ),
    ),
}

MENTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Mit meinem Login ist {übrigens|aber} alles in Ordnung, daran liegt es nicht.",
            "Anmelden kann ich mich {ganz normal|problemlos}, das Passwort ist nicht das Thema.",
        ),
        (
            "Eine Kollegin hat {letzte Woche|neulich} ihr Passwort zurückgesetzt, {da lief alles glatt|das ging ganz fix}.",
            "Vor Kurzem musste ich mein Kennwort {eh|sowieso} ändern, {das hat gut geklappt|war kein Problem}.",
        ),
        (
            "Ich dachte erst, mein Zugang sei gesperrt, {war er aber nicht|stimmte aber nicht}.",
            "Zuerst hatte ich {das Kennwort|die Zugangsdaten} im Verdacht, das war's aber nicht.",
        ),
        (
            "(login geht, nur zur info)",
            "pw passt, einloggen geht",
        ),
        (
            "Der 2FA-Schritt klappt {tadellos|einwandfrei}, {nebenbei bemerkt|am Rande erwähnt}.",
            "Einen neuen Reset-Link {benötige ich nicht|will ich keinen}, den hab ich {schon|bereits} benutzt.",
        ),
        (
            "Nicht dass Sie denken, ich hätte mich ausgesperrt – {reinkommen tu ich|einloggen klappt}.",
            "Ausgesperrt bin ich nicht, {falls das die erste Vermutung ist|bevor Sie fragen}.",
        ),
        (
            "Unser Admin hat {gestern|neulich} allen im Team neue Passwörter verordnet, {aber|doch} das ist ein anderes Thema.",
            "Meine Kollegin hatte {vorige Woche|kürzlich} Ärger mit der Anmeldung, bei mir ist das aber nicht der Fall.",
        ),
        (
            "Zugangsdaten habe ich alle, {keine Sorge|daran hapert's nicht}.",
            "Kennwort weiß ich, {Login ist kein Problem|reinkommen ist kein Thema}.",
        ),
        (
            "Ein Passwort-Reset {bringt hier nichts|hilft in dem Fall nicht}, schon ausprobiert.",
            "Testweise neu gesetztes Kennwort – Ergebnis: {null|keinerlei Änderung}.",
        ),
        (
            "Die Anmeldung per SSO {läuft|funktioniert} {stabil|tadellos}, nur nebenbei.",
            "Mein Zwei-Faktor-Code kommt {prompt|sofort} an, am Zugang liegt es also nicht.",
        ),
    ),
    "billing_inquiry": (
        (
            "Die Rechnung selbst ist korrekt, {darum geht es nicht|das ist nicht das Problem}.",
            "Mit der Abrechnung ist {alles klar|alles okay}, keine Frage dazu.",
        ),
        (
            "Die {Monatsrechnung|letzte Rechnung} ist {übrigens pünktlich|wie immer} angekommen.",
            "Bezahlt ist {alles|der [plan]-Tarif}, {nur zur Sicherheit|falls Sie das fragen}.",
        ),
        (
            "Anfangs dachte ich, es hätte mit der {letzten|jüngsten} Abbuchung zu tun, {aber nein|dem ist aber nicht so}.",
            "Die Beträge auf dem Kontoauszug {stimmen|passen} {soweit|alle}, es geht um etwas anderes.",
        ),
        (
            "rechnung passt",
            "zahlung ist durch, {kein thema|alles gut}",
        ),
        (
            "Unsere Buchhaltung hat {die Belege|die Rechnungen} {schon abgeheftet|bereits verbucht}.",
            "Wegen der Kosten {melde ich mich|schreibe ich} {ein andermal|separat}, {das ist hier nebensächlich|heute nicht}.",
        ),
        (
            "Keine Frage zur Abrechnung, die ist {nachvollziehbar|verständlich}.",
            "Was auf der Rechnung steht, ist mir {klar|völlig klar}, darum geht's nicht.",
        ),
        (
            "Was [plan] kostet, finde ich {übrigens fair|absolut okay}.",
            "Für das, was [plan] bietet, zahle ich {gern|gerne}, das nur am Rande.",
        ),
        (
            "Die MwSt. ist {diesmal|jetzt} richtig ausgewiesen, {danke dafür|endlich}.",
            "Die korrigierte Rechnung vom {letzten Monat|März} ist angekommen und stimmt.",
        ),
        (
            "Was ich monatlich zahle, weiß ich, {das steht hier nicht zur Debatte|darum soll's heute nicht gehen}.",
            "Kosten spielen hier keine Rolle, {auch wenn es vielleicht so klingt|bitte nicht missverstehen}.",
        ),
        (
            "Die Lastschrift letzte Woche ging {ganz normal|wie gewohnt} durch.",
            "Abgebucht wurde {korrekt|pünktlich}, das hab ich geprüft.",
        ),
    ),
    "api_integration": (
        (
            "Mit der API hat das {nichts|gar nichts} zu tun, die läuft einwandfrei.",
            "Unsere Schnittstellenanbindung {funktioniert|arbeitet} {problemlos|fehlerfrei}, das ist es nicht.",
        ),
        (
            "Unser Entwickler baut {nebenher|gerade} {eine Integration|einen Connector} für Ihren Dienst, das ist aber {ein anderes Thema|eine andere Baustelle}.",
            "Wir nutzen {auch|außerdem} Ihre Webhooks, {die laufen super|da gibt's keine Probleme}.",
        ),
        (
            "Ich hatte {erst|zuerst} einen abgelaufenen API-Key vermutet, {war es aber nicht|Fehlanzeige}.",
            "Die 429-Fehler von {neulich|letzter Woche} sind {inzwischen weg|längst erledigt}.",
        ),
        (
            "api läuft, nur fyi",
            "token ist ok",
        ),
        (
            "{Keinen neuen Schlüssel bitte|Ein Ersatz-Key ist unnötig}, der aktuelle ist {gültig|völlig in Ordnung}.",
            "Die Entwicklerdoku {hab ich gelesen|kenne ich}, aber Requests sind hier gar nicht der Punkt.",
        ),
        (
            "Wir haben zwar eine Anbindung über Ihre Schnittstelle, {die ist aber nicht betroffen|die bleibt außen vor}.",
            "Unsere Integration ist hier nicht das Thema, {die tut, was sie soll|die arbeitet brav}.",
        ),
        (
            "Fehlercodes wie 401 oder 500 sehen wir {keine|nirgends}, {falls Sie daran denken|das kann ich ausschließen}.",
            "In unseren Logs ist {kein einziger|nicht ein} fehlgeschlagener Request, nur damit Sie's wissen.",
        ),
        (
            "Vom Rate Limit sind wir {weit entfernt|meilenweit weg}.",
            "Ans Kontingent stoßen wir nicht, {nicht mal annähernd|nicht im Ansatz}.",
        ),
        (
            "Unser Webhook-Endpunkt empfängt {alles|sämtliche Events} {pünktlich|zuverlässig}.",
            "Token und Key sind {frisch|gerade erst erneuert}, das ist abgehakt.",
        ),
        (
            "Von Programmierung verstehe ich {nix|nichts}, ich {klicke nur in der Oberfläche|nutze nur die Weboberfläche}.",
            "Eine API benutzen wir gar nicht, {wir sind nur Anwender|keine Ahnung, was das wäre}.",
        ),
    ),
    "refund_request": (
        (
            "Ich möchte {ausdrücklich|ganz klar} keine Rückerstattung, {nur damit das klar ist|bitte nicht falsch verstehen}.",
            "Geld zurück {will ich nicht|brauche ich nicht}, es geht um etwas anderes.",
        ),
        (
            "Letztes Jahr {habe ich schon mal|hatte ich einmal} eine Erstattung bekommen, das lief {reibungslos|schnell}.",
            "Ein Bekannter {hat sein Geld|bekam seinen Beitrag} {damals|mal} ohne Probleme zurück.",
        ),
        (
            "Eine Gutschrift {ist nicht nötig|brauche ich nicht}, {ich bleibe gern Kunde|ich zahle gern weiter}.",
            "Über eine Rückbuchung {habe ich nachgedacht|hatte ich kurz nachgedacht}, {lasse es aber|mache ich aber nicht}.",
        ),
        (
            "(will kein geld zurück)",
            "kein refund nötig",
        ),
        (
            "Die {Erstattung|Rückzahlung} vom letzten Mal ist {längst angekommen|übrigens angekommen}, danke nochmal.",
            "Die Stornierung von {damals|März} ist erledigt, {das passt|alles gut}.",
        ),
        (
            "Zurückbuchen müssen Sie {nichts|gar nichts}, {das passt so|alles bezahlt und gut}.",
            "Um Rückzahlungen geht es nicht, {ganz im Gegenteil|keine Sorge}.",
        ),
        (
            "Anders als {mein Kollege|meine Kollegin} will ich {keine Rückzahlung|nichts erstattet haben}, sondern {eine Auskunft|Hilfe}.",
            "Mein Geschäftspartner wollte schon sein Geld wiederhaben, ich sehe das aber anders.",
        ),
        (
            "Ob ich kündige und was zurückverlange, {überlege ich mir später|steht auf einem anderen Blatt}.",
            "Über eine Erstattung reden wir {vielleicht ein andermal|wenn überhaupt später}.",
        ),
        (
            "Storno? Nein, {auf keinen Fall|bloß nicht}.",
            "nix zurückzahlen, passt",
        ),
        (
            "Die Rücklastschrift meiner Bank vom Frühjahr {hat sich erledigt|ist längst geklärt}.",
            "Die Refundierung vom Vorjahr ist {problemlos|anstandslos} eingegangen.",
        ),
    ),
    "data_migration": (
        (
            "Mit dem Datenimport hat das {nichts zu tun|nichts am Hut}, der ist {sauber|längst} durchgelaufen.",
            "Unsere Migration {ist abgeschlossen|war erfolgreich}, darum geht es nicht.",
        ),
        (
            "Wir {planen|überlegen}, {irgendwann|nächstes Quartal} noch {Altdaten|ältere Projekte} zu übernehmen, {aber nicht jetzt|das hat Zeit}.",
            "Ein anderes Team zieht {gerade|demnächst} seine Projekte zu Ihnen um, {unabhängig davon|nur am Rande}.",
        ),
        (
            "{Zuerst|Anfangs} dachte ich, beim {Umzug|Transfer} der Daten sei was schiefgegangen, aber {die sind alle da|die Daten sind vollständig}.",
            "Die CSV-Dateien sind {alle|vollständig} importiert, {das war's nicht|daran liegt es nicht}.",
        ),
        (
            "import ist durch, nur so nebenbei",
            "daten sind alle drüben",
        ),
        (
            "{Den Migrationsassistenten|Das Import-Tool} {haben wir|habe ich} noch gar nicht {angefasst|benutzt}.",
            "Eine Datenübernahme steht bei uns {erst|frühestens} {im Herbst|nächstes Jahr} an.",
        ),
        (
            "Die Migration vom Altsystem haben Ihre Kollegen {vorbildlich|super} begleitet, {danke nochmal|das nur nebenbei}.",
            "Bei der Datenübernahme hat uns Ihr Onboarding-Team {toll|klasse} unterstützt.",
        ),
        (
            "Importiert wird bei uns {nichts|gar nichts}, wir {fangen bei null an|starten ganz frisch}.",
            "Altdaten bringen wir keine mit, {alles wird neu angelegt|wir beginnen leer}.",
        ),
        (
            "Die Excel-Liste von letzter Woche ist {drin|vollständig übernommen}, {keine Sorge|passt}.",
            "Alle Kontakte sind sauber eingespielt, das habe ich stichprobenartig geprüft.",
        ),
        (
            "Nicht die Datenübernahme macht Ärger, sondern {etwas anderes|eine ganz andere Baustelle}.",
            "Mein Anliegen betrifft den Import {null|überhaupt nicht}.",
        ),
        (
            "Zwar holen wir {gerade|parallel} Adressen aus {HubSpot|Outlook} rüber, aber das läuft {separat|nebenher} und ohne Probleme.",
            "Der Datentransfer vom Vorgängertool {läuft noch|ist noch im Gange}, deswegen schreibe ich allerdings nicht.",
        ),
    ),
}

AMBIGUOUS: tuple[tuple[str, ...], ...] = (
    (
        "Irgendwas stimmt mit meinem Konto nicht. Können Sie sich das bitte ansehen?",
        "Bei mir ist {seit [weekday]|seit ein paar Tagen} etwas nicht in Ordnung. Könnten Sie bitte nachsehen?",
    ),
    (
        "geht nicht. bitte helfen",
        "klappt wieder nicht {:(|!!}. hilfe?",
    ),
    (
        "Ich habe ein Problem und weiß nicht genau, an wen ich mich wenden soll. Vielleicht können Sie weiterhelfen?",
        "Ich bin {mir nicht sicher|unsicher}, ob ich hier richtig bin, aber ich brauche Unterstützung.",
    ),
    (
        "Seit kurzem läuft bei uns {einiges|irgendwas} nicht mehr rund. Bitte melden Sie sich {zeitnah|bald}.",
        "Da ist etwas schiefgelaufen{, glaube ich|}. Kann sich jemand {darum kümmern|das anschauen}?",
    ),
    (
        "Wie schon am Telefon besprochen: Es geht um mein Konto. Bitte um Rückruf.",
        "Ich hatte {letzte Woche|vor [days] Tagen} schon mal geschrieben, es ist aber noch nichts passiert.",
    ),
    (
        "Hey, kannst du mal in meinen Account schauen? Da passt was nicht.",
        "Kannst du mir helfen? Irgendwas ist komisch bei mir.",
    ),
    (
        "Hallo? Ist da jemand? Ich warte {seit Tagen|immer noch} auf eine Lösung.",
        "Hört mich da jemand? Bei mir tut sich {nichts|gar nichts}.",
    ),
    (
        "Bei uns hakt es schon wieder. Bitte melden.",
        "Wieder dasselbe Theater wie {letzte Woche|neulich}. Bitte anschauen.",
    ),
    (
        "Es gibt da ein Problem, das ich gern {telefonisch|kurz} besprechen würde.",
        "Könnte mich jemand {zurückrufen|anrufen}? Schriftlich ist das schwer zu erklären.",
    ),
    (
        "Kurze Frage zu meinem Account – wann hätte jemand Zeit?",
        "Ich bräuchte mal {fünf Minuten|kurz} jemanden vom Support.",
    ),
    (
        "Das kann doch nicht sein!!! Schon wieder.",
        "Ich bin echt sauer, das muss jetzt endlich {geklärt werden|aufhören}.",
    ),
)

SUBJECTS_NEUTRAL: tuple[tuple[str, ...], ...] = (
    ("Frage", "Anfrage", "Eine Frage"),
    ("Hilfe benötigt", "Bitte um Hilfe"),
    ("dringend", "DRINGEND!!", "eilt"),
    ("Anliegen", "Mein Anliegen", "Wichtiges Anliegen"),
    ("Re: Ihre Nachricht", "AW: Support"),
    ("Supportanfrage", "Ticket", "Kundenanfrage"),
)

SUBJECTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        ("Passwort zurücksetzen", "Zurücksetzen des Kennworts"),
        ("login geht nicht", "komm nicht rein!!"),
        ("Kein Zugriff auf mein Konto", "Zugang gesperrt?"),
        ("Anfrage: Neues Passwort", "Bitte um Kennwort-Reset"),
        ("2FA / Anmeldung", "Schwierigkeiten beim Einloggen"),
        (
            "Passwort vergessen",
            "PW weg",
        ),
        (
            "Konto gesperrt nach Fehlversuchen",
            "Account gesperrt",
        ),
        (
            "Einloggen unmöglich",
            "Anmeldeproblem",
        ),
        (
            "Reset-Mail kommt nicht",
            "Rücksetz-Mail fehlt",
        ),
        (
            "Zugang wiederherstellen",
            "Bitte Konto entsperren",
        ),
    ),
    "billing_inquiry": (
        ("Frage zur Rechnung", "Rückfrage zur Rechnung Nr. {2024-0815|4711}"),
        ("abbuchung??", "was ist das für ne abbuchung"),
        ("Unklare Belastung über [amount]", "Unbekannte Lastschrift"),
        ("Kosten [plan]-Tarif", "Preis {meines Tarifs|meines Abos}"),
        ("Abrechnung {Mai|diesen Monat}", "Erklärung der Abrechnung erbeten"),
        (
            "Rechnungsfrage",
            "Frage zu Posten auf Rechnung",
        ),
        (
            "Preiserhöhung?",
            "Warum teurer?",
        ),
        (
            "MwSt. auf Rechnung",
            "Umsatzsteuer korrekt?",
        ),
        (
            "Lizenzanzahl auf Rechnung",
            "Zu viele Nutzer abgerechnet?",
        ),
        (
            "Lastschrift am [weekday]?",
            "Kontoauszug: Buchung unklar",
        ),
    ),
    "api_integration": (
        ("API-Fehler 401", "API liefert Fehler"),
        ("429 rate limit", "dauernd 500er"),
        ("Integration funktioniert nicht mehr", "Schnittstelle down?"),
        ("Problem mit API-Key", "Schlüssel ungültig?"),
        ("Webhook / Timeout", "Timeouts bei Requests"),
        (
            "403 Forbidden",
            "Berechtigungsfehler API",
        ),
        (
            "Webhook-Signatur ungültig",
            "Webhooks fehlgeschlagen",
        ),
        (
            "Schnittstellenproblem",
            "Probleme mit der Anbindung",
        ),
        (
            "Token abgelaufen?",
            "OAuth-Fehler",
        ),
        (
            "Sandbox ok, Live nicht",
            "Produktivumgebung wirft Fehler",
        ),
    ),
    "refund_request": (
        ("Rückerstattung", "Antrag auf Rückerstattung"),
        ("geld zurück", "zurückbuchen pls"),
        ("Erstattung für [amount]", "Gutschrift {erbeten|bitte}"),
        ("Fehlbuchung – bitte stornieren", "Storno der Zahlung"),
        ("Trotz Kündigung abgebucht", "Doppelt bezahlt"),
        (
            "Rückzahlung",
            "Bitte um Rückzahlung",
        ),
        (
            "Widerruf",
            "Widerruf des Vertrags",
        ),
        (
            "Ungewolltes Upgrade",
            "Upgrade rückgängig + Geld zurück",
        ),
        (
            "Refundierung",
            "Gutschrift beantragt",
        ),
        (
            "Rückbuchung",
            "Lastschrift zurückbuchen",
        ),
    ),
    "data_migration": (
        ("Datenmigration", "Frage zur Datenmigration"),
        ("import hängt", "migration kaputt?"),
        ("Umzug unserer Daten", "Datenübernahme aus {Altsystem|Trello|Jira}"),
        ("CSV-Import unvollständig", "Fehlende Datensätze nach Import"),
        ("Status Migrationsjob", "Migrationslauf fehlgeschlagen?"),
        (
            "Datenübernahme",
            "Probleme bei der Datenübernahme",
        ),
        (
            "Import: Umlaute kaputt",
            "Zeichensalat nach Import",
        ),
        (
            "Dubletten nach Import",
            "Doppelte Datensätze",
        ),
        (
            "Umzug von {HubSpot|Salesforce}",
            "Wechsel zu Ihnen – Datentransfer",
        ),
        (
            "Excel-Import",
            "Import bleibt in Warteschlange",
        ),
    ),
}

GREETINGS: tuple[tuple[str, ...], ...] = (
    ("Sehr geehrte Damen und Herren,", "Sehr geehrtes Support-Team,"),
    ("Hallo,", "Hallo zusammen,", "Hallo Support,"),
    ("Hi,", "Hey,", ""),
    ("Guten Tag,", "Guten Morgen,", "Guten Abend,"),
    ("Moin,", "Moin moin,", "Servus,"),
    ("Grüezi,", "Grüss Gott,", "Liebes Team,"),
)

SIGNOFFS: tuple[tuple[str, ...], ...] = (
    ("Mit freundlichen Grüßen, [first_name]", "Mit freundlichen Grüßen", "Freundliche Grüße, [first_name]"),
    ("LG [first_name]", "lg", "VG, [first_name]"),
    ("Danke!", "Danke im Voraus, [first_name]", "Vielen Dank vorab"),
    ("Beste Grüße, [first_name]", "Viele Grüße", "Grüße aus {Hamburg|München|Köln|Wien}"),
    ("Gruß [first_name]", "Gruss", "Gruß"),
    ("Herzliche Grüsse, [first_name]", "Schönen Tag noch, [first_name]", "Bis bald und merci, [first_name]"),
)

FILLERS: tuple[tuple[str, ...], ...] = (
    (
        "Ich wäre Ihnen für eine {zeitnahe|rasche} Rückmeldung sehr dankbar.",
        "Eine Antwort {bis [weekday]|noch diese Woche} wäre {hilfreich|wunderbar}.",
    ),
    (
        "Ansonsten bin ich {sehr zufrieden|echt happy} mit {Ihrem Produkt|eurem Tool}.",
        "{Großes Lob übrigens|Übrigens ein Lob} an {das ganze Team|Ihr Team}, die {neue Oberfläche|letzte Version} ist {top|klasse}.",
    ),
    (
        "Ich hänge schon {ewig|ziemlich lange} in Ihrer Hotline-Warteschleife, {deshalb|darum} jetzt {schriftlich|per Mail}.",
        "Euer Chat war {leider nicht erreichbar|mal wieder offline}.",
    ),
    (
        "Entschuldigen Sie {die späte Uhrzeit|meine späte Nachricht|den langen Text}.",
        "Sorry für {mein Deutsch|die vielen Fragen|das Durcheinander}.",
    ),
    (
        "Bei uns schüttet es {seit Tagen|gerade} wie aus Eimern, {die Laune ist entsprechend|passt ja}.",
        "Ich {sitze gerade im Zug|bin gerade unterwegs}, daher {kurz|knapp} gehalten.",
    ),
    (
        "Erreichbar bin ich {am besten|vormittags} per Mail.",
        "Falls Rückfragen sind, {melden Sie sich gern|einfach melden}.",
    ),
    (
        "Ich bin ab [weekday] im Urlaub, {wäre also gut|es wäre schön}, wenn wir das vorher klären.",
        "Nächste Woche bin ich {auf Dienstreise|nicht im Büro}, ab dann nur sporadisch erreichbar.",
    ),
    (
        "Schönes Wochenende schon mal!",
        "Und einen guten Start in die Woche.",
    ),
    (
        "Ich schreibe im Auftrag {meines Chefs, der|meiner Chefin, die} gerade im Meeting sitzt.",
        "Das geht für {unsere Geschäftsführung|meinen Vorgesetzten} raus, ich assistiere nur.",
    ),
    (
        "Es ist schon mein {zweiter|dritter} Versuch, {euch|Sie} zu erreichen.",
        "Auf meine Mail von {gestern|[weekday]} kam nur eine automatische Antwort.",
    ),
)

BODY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("Mein Konto läuft unter der Adresse [email].", "Registriert bin ich mit [email]."),
    ("account: [email]", "mail ist [email]"),
    ("Die E-Mail-Adresse meines Kontos lautet [email].", "Hinterlegt ist die Adresse [email]."),
    (
        "Ich nutze euch mit [email], {falls du nachschauen willst|zum Nachschauen}.",
        "Falls ihr suchen müsst: [email].",
    ),
    ("(Kundenkonto: [email])", "Zur Zuordnung: [email]"),
    (
        "Angemeldet bin ich {normalerweise|meistens} mit [email].",
        "Login-Mail: [email]",
    ),
    (
        "Das Benutzerkonto gehört zu [email], {nicht|also nicht} zu der Adresse, von der ich gerade schreibe.",
        "Achtung, mein Account ist [email] – ich schreibe {vom Handy|von privat}.",
    ),
    (
        "Zur Info, meine Mailadresse bei euch ist [email].",
        "Bei euch bin ich als [email] gespeichert.",
    ),
    (
        "Bitte unter [email] nachsehen.",
        "Bitte mit [email] suchen.",
    ),
    (
        "Der Account wurde seinerzeit auf [email] angelegt.",
        "Registrierung lief damals über [email].",
    ),
)

REPLY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("Das Konto läuft auf [email].", "Es ist [email]."),
    ("[email]", "[email] denke ich"),
    ("Die Adresse lautet [email], {danke für die Nachfrage|danke}.", "Bitte nehmen Sie [email]."),
    ("Ah sorry, {hab's vergessen|vergessen} – [email]", "oh stimmt: [email]"),
    (
        "Eingeloggt habe ich mich {immer|bisher} über [email], nicht über diese Absenderadresse.",
        "Nicht die Absenderadresse, sondern [email].",
    ),
    (
        "Probieren Sie es mit [email].",
        "Versuchen Sie mal [email].",
    ),
    (
        "Müsste [email] sein.",
        "[email], {glaub ich|soweit ich weiß}.",
    ),
    (
        "Angelegt wurde der Account über [email].",
        "Erstellt habe ich das Konto mit [email].",
    ),
    (
        "Meine Arbeitsadresse: [email].",
        "Die geschäftliche, also [email].",
    ),
    (
        "Also, das ist [email] – mein Fehler, {sorry|pardon}.",
        "Entschuldigung, richtig ist [email].",
    ),
)

REPLY_EMAIL_VAGUE: tuple[tuple[str, ...], ...] = (
    ("Die, die ich immer benutze.", "Meine übliche Adresse."),
    ("meine geschäftliche {glaub ich|denk ich|vermutlich}", "die vom büro wahrscheinlich"),
    (
        "Da bin ich mir {ehrlich gesagt|leider} nicht sicher.",
        "Keine Ahnung mehr, {ist lange her|hab mehrere}.",
    ),
    (
        "Die steht doch {in meinem Profil|bei Ihnen im System}.",
        "Die müssten Sie {doch haben|eigentlich sehen}.",
    ),
    (
        "Entweder die private oder die Arbeitsadresse, {eine von beiden|such dir was aus}.",
        "Irgendeine von meinen {Gmail|GMX}-Adressen.",
    ),
)

REPLY_NO_OTHER: tuple[tuple[str, ...], ...] = (
    ("Ich habe nur diese eine Adresse.", "Eine andere E-Mail-Adresse besitze ich nicht."),
    ("hab keine andere", "nur die eine"),
    (
        "Die Adresse, von der ich schreibe, ist {die einzige|dieselbe wie im Konto}.",
        "Es ist genau die, mit der ich Ihnen gerade schreibe.",
    ),
    ("Sonst gibt es keine, {wirklich|ehrlich}.", "Mehr Adressen hab ich nicht."),
    (
        "Wie gesagt, es ist die Absenderadresse dieser Mail.",
        "Das Konto hängt an genau {dieser|der} Absenderadresse.",
    ),
    (
        "Nein, es gibt nur diese.",
        "Weitere Mailadressen besitze ich keine.",
    ),
    (
        "Genau die hier, eine zweite existiert nicht.",
        "Eine Zweitadresse gibt's bei mir nicht.",
    ),
    (
        "Ich benutze ausschließlich diese Mail.",
        "Mein einziges Postfach ist das, aus dem ich gerade antworte.",
    ),
    (
        "nö, das ist meine einzige",
        "ne, nur die hier",
    ),
    (
        "Registriert wurde ich mit eben dieser Mail hier.",
        "Schauen Sie oben in den Absender, mehr gibt's nicht.",
    ),
)

REPLY_REQUEST: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Bitte setzen Sie mein Passwort zurück.",
            "Ich möchte einen Link zum Zurücksetzen meines Kennworts.",
        ),
        ("neues pw bitte", "reset link pls"),
        (
            "Ich will einfach wieder in meinen Account {rein|kommen}, also Passwort neu setzen.",
            "Einfach wieder einloggen können – {ein Reset würde reichen|Reset-Mail genügt}.",
        ),
        (
            "Ich bräuchte einen Link, über den ich ein neues Kennwort {vergeben|anlegen} kann.",
            "Eine Nachricht zum Neuvergeben des Passworts, bitte.",
        ),
        (
            "Zugang wiederherstellen, {das wäre alles|mehr will ich gar nicht}.",
            "Mir geht's nur um den Login, {den bräuchte ich zurück|den möchte ich zurückbekommen}.",
        ),
        (
            "Entsperren Sie bitte mein Konto.",
            "Die Sperre aufheben, dann komme ich {klar|zurecht}.",
        ),
        (
            "2FA zurücksetzen, damit ich mein neues Handy einrichten kann.",
            "Die Zwei-Faktor-Sache {abschalten|resetten}, bitte.",
        ),
        (
            "Ich will mich wieder anmelden können, {sonst nix|nur das}.",
            "Dass der Login wieder geht, das reicht mir.",
        ),
        (
            "Nochmal die Nachricht zum Passwortwechsel senden – diesmal so, dass sie auch ankommt.",
            "Die Reset-Nachricht erneut senden, {gern an meine Zweitadresse|bitte}.",
        ),
        (
            "Ein temporäres Passwort per SMS – das wäre ideal.",
            "Irgendein Einmalkennwort, mit dem ich reinkomme.",
        ),
    ),
    "billing_inquiry": (
        (
            "Ich hätte gern eine Erklärung, wofür die [amount] berechnet wurden.",
            "Bitte erklären Sie mir die Abbuchung {genauer|im Detail}.",
        ),
        ("einfach erklären was das für ne zahlung war", "nur wissen wofür das geld ist"),
        (
            "Eine aufgeschlüsselte Rechnung {würde mir reichen|genügt}.",
            "Schicken Sie mir {die Rechnungsdetails|eine Übersicht der Kosten}.",
        ),
        (
            "Kein Geld zurück, nur eine {Erklärung|Aufklärung} zur Rechnung.",
            "Ich will nur verstehen, wie der Preis für [plan] zustande kommt.",
        ),
        (
            "Prüfen Sie bitte, ob die letzte Zahlung so stimmt, und sagen Sie mir Bescheid.",
            "Nachschauen, ob da alles seine Richtigkeit hat, {danke|das reicht}.",
        ),
        (
            "Aufklären, was hinter dem Betrag steckt.",
            "Mir sagen, was ich da eigentlich bezahle.",
        ),
        (
            "Eine Auflistung aller Gebühren seit {Januar|Jahresbeginn}.",
            "Eine Übersicht, welche Kosten wann angefallen sind.",
        ),
        (
            "Die Summe einmal vorrechnen, bitte.",
            "Die Berechnung offenlegen, Posten für Posten.",
        ),
        (
            "Nur eine Info, weshalb die Rechnung diesmal teurer ausfällt – {zurückzahlen ist unnötig|Gutschrift unnötig}.",
            "Erklärung ja, Geld nein.",
        ),
        (
            "Bestätigen, ob die MwSt. so korrekt ist.",
            "Ob der Steuersatz stimmt, würde ich gern wissen.",
        ),
    ),
    "api_integration": (
        (
            "Bitte finden Sie heraus, warum unsere API-Aufrufe fehlschlagen.",
            "Ich möchte wissen, woher die {401|429|500}-Fehler kommen.",
        ),
        ("logs checken + fixen pls", "api wieder zum laufen bringen"),
        (
            "Falls der Schlüssel {hinüber|ungültig} ist, {brauchen wir einen neuen|stellen Sie bitte einen neuen aus}.",
            "Einen neuen API-Key, {sofern nötig|wenn der alte nicht mehr geht}.",
        ),
        (
            "Dass unsere Integration wieder {läuft|funktioniert}, {ganz einfach|mehr nicht}.",
            "Die Schnittstelle soll wieder {Antworten liefern|sauber antworten}.",
        ),
        (
            "Schauen Sie sich bitte die Fehler in Ihren Logs an und {eskalieren Sie|reichen Sie es weiter}, falls es an Ihnen liegt.",
            "Eine technische Untersuchung der {fehlerhaften Requests|Fehlschläge}.",
        ),
        (
            "Das Ratenlimit erhöhen, {bitte|das wär's}.",
            "Mehr Requests pro Minute freigeben.",
        ),
        (
            "Die fehlenden Webhooks {nachliefern|erneut senden}.",
            "Die verpassten Events noch einmal zustellen.",
        ),
        (
            "Einen Entwickler, der sich unsere Requests ansieht, {mehr brauche ich nicht|fertig}.",
            "Jemand Technisches soll sich die fehlerhaften Calls anschauen.",
        ),
        (
            "Dem Token die nötigen Rechte geben.",
            "Die Scopes ergänzen, damit der 403 verschwindet.",
        ),
        (
            "Sagen, ob ihr gerade eine Störung habt und wann sie behoben ist.",
            "Eine Info zum Incident und eine ETA.",
        ),
    ),
    "refund_request": (
        ("Ich möchte die [amount] zurückerstattet bekommen.", "Bitte erstatten Sie den Betrag."),
        ("geld zurück", "zurückbuchen, {danke|thx}"),
        (
            "Die Zahlung {stornieren|rückgängig machen} und das Geld zurück auf meine Karte.",
            "Den Betrag {meiner Karte|meinem Konto} wieder gutschreiben.",
        ),
        (
            "Eine vollständige Rückzahlung, {wie beim Kauf versprochen|wie es sich gehört}.",
            "Ich will {mein Geld|den vollen Betrag} wiederhaben.",
        ),
        (
            "Die letzte Abbuchung bitte rückerstatten, {den Dienst nutze ich nicht|ich habe gekündigt}.",
            "Die letzte Zahlung soll zurück, {mehr nicht|das ist alles}.",
        ),
        (
            "Den Betrag zurücküberweisen, {bitte aufs Girokonto|per Überweisung}.",
            "Überweisen Sie die Summe wieder zurück.",
        ),
        (
            "Refundierung der [amount], bitte.",
            "Refundieren, danke.",
        ),
        (
            "Rückbuchung, {so schnell wie möglich|zeitnah}.",
            "Lastschrift zurückholen und gut ist.",
        ),
        (
            "Eine Gutschrift {komplett|über den ganzen Betrag} auf meine Kreditkarte.",
            "Volle Summe zurück auf die Karte.",
        ),
        (
            "Die Differenz zum günstigeren Tarif erstatten.",
            "Das Überbezahlte zurückzahlen.",
        ),
    ),
    "data_migration": (
        (
            "Bitte prüfen Sie, ob die Datenmigration vollständig ist.",
            "Ich möchte eine Bestätigung, dass die Migration abgeschlossen ist.",
        ),
        ("import checken pls", "schauen ob alles rüber ist"),
        (
            "Dass {jemand|ein Techniker} die Übernahme unserer Daten kontrolliert und {ggf.|falls nötig} abschließt.",
            "Die Übertragung zu Ende bringen bzw. prüfen, ob sie durch ist.",
        ),
        (
            "Sehen Sie bitte in den Logs des Migrationsjobs nach und melden Sie sich.",
            "Ein Blick in das Protokoll des Imports, {danke|bitte}.",
        ),
        (
            "Falls der Umzug {gescheitert|abgebrochen} ist, bitte an {die Spezialisten|Ihre Techniker} weitergeben.",
            "Kontrollieren, ob unsere Projekte lückenlos angekommen sind.",
        ),
        (
            "Den Import nochmal laufen lassen, {diesmal|bitte} ohne Dubletten.",
            "Noch ein sauberer Übernahmelauf.",
        ),
        (
            "Umlaute reparieren und die Daten neu einspielen.",
            "Die kaputten Sonderzeichen korrigieren.",
        ),
        (
            "Eine Liste, welche Datensätze fehlen.",
            "Sagen, welche Zeilen nicht angekommen sind.",
        ),
        (
            "Die Migration {fertigstellen|abschließen}, bevor unser altes System abgeschaltet wird.",
            "Fertig werden mit dem Umzug, rechtzeitig vor der Abschaltung.",
        ),
        (
            "Mir bestätigen, dass die Datenübernahme komplett ist – und wenn nicht, {nachbessern|nacharbeiten}.",
            "Prüfen und notfalls nachholen, was beim Transfer gefehlt hat.",
        ),
    ),
}

REPLY_VAGUE: tuple[tuple[str, ...], ...] = (
    ("Das Problem lösen, {was sonst|natürlich}.", "Na, dass es wieder geht."),
    ("einfach fixen pls", "mach einfach, danke"),
    ("Das wissen Sie doch {besser als ich|sicher besser}.", "Sie sind doch die Experten."),
    ("Was halt {nötig ist|notwendig ist}.", "Was auch immer {hilft|dafür nötig ist}."),
    ("Keine Ahnung, {Hauptsache es funktioniert|irgendwas}.", "Egal wie, Hauptsache meine Ruhe."),
    (
        "Na helfen halt!",
        "Mir helfen, {wofür sind Sie sonst da|dafür seid ihr doch da}.",
    ),
    (
        "Steht doch alles in meiner {ersten|letzten} Mail.",
        "Lesen Sie bitte nochmal, was ich geschrieben habe.",
    ),
    (
        "Das Übliche.",
        "Das, was man in so einem Fall halt macht.",
    ),
    (
        "Kümmert euch einfach drum.",
        "Regelt das bitte.",
    ),
    (
        "Schauen Sie es sich an und entscheiden Sie selbst.",
        "Ihr macht das schon.",
    ),
)

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "vielleicht": ("vllt", "vlt"),
    "eventuell": ("evtl.",),
    "gegebenenfalls": ("ggf.",),
    "beziehungsweise": ("bzw.",),
    "eigentlich": ("eigtl.",),
    "wegen": ("wg.",),
    "ungefähr": ("ca.",),
    "passwort": ("PW", "pw"),
    "kennwort": ("PW",),
    "informationen": ("Infos",),
    "nummer": ("Nr.",),
    "telefon": ("Tel.",),
    "danke": ("thx",),
    "nichts": ("nix",),
    "gerade": ("grad",),
    "habe": ("hab",),
    "einen": ("nen",),
    "schnellstmöglich": ("asap",),
    "und": ("u.", "&"),
    "bitte": ("pls", "plz"),
    "nicht": ("nich",),
    "mindestens": ("mind.",),
    "inklusive": ("inkl.",),
    "bezüglich": ("bzgl.",),
    "sogenannte": ("sog.",),
    "freundlichen": ("freundl.",),
    "mehrwertsteuer": ("MwSt.",),
    "umsatzsteuer": ("USt.",),
    "rechnung": ("Rg.", "Rechn."),
    "rechnungsnummer": ("Rg.-Nr.", "ReNr."),
    "kundennummer": ("Kd.-Nr.", "KdNr."),
    "account": ("acc",),
    "sekunden": ("Sek.", "s"),
    "minuten": ("Min.", "min"),
    "stunden": ("Std.", "h"),
    "montag": ("Mo.",),
    "dienstag": ("Di.",),
    "mittwoch": ("Mi.",),
    "donnerstag": ("Do.",),
    "freitag": ("Fr.",),
    "samstag": ("Sa.",),
    "sonntag": ("So.",),
    "jetzt": ("jz",),
    "wahrscheinlich": ("wahrsch.", "wsl"),
    "zurzeit": ("z.Zt.",),
    "entschuldigung": ("sry", "sorry"),
    "okay": ("ok", "k"),
    "wirklich": ("wirkl.",),
    "natürlich": ("natürl.",),
    "anhang": ("Anh.",),
    "email": ("mail",),
}
