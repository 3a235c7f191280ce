package nl.onderwijsregio.ketenregie.langstudeerders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The institutes' CSV import: every kind of problem with its line and column, all or nothing, the encodings
 * and separators Excel writes, limits, and a re-import that updates, counts credits as a check-in and reports
 * who is missing.
 */
@IntegrationTest
class LangstudeerderImportTest {

    @Autowired
    LangstudeerderImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    TestInstitute institute;

    @BeforeEach
    void institute() {
        institute = new TestInstitute(jdbc);
    }

    @Test
    void aGoodListAddsEveryStudentWithAnIntakeForTheInstituteAndIsLogged() {
        ImportJson.Result result = importFile("lijst.csv", TestInstitute.file(TestInstitute.line("1001"),
                TestInstitute.line("1002", "Karim", "El Idrissi", "karim@example.nl", "60", "240", "spo-zonnewijzer",
                        TestInstitute.UTRECHT),
                TestInstitute.line("1003", "Joke", "Smit", "joke@example.nl", "200", "240", "eemland-college",
                        TestInstitute.MIDDEN_NEDERLAND)));

        assertThat(result.fouten()).isEmpty();
        assertThat(result).extracting(ImportJson.Result::toegevoegd, ImportJson.Result::bijgewerkt,
                ImportJson.Result::ongewijzigd).containsExactly(3, 0, 0);
        assertThat(students()).isEqualTo(3);
        assertThat(jdbc.queryForList("select case_number from langstudeerder where opleiding_code = ? order by case_number",
                String.class, institute.code)).allMatch(number -> number.startsWith("LS-TEST-LO-")).doesNotHaveDuplicates();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("opleiding:" + institute.code)
                .taskDefinitionKey("Task_Intake").count()).isEqualTo(3);
        assertThat(jdbc.queryForMap("select imported_by, file_name, added, updated, unchanged, missing from "
                + "langstudeerder_import where opleiding_code = ?", institute.code))
                .containsEntry("imported_by", institute.user.userId()).containsEntry("file_name", "lijst.csv")
                .containsEntry("added", 3).containsEntry("missing", 0);
        assertThat(jdbc.queryForObject("select region_code from langstudeerder where opleiding_code = ? and "
                + "student_number = '1003'", String.class, institute.code)).isEqualTo(TestInstitute.MIDDEN_NEDERLAND);
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumnAndNothingIsStored() {
        int nextYear = LocalDate.now().getYear() + 1;
        List<String> lines = List.of(
                TestInstitute.line("2001"),                                                              // 2 fine
                TestInstitute.line("2002", "Ans", "Bos", "ans@example.nl", "60", "240", "onbekend", TestInstitute.UTRECHT), // 3
                TestInstitute.line("2003", "Bas", "Kok", "bas@example.nl", "250", "240", "", TestInstitute.UTRECHT),     // 4
                "2004;Cor;Dam;cor@example.nl;Leraar Engels;VO;" + nextYear + ";10;240;;utrecht-stad",              // 5
                TestInstitute.line("2001", "Dirk", "Eg", "dirk@example.nl", "60", "240", "", TestInstitute.UTRECHT),     // 6
                TestInstitute.line("2006", "Eva", "Fok", "", "60", "240", "", TestInstitute.UTRECHT),                   // 7
                TestInstitute.line("2007", "Fay", "Goes", "fay@example.nl", "60", "240", "", "groningen"),              // 8
                "2008;Gijs;Hoek;gijs@example.nl;Leraar Biologie;HAVO;2015;veel;240;;utrecht-stad",                  // 9
                "2009;Hans;Ivens;hans@example.nl;Leraar Biologie;VO;2015;10",                                       // 10
                TestInstitute.line("2010", "Ida", "Jong", "ida@example.nl", "60", "240", "eemland-college", TestInstitute.UTRECHT)); // 11

        ImportJson.Result result = importFile("fouten.csv", TestInstitute.file(lines));

        assertThat(result.stored()).isFalse();
        assertThat(result.fouten()).extracting(ImportJson.Problem::regel, ImportJson.Problem::kolom).containsExactly(
                tuple(3, "school"), tuple(4, "ec_behaald"), tuple(5, "startjaar"), tuple(6, "studentnummer"),
                tuple(7, "email"), tuple(8, "regio"), tuple(9, "sector"), tuple(9, "ec_behaald"), tuple(10, null),
                tuple(11, "school"));
        assertThat(result.fouten()).extracting(ImportJson.Problem::melding).containsExactly(
                "Onbekende school 'onbekend'. Gebruik de schoolcode uit de lijst van de regio.",
                "Er zijn meer studiepunten behaald (250) dan er nodig zijn (240).",
                "Het startjaar " + nextYear + " ligt in de toekomst.",
                "Studentnummer 2001 staat ook op regel 2; elke student mag maar één keer in het bestand staan.",
                "Vul het e-mailadres in.",
                "De regio 'groningen' is geen regio van uw opleiding; kies uit midden-nederland, utrecht-stad.",
                "Onbekende sector 'HAVO'; kies PO, VO of MBO.",
                "Vul bij ec_behaald een geheel getal in van 0 tot en met 600; nu staat er 'veel'.",
                "De regel heeft 8 kolommen; verwacht zijn er 11. Controleer het scheidingsteken en de aanhalingstekens.",
                "De school 'eemland-college' ligt niet in de regio 'utrecht-stad'.");
        assertThat(students()).isZero();
        assertThat(imports()).isZero();
    }

