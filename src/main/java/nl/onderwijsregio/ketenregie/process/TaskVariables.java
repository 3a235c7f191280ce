package nl.onderwijsregio.ketenregie.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads and checks the variables a completed task submitted. Camunda Forms validate in the browser, but
 * the REST API can bypass them, so every completion is checked again; all problems are collected and
 * reported together in Dutch, and the completion is refused ({@link Refusal}) so the task stays open.
 * Every task listener that checks a completion starts here.
 */
public final class TaskVariables {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DelegateTask task;
    private final List<String> problems = new ArrayList<>();

    public TaskVariables(DelegateTask task) {
        this.task = task;
    }

    /** The case the task works on (the business key): the dossier id for the journey. */
    public UUID caseId() {
        return BusinessKey.of(task);
    }

    /** Who completed the task: the logged-in user, or "systeem" for completions from our own code. */
    public String actor() {
        return Actor.of(task);
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type, String label) {
        Object value = task.getVariable(name);
        if (value instanceof String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
        }
        problems.add("Kies een geldige waarde voor " + label + ".");
        return null;
    }

    /**
     * The codes of a multiple choice (a Camunda Forms checklist: a JSON array; through the API also a list or
     * a comma-separated text); at least one when {@code required}. Unknown codes are a problem.
     */
    public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type, boolean required, String label) {
        Set<E> result = EnumSet.noneOf(type);
        List<String> codes = codes(task.getVariable(name));
        if (codes == null) {
            problems.add("Kies geldige waarden voor " + label + ".");
            return result;
        }
        for (String code : codes) {
            E constant = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst().orElse(null);
            if (constant == null) {
                problems.add("Kies geldige waarden voor " + label + ".");
                return result;
            }
            result.add(constant);
        }
        if (required && result.isEmpty()) {
            problems.add("Kies ten minste één waarde voor " + label + ".");
        }
        return result;
    }

    private static List<String> codes(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(element -> element.isString() ? element.stringValue() : element.toString())
                    .toList();
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            if (trimmed.startsWith("[")) {
                try {
                    return codes(org.camunda.spin.Spin.JSON(trimmed));
                } catch (RuntimeException notJson) {
                    return null;
                }
            }
            return Arrays.stream(trimmed.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        }
        return null;
    }

    public String requiredChoice(String name, Collection<String> choices, String label) {
        Object value = task.getVariable(name);
        if (value instanceof String text && choices.contains(text)) {
            return text;
        }
        problems.add("Kies een geldige waarde voor " + label + ".");
        return null;
    }

    public boolean requiredBoolean(String name, String label) {
        Object value = task.getVariable(name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        problems.add("Geef aan: " + label + " (ja of nee).");
        return false;
    }

    public boolean optionalBoolean(String name) {
        return Boolean.TRUE.equals(task.getVariable(name));
    }

    public String optionalText(String name, int maxLength, String label) {
        Object value = task.getVariable(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        if (!(value instanceof String text) || text.length() > maxLength || text.matches("(?s).*[<>].*")) {
            problems.add("Vul bij " + label + " gewone tekst in van hoogstens " + maxLength + " tekens.");
            return null;
        }
        return text.trim();
    }

    public String requiredText(String name, int maxLength, String label) {
        Object value = task.getVariable(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            problems.add("Vul " + label + " in.");
            return null;
        }
        return optionalText(name, maxLength, label);
    }

    /** A date from a Camunda Forms date field ("2026-12-01") or a Date submitted through the API. */
    public LocalDate requiredDate(String name, String label) {
        Object value = task.getVariable(name);
        try {
            if (value instanceof Date date) {
                return date.toInstant().atZone(NETHERLANDS).toLocalDate();
            }
            if (value instanceof String text && !text.isBlank()) {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add("Vul een geldige datum in bij " + label + " (jjjj-mm-dd).");
        return null;
    }

    public BigDecimal requiredNumber(String name, int min, int max, String label) {
        Object value = task.getVariable(name);
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.compareTo(BigDecimal.valueOf(min)) >= 0 && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return decimal;
            }
        }
        problems.add("Vul bij " + label + " een getal in van " + min + " tot en met " + max + ".");
        return null;
    }

    /** A whole number from {@code min} to {@code max}; null (and a problem) otherwise. */
    public Integer requiredInteger(String name, int min, int max, String label) {
        BigDecimal number = requiredNumber(name, min, max, label);
        if (number != null && number.stripTrailingZeros().scale() > 0) {
            problems.add("Vul bij " + label + " een geheel getal in.");
            return null;
        }
        return number == null ? null : number.intValue();
    }

    /** A dropout needs its reason code and whether it was avoidable. */
    public void requireDropoutDetails() {
        requiredEnum(PlatformVariables.UITVAL_REDEN, DropoutReason.class, "reden van uitval");
        requiredBoolean(PlatformVariables.ONNODIG, "was de uitval te voorkomen");
    }

    public void problem(String message) {
        problems.add(message);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public void failIfInvalid() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid("Het formulier is niet afgerond: " + String.join(" ", problems));
        }
    }
}
