package nl.onderwijsregio.ketenregie.web;

/** How user input is normalised everywhere: surrounding spaces dropped, and empty means absent. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
