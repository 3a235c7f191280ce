package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the langstudeerders ({@code ketenregie.langstudeerders.*}, documented in docs/operations.md).
 * Due periods of the tasks ({@code termijnen.*}) and the check-in interval ({@code checkin}) are read by the
 * platform's Deadlines from the same prefix.
 *
 * @param checkin how often the institute checks in with a student in guidance
 * @param importeren limits ({@code import.*}) of one CSV import
 */
@ConfigurationProperties("ketenregie.langstudeerders")
public record LangstudeerderSettings(@DefaultValue("P3M") Period checkin, @DefaultValue @Name("import") Import importeren) {

    /**
     * @param maxRegels at most this many students per file
     * @param maxGrootte at most this large a file
     */
    public record Import(@DefaultValue("5000") int maxRegels, @DefaultValue("2MB") DataSize maxGrootte) {
    }
}
