package nl.onderwijsregio.ketenregie.langstudeerders;

/** What the guidance plan offers the student (several may apply). */
public enum SupportMeasure {
    STUDIECOACH("Studiecoach"),
    STUDIEVERLOF("Studieverlof van de werkgever"),
    VRIJSTELLING("Vrijstelling"),
    BIJLES("Bijles"),
    SCRIPTIEBEGELEIDING("Scriptiebegeleiding");

    private final String label;

    SupportMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
