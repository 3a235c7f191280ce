package nl.onderwijsregio.ketenregie.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/**
 * Invented people for the demo cohorts: names from the backgrounds found among zij-instromers in Utrecht
 * (Dutch, Turkish, Moroccan, Surinamese, Polish) and among refugee teachers (Syrian, Eritrean, Afghan),
 * with their current occupation and the subject they want to teach.
 */
final class DemoPeople {

    /** A person as they fill in the loket form. */
    record Person(String voornaam, String achternaam, String telefoon, String huidigBeroep) {

        /** voornaam.achternaam.N@voorbeeld.nl, without diacritics or spaces. */
        String email(int number) {
            return plain(voornaam) + "." + plain(achternaam) + "." + number + "@voorbeeld.nl";
        }
    }

    private record Background(List<String> firstNames, List<String> lastNames) {
    }

    private static final Background DUTCH = new Background(
            List.of("Daan", "Sanne", "Lotte", "Bram", "Jeroen", "Marieke", "Femke", "Thijs", "Ruben", "Anouk", "Eva",
                    "Maarten", "Ingrid", "Wouter", "Esther", "Niels", "Laura", "Koen", "Iris", "Sander", "Floor",
                    "Hanneke", "Gijs", "Roos", "Merel", "Jasper", "Noor", "Stijn", "Marijke", "Tessa"),
            List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                    "de Groot", "Bos", "Vos", "Dekker", "Dijkstra", "Smits", "van der Meer", "van der Linden", "Kok",
                    "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "Willems",
                    "van Beek", "Hoekstra", "Koster", "Verbeek", "Prins", "Kuipers", "Postma", "van 't Hof"));
    private static final Background TURKISH = new Background(
            List.of("Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Hakan", "Esra", "Murat", "Büşra", "Serkan",
                    "Gülşen"),
            List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
                    "Kılıç", "Koç"));
    private static final Background MOROCCAN = new Background(
            List.of("Mohammed", "Fatima", "Youssef", "Khadija", "Hamza", "Nadia", "Soufiane", "Samira", "Bilal",
                    "Imane", "Rachid", "Loubna", "Ilias", "Salma"),
            List.of("Bouzian", "El Idrissi", "Benali", "Azzouzi", "Ouali", "El Khattabi", "Haddou", "Chaouch",
                    "Boukhari", "Tahiri", "Bennani", "Aarab"));
    private static final Background SURINAMESE = new Background(
            List.of("Shanti", "Ravi", "Priya", "Dewi", "Jermaine", "Naomi", "Sharon", "Anand"),
            List.of("Ramdin", "Sewdien", "Biharie", "Kartodikromo", "Pinas", "Wijngaarde", "Martina", "Jadnanansing"));
    private static final Background POLISH = new Background(
            List.of("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"),
            List.of("Nowak", "Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska"));
    private static final Background SYRIAN = new Background(
            List.of("Omar", "Rania", "Ahmad", "Lina", "Khaled", "Hiba", "Yara", "Tarek", "Nour", "Bassel"),
            List.of("Al-Hassan", "Haddad", "Khalil", "Mansour", "Al-Khatib", "Darwish", "Nasser", "Suleiman",
                    "Sabbagh"));
    private static final Background ERITREAN = new Background(
            List.of("Yonas", "Senait", "Tesfay", "Helen", "Dawit", "Mebrat", "Filmon", "Luwam"),
            List.of("Tesfaye", "Ghebreyesus", "Haile", "Berhane", "Kidane", "Woldemariam", "Tekle", "Gebremedhin"));
    private static final Background AFGHAN = new Background(
            List.of("Farid", "Mariam", "Zahra", "Jawad", "Sahar"),
            List.of("Rahimi", "Ahmadi", "Karimi", "Hosseini", "Noori"));

    private static final List<String> OCCUPATIONS = List.of("Accountmanager", "Data-analist",
            "Pedagogisch medewerker", "Installatiemonteur", "Softwareontwikkelaar", "Verpleegkundige", "Projectmanager",
            "Jurist", "Beleidsmedewerker", "Communicatieadviseur", "Laborant", "Werktuigbouwkundige", "Boekhouder",
            "Journalist", "Consultant", "HR-adviseur", "Onderzoeker", "Sportinstructeur", "Logistiek planner",
            "Grafisch ontwerper", "Apothekersassistent", "Elektricien", "Vertaler", "Klantenservicemedewerker");
    private static final List<String> COUNTRIES_OF_REFUGE = List.of("Syrië", "Eritrea", "Afghanistan", "Turkije");
    private static final List<String> VO_SUBJECTS = List.of("Wiskunde", "Nederlands", "Natuurkunde", "Informatica",
            "Duits", "Scheikunde", "Frans", "Engels", "Biologie", "Economie");
    private static final List<String> MBO_SUBJECTS = List.of("Elektrotechniek", "Zorg en welzijn", "ICT",
            "Bouwkunde", "Installatietechniek", "Engels", "Nederlands", "Economie");

    private DemoPeople() {
    }

    /** Someone with a Dutch diploma, from one of the backgrounds of the Utrecht region. */
    static Person resident(Random random) {
        double draw = random.nextDouble();
        Background background = draw < 0.64 ? DUTCH : draw < 0.76 ? MOROCCAN : draw < 0.86 ? TURKISH
                : draw < 0.95 ? SURINAMESE : POLISH;
        return person(background, pick(random, OCCUPATIONS), random);
    }

    /** A refugee teacher (statushouder) with a foreign diploma, who taught before in the country of origin. */
    static Person statushouder(Random random, Sector sector, String subject) {
        int origin = random.nextInt(COUNTRIES_OF_REFUGE.size());
        Background background = List.of(SYRIAN, ERITREAN, AFGHAN, TURKISH).get(origin);
        String taught = sector == Sector.PO ? "Leraar basisonderwijs" : "Docent " + subject.toLowerCase(Locale.ROOT);
        return person(background, taught + " (" + COUNTRIES_OF_REFUGE.get(origin) + ")", random);
    }

    /** The subject a VO or MBO candidate wants to teach; PO teachers teach everything. */
    static String subject(Random random, Sector sector) {
        return switch (sector) {
            case PO -> null;
            case VO -> pick(random, VO_SUBJECTS);
            case MBO -> pick(random, MBO_SUBJECTS);
        };
    }

    static Person named(String voornaam, String achternaam, String huidigBeroep) {
        return new Person(voornaam, achternaam, null, huidigBeroep);
    }

    private static Person person(Background background, String occupation, Random random) {
        String phone = random.nextDouble() < 0.8 ? String.format(Locale.ROOT, "06 %08d", random.nextInt(100_000_000)) : null;
        return new Person(pick(random, background.firstNames()), pick(random, background.lastNames()), phone,
                occupation);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String plain(String name) {
        String withoutMarks = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l').replaceAll("[^a-z-]", "");
    }
}
