package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.web.FieldRules;

/**
 * Checks an institute's list line by line and collects every problem with its line and column, in Dutch, so
 * the institute can fix the whole file at once. Only a list without any problem is imported.
 */
final class StudentListCheck {

    static final List<String> COLUMNS = List.of("studentnummer", "voornaam", "achternaam", "email", "opleiding",
            "sector", "startjaar", "ec_behaald", "ec_totaal", "school", "regio");

    private static final Pattern STUDENT_NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9\\-]{0,39}$");
    private static final Pattern NAME = Pattern.compile(FieldRules.NAME);
    private static final Pattern EMAIL = Pattern.compile(FieldRules.EMAIL);
    private static final Pattern TEXT = Pattern.compile(FieldRules.TEXT);
    private static final int FIRST_YEAR = 1980;
    private static final int MAX_CREDITS = 600;

    /** Where the list is checked against: the institute's regions, the schools (code to region), this year. */
    record Context(Set<String> regions, Map<String, String> schoolRegions, int currentYear, int maxRows) {
    }

    /** The valid lines, or the problems (then no line counts). */
    record Outcome(List<StudentRow> rows, List<ImportJson.Problem> problems) {
    }

    private final Context context;
    private final List<ImportJson.Problem> problems = new ArrayList<>();

    StudentListCheck(Context context) {
        this.context = context;
    }

    Outcome check(List<CsvFile.Row> file) {
        List<CsvFile.Row> rows = file.stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            problem(null, null, "Het bestand is leeg. Gebruik de kopregel " + String.join(";", COLUMNS) + ".");
            return new Outcome(List.of(), problems);
        }
        if (!header(rows.get(0))) {
            return new Outcome(List.of(), problems);
        }
        List<CsvFile.Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            problem(null, null, "Het bestand bevat geen langstudeerders, alleen de kopregel.");
        }
        if (data.size() > context.maxRows()) {
            problem(null, null, "Het bestand bevat " + data.size() + " langstudeerders; per bestand kunnen er hoogstens "
                    + context.maxRows() + ". Splits het bestand.");
            return new Outcome(List.of(), problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<StudentRow> valid = new ArrayList<>();
        for (CsvFile.Row row : data) {
            StudentRow student = row(row);
            if (student == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(student.studentNumber(), row.line());
            if (earlier != null) {
                problem(row.line(), "studentnummer", "Studentnummer " + student.studentNumber()
                        + " staat ook op regel " + earlier + "; elke student mag maar één keer in het bestand staan.");
                continue;
            }
            valid.add(student);
        }
        return new Outcome(problems.isEmpty() ? valid : List.of(), problems);
    }

    private boolean header(CsvFile.Row header) {
        List<String> names = header.fields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        if (names.equals(COLUMNS)) {
            return true;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            String found = i < names.size() ? names.get(i) : null;
            if (!COLUMNS.get(i).equals(found)) {
                problem(header.line(), COLUMNS.get(i), found == null || found.isEmpty()
                        ? "De kolom " + COLUMNS.get(i) + " ontbreekt in de kopregel."
                        : "Kolom " + (i + 1) + " van de kopregel heet '" + found + "'; verwacht is '" + COLUMNS.get(i) + "'.");
            }
        }
        if (names.size() > COLUMNS.size()) {
            problem(header.line(), null, "De kopregel heeft " + names.size() + " kolommen; verwacht zijn er "
                    + COLUMNS.size() + ": " + String.join(";", COLUMNS) + ".");
        }
        return false;
    }

    private StudentRow row(CsvFile.Row row) {
        if (row.fields().size() != COLUMNS.size()) {
            problem(row.line(), null, "De regel heeft " + row.fields().size() + " kolommen; verwacht zijn er "
                    + COLUMNS.size() + ". Controleer het scheidingsteken en de aanhalingstekens.");
            return null;
        }
        int before = problems.size();
        int line = row.line();
        String studentNumber = required(row, 0, "het studentnummer");
        if (studentNumber != null && !STUDENT_NUMBER.matcher(studentNumber).matches()) {
            problem(line, "studentnummer", "Een studentnummer bestaat uit hoogstens 40 letters, cijfers en koppeltekens.");
        }
        String firstName = name(row, 1, "voornaam");
        String lastName = name(row, 2, "achternaam");
        String email = required(row, 3, "het e-mailadres");
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problem(line, "email", "'" + email + "' is geen geldig e-mailadres.");
        }
        String programme = required(row, 4, "de opleiding (bijvoorbeeld Leraar Wiskunde tweedegraads)");
        if (programme != null && (programme.length() > 150 || !TEXT.matcher(programme).matches())) {
            problem(line, "opleiding", "Vul bij opleiding gewone tekst in van hoogstens 150 tekens.");
        }
        Sector sector = sector(row);
        Integer startYear = number(row, 6, FIRST_YEAR, Integer.MAX_VALUE, "het jaar van eerste inschrijving");
        if (startYear != null && startYear > context.currentYear()) {
            problem(line, "startjaar", "Het startjaar " + startYear + " ligt in de toekomst.");
        }
        Integer obtained = number(row, 7, 0, MAX_CREDITS, "het aantal behaalde studiepunten");
        Integer required = number(row, 8, 1, MAX_CREDITS, "het totaal aantal benodigde studiepunten");
        if (obtained != null && required != null && obtained > required) {
            problem(line, "ec_behaald", "Er zijn meer studiepunten behaald (" + obtained + ") dan er nodig zijn ("
                    + required + ").");
        }
        String region = required(row, 10, "de onderwijsregio");
        if (region != null && !context.regions().contains(region)) {
            problem(line, "regio", "De regio '" + region + "' is geen regio van uw opleiding; kies uit "
                    + String.join(", ", context.regions().stream().sorted().toList()) + ".");
        }
        String school = value(row, 9);
        if (school != null) {
            String schoolRegion = context.schoolRegions().get(school);
            if (schoolRegion == null) {
                problem(line, "school", "Onbekende school '" + school + "'. Gebruik de schoolcode uit de lijst van de regio.");
            } else if (region != null && !schoolRegion.equals(region)) {
                problem(line, "school", "De school '" + school + "' ligt niet in de regio '" + region + "'.");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new StudentRow(line, studentNumber, firstName, lastName, email.toLowerCase(Locale.ROOT), programme, sector,
                startYear, obtained, required, school, region);
    }

    private String name(CsvFile.Row row, int column, String label) {
        String name = required(row, column, "de " + label);
        if (name != null && (name.length() > 100 || !NAME.matcher(name).matches())) {
            problem(row.line(), COLUMNS.get(column), "Gebruik in de " + label + " alleen letters, spaties, apostrof, "
                    + "punt of koppelteken (hoogstens 100 tekens).");
        }
        return name;
    }

    private Sector sector(CsvFile.Row row) {
        String value = required(row, 5, "de sector (PO, VO of MBO)");
        if (value == null) {
            return null;
        }
        try {
            return Sector.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(row.line(), "sector", "Onbekende sector '" + value + "'; kies PO, VO of MBO.");
            return null;
        }
    }

    private Integer number(CsvFile.Row row, int column, int min, int max, String label) {
        String value = required(row, column, label);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem(row.line(), COLUMNS.get(column), "Vul bij " + COLUMNS.get(column) + " een geheel getal in"
                + (max == Integer.MAX_VALUE ? " vanaf " + min : " van " + min + " tot en met " + max) + "; nu staat er '"
                + value + "'.");
        return null;
    }

    private String required(CsvFile.Row row, int column, String label) {
        String value = value(row, column);
        if (value == null) {
            problem(row.line(), COLUMNS.get(column), "Vul " + label + " in.");
        }
        return value;
    }

    private static String value(CsvFile.Row row, int column) {
        String value = row.fields().get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private void problem(Integer line, String column, String message) {
        problems.add(new ImportJson.Problem(line, column, message));
    }
}
