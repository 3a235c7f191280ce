package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.util.Locale;

/** Amounts as Dutch readers expect them: "€ 7.500,00". */
public final class Euro {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Euro() {
    }

    public static String format(BigDecimal amount) {
        return "€ " + String.format(DUTCH, "%,.2f", amount);
    }
}
