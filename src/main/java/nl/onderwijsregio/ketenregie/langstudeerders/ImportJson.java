package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.List;

/** The answer to an import, with the public API's Dutch field names. */
public final class ImportJson {

    private ImportJson() {
    }

    /** One problem of the file: line (1 = the header; null for the file as a whole), column name, message. */
    public record Problem(Integer regel, String kolom, String melding) {
    }

    /**
     * What an import did: students added, updated and unchanged, the student numbers of open cases the file
     * no longer names (reported, not deleted), and every problem (then nothing was stored).
     */
    public record Result(int toegevoegd, int bijgewerkt, int ongewijzigd, List<String> ontbrekend, List<Problem> fouten) {

        static Result refused(List<Problem> problems) {
            return new Result(0, 0, 0, List.of(), List.copyOf(problems));
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean stored() {
            return fouten.isEmpty();
        }
    }
}
