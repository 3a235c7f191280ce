package nl.onderwijsregio.ketenregie.web;

import java.util.Map;

/** The Dutch title and explanation for each HTTP error status a person can meet, for pages and problem JSON. */
final class ErrorTexts {

    private record Text(String title, String detail) {
    }

    private static final Text FALLBACK = new Text("Er ging iets mis",
            "Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.");

    private static final Map<Integer, Text> TEXTS = Map.ofEntries(
            Map.entry(400, new Text("Ongeldig verzoek", "Het verzoek kon niet worden gelezen. Controleer de invoer "
                    + "en probeer het opnieuw.")),
            Map.entry(401, new Text("Niet ingelogd", "Log in om verder te gaan.")),
            Map.entry(403, new Text("Geen toegang", "U heeft geen toegang tot deze pagina, of het formulier was "
                    + "verlopen. Laad de pagina opnieuw en probeer het nog eens.")),
            Map.entry(404, new Text("Niet gevonden", "Deze pagina of dit dossier bestaat niet, of valt buiten wat u "
                    + "mag zien.")),
            Map.entry(405, new Text("Methode niet toegestaan", "Deze handeling kan op dit adres niet.")),
            Map.entry(406, new Text("Formaat niet beschikbaar", "Dit adres levert het gevraagde formaat niet.")),
            Map.entry(411, new Text("Lengte ontbreekt", "Stuur de lengte van de inhoud mee (Content-Length).")),
            Map.entry(413, new Text("Verzoek te groot", "Het verzoek is te groot: stuur hoogstens 16 kB.")),
            Map.entry(415, new Text("Formaat niet ondersteund", "Dit formaat wordt hier niet aangenomen. Stuur JSON "
                    + "(Content-Type: application/json).")),
            Map.entry(429, new Text("Te veel verzoeken", "Er zijn te veel verzoeken verstuurd. Probeer het over een "
                    + "minuut opnieuw.")),
            Map.entry(500, FALLBACK));

    private ErrorTexts() {
    }

    static String title(int status) {
        return TEXTS.getOrDefault(status, FALLBACK).title();
    }

    static String detail(int status) {
        return TEXTS.getOrDefault(status, FALLBACK).detail();
    }
}