    @Test
    void aWrongHeaderNamesTheColumnAndAnEmptyFileIsRefused() {
        byte[] wrongHeader = ("studentnummer;voornaam;achternaam;e-mail;opleiding;sector;startjaar;ec_behaald;ec_totaal;school;regio\r\n"
                + TestInstitute.line("3001")).getBytes(StandardCharsets.UTF_8);
        assertThat(importFile("kop.csv", wrongHeader).fouten()).extracting(ImportJson.Problem::regel,
                ImportJson.Problem::kolom, ImportJson.Problem::melding)
                .containsExactly(tuple(1, "email", "Kolom 4 van de kopregel heet 'e-mail'; verwacht is 'email'."));
        assertThat(importFile("leeg.csv", new byte[0]).fouten()).extracting(ImportJson.Problem::melding)
                .singleElement().asString().startsWith("Het bestand is leeg.");
        assertThat(importFile("alleenkop.csv", TestInstitute.file()).fouten()).extracting(ImportJson.Problem::melding)
                .containsExactly("Het bestand bevat geen langstudeerders, alleen de kopregel.");
        assertThat(students()).isZero();
    }

    @Test
    void oneBadLineAmongAThousandStoresNothing() {
        List<String> lines = new ArrayList<>(IntStream.range(0, 1000).mapToObj(i -> TestInstitute.line("B" + i)).toList());
        lines.set(734, TestInstitute.line("B734", "Kees", "Bakker", "kees@example.nl", "241", "240", "", TestInstitute.UTRECHT));

        ImportJson.Result result = importFile("groot.csv", TestInstitute.file(lines));

        assertThat(result.fouten()).extracting(ImportJson.Problem::regel, ImportJson.Problem::kolom)
                .containsExactly(tuple(736, "ec_behaald"));
        assertThat(students()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LangstudeerderProcess.PROCESS_KEY)
                .variableValueEquals("opleiding", institute.code).count()).isZero();
    }

    @Test
    void excelFilesInWindows1252OrUtf8WithBomWithCommasQuotesAndLineBreaksAreRead() {
        String windows = TestInstitute.HEADER + "\r\n" + TestInstitute.line("4001", "Noëlle", "Çelik", "noelle@example.nl",
                "10", "240", "", TestInstitute.UTRECHT) + "\r\n";
        assertThat(importFile("w1252.csv", windows.getBytes(Charset.forName("windows-1252"))).toegevoegd()).isOne();

        String commas = TestInstitute.HEADER.replace(';', ',') + "\n"
                + "4002,José,\"van den Berg-D'Ancona\",jose@example.nl,\"Leraar Nederlands, tweedegraads\",po,2019,30,240,,utrecht-stad\n"
                + "\"4003\",\"Mia\",\"Ağaoğlu\",\"mia@example.nl\",\"Leraar \"\"Engels\"\"\nvoltijd\",MBO,2018,0,240,\"\",midden-nederland";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = commas.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        ImportJson.Result result = importFile("bom.csv", withBom);

        assertThat(result.fouten()).isEmpty();
        assertThat(result.toegevoegd()).isEqualTo(2);
        assertThat(jdbc.queryForList("select first_name || ' ' || last_name || ' | ' || programme || ' | ' || sector "
                + "from langstudeerder where opleiding_code = ? order by student_number", String.class, institute.code))
                .containsExactly("Noëlle Çelik | Leraar Wiskunde tweedegraads | VO",
                        "José van den Berg-D'Ancona | Leraar Nederlands, tweedegraads | PO",
                        "Mia Ağaoğlu | Leraar \"Engels\"\nvoltijd | MBO");
    }

    @Test
    void aLineNumberCountsTheLineBreaksInsideQuotes() {
        String text = TestInstitute.HEADER + "\n5001;An;Wit;an@example.nl;\"Leraar\nAardrijkskunde\";VO;2015;10;240;;utrecht-stad\n"
                + "5002;Bo;Zwart;;Leraar Geschiedenis;VO;2015;10;240;;utrecht-stad\n";
        assertThat(importFile("regels.csv", text.getBytes(StandardCharsets.UTF_8)).fouten())
                .extracting(ImportJson.Problem::regel, ImportJson.Problem::kolom).containsExactly(tuple(4, "email"));
    }

    @Test
    void tooManyLinesOrTooLargeAFileIsRefused() {
        List<String> lines = IntStream.range(0, 5001).mapToObj(i -> TestInstitute.line("M" + i)).toList();
        assertThat(importFile("teveel.csv", TestInstitute.file(lines)).fouten()).extracting(ImportJson.Problem::melding)
                .containsExactly("Het bestand bevat 5001 langstudeerders; per bestand kunnen er hoogstens 5000. Splits het bestand.");

        byte[] large = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(importFile("groot.csv", large).fouten()).extracting(ImportJson.Problem::melding)
                .containsExactly("Het bestand is groter dan 2048 kB. Splits het bestand.");
        assertThat(students()).isZero();
    }

    @Test
    void aReimportUpdatesCountsNewCreditsAsACheckInAndReportsWhoIsMissing() {
        importFile("v1.csv", TestInstitute.file(TestInstitute.line("6001"), TestInstitute.line("6002"),
                TestInstitute.line("6003")));

        ImportJson.Result result = importFile("v2.csv", TestInstitute.file(
                TestInstitute.line("6001", "Sanne", "de Vries", "6001@student.example.nl", "150", "240", "", TestInstitute.UTRECHT),
                TestInstitute.line("6002"), TestInstitute.line("6004")));

        assertThat(result).extracting(ImportJson.Result::toegevoegd, ImportJson.Result::bijgewerkt,
                ImportJson.Result::ongewijzigd, ImportJson.Result::ontbrekend).containsExactly(1, 1, 1, List.of("6003"));
        assertThat(students()).isEqualTo(4);
        assertThat(jdbc.queryForMap("select credits_obtained, on_track from langstudeerder where opleiding_code = ? "
                + "and student_number = '6001'", institute.code)).containsEntry("credits_obtained", 150)
                .containsEntry("on_track", true);
        assertThat(jdbc.queryForList("select c.source from langstudeerder_checkin c join langstudeerder l on "
                + "l.id = c.langstudeerder_id where l.opleiding_code = ?", String.class, institute.code))
                .containsExactly("IMPORT");
        assertThat(jdbc.queryForList("select student_number from langstudeerder where opleiding_code = ? and "
                + "missing_since is not null", String.class, institute.code)).containsExactly("6003");
        assertThat(jdbc.queryForList("select added || '/' || updated || '/' || unchanged || '/' || missing from "
                + "langstudeerder_import where opleiding_code = ? order by id", String.class, institute.code))
                .containsExactly("3/0/0/0", "1/1/1/1");

        importFile("v3.csv", TestInstitute.file(TestInstitute.line("6003")));
        assertThat(jdbc.queryForObject("select missing_since from langstudeerder where opleiding_code = ? and "
                + "student_number = '6003'", Object.class, institute.code)).as("named again").isNull();
    }

    @Test
    void aRegionOutsideTheUsersRegionsIsRefused() {
        TestInstitute utrechtOnly = new TestInstitute(jdbc, Set.of(TestInstitute.UTRECHT));
        ImportJson.Result result = imports.importFile(utrechtOnly.user, null, "x.csv", TestInstitute.file(
                TestInstitute.line("7001", "Ali", "Oz", "ali@example.nl", "1", "240", "", TestInstitute.MIDDEN_NEDERLAND)));
        assertThat(result.fouten()).extracting(ImportJson.Problem::regel, ImportJson.Problem::kolom)
                .containsExactly(tuple(2, "regio"));
    }

    private ImportJson.Result importFile(String name, byte[] content) {
        return imports.importFile(institute.user, null, name, content);
    }

    private int students() {
        return jdbc.queryForObject("select count(*) from langstudeerder where opleiding_code = ?", Integer.class,
                institute.code);
    }

    private int imports() {
        return jdbc.queryForObject("select count(*) from langstudeerder_import where opleiding_code = ?", Integer.class,
                institute.code);
    }

}
