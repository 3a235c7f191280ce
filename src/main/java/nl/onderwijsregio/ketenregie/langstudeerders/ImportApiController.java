package nl.onderwijsregio.ketenregie.langstudeerders;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/langstudeerders/import} with the CSV as {@code text/csv} body: 200 with what the import did,
 * or 400 as a problem whose extension members are the same counts (all 0) and every problem of the file.
 * The body is read up to the size limit and no further.
 */
@RestController
class ImportApiController {

    private final LangstudeerderImport imports;
    private final LangstudeerderSettings settings;

    ImportApiController(LangstudeerderImport imports, LangstudeerderSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping(path = "/api/langstudeerders/import", consumes = "text/csv")
    ImportJson.Result importCsv(HttpServletRequest request, @RequestParam(required = false) String opleiding,
            @RequestHeader(name = "X-Bestandsnaam", required = false) String fileName) throws IOException {
        KetenregieUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        imports.institute(user, opleiding);
        byte[] content = readAtMost(request.getInputStream(), settings.importeren().maxGrootte().toBytes() + 1);
        ImportJson.Result result = imports.importFile(user, opleiding, fileName == null ? "api.csv" : fileName, content);
        if (!result.stored()) {
            throw new Refused(result);
        }
        return result;
    }

    /** A file with problems: nothing was stored. */
    static final class Refused extends RuntimeException {

        private final transient ImportJson.Result result;

        Refused(ImportJson.Result result) {
            super("Bestand niet geïmporteerd");
            this.result = result;
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(refused.result));
    }

    static ProblemDetail problem(ImportJson.Result result) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Het bestand is niet "
                + "geïmporteerd: " + result.fouten().size() + (result.fouten().size() == 1 ? " fout" : " fouten")
                + ". Er is niets opgeslagen.");
        problem.setTitle("Bestand niet geïmporteerd");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("toegevoegd", 0);
        problem.setProperty("bijgewerkt", 0);
        problem.setProperty("ongewijzigd", 0);
        problem.setProperty("ontbrekend", result.ontbrekend());
        problem.setProperty("fouten", result.fouten());
        return problem;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
