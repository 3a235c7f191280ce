package nl.onderwijsregio.ketenregie.langstudeerders;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page {@code /langstudeerders/import} for a lerarenopleiding: the form, and after an upload either
 * what was imported or every problem of the file (400, nothing stored). Same service and rules as the API.
 */
@Controller
class ImportPageController {

    private final LangstudeerderImport imports;

    ImportPageController(LangstudeerderImport imports) {
        this.imports = imports;
    }

    @GetMapping("/langstudeerders/import")
    String form(Model model) {
        KetenregieUser user = user();
        model.addAttribute("opleidingen", user.opleidingCodes().stream().sorted().toList());
        return "langstudeerders/import";
    }

    @PostMapping("/langstudeerders/import")
    String upload(@RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(required = false) String opleiding, Model model, HttpServletResponse response) throws IOException {
        KetenregieUser user = user();
        model.addAttribute("opleidingen", user.opleidingCodes().stream().sorted().toList());
        if (file == null || file.isEmpty()) {
            return refused(model, response, "Kies een CSV-bestand om te uploaden.");
        }
        ImportJson.Result result;
        try {
            result = imports.importFile(user, opleiding, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidRequestException refused) {
            return refused(model, response, refused.getMessage());
        }
        model.addAttribute("resultaat", result);
        model.addAttribute("bestandsnaam", file.getOriginalFilename());
        if (!result.stored()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "langstudeerders/import";
    }

    private static String refused(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("melding", message);
        return "langstudeerders/import";
    }

    private static KetenregieUser user() {
        KetenregieUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        if (!LangstudeerderAccess.mayImport(user)) {
            throw new AccessDeniedException("Alleen een lerarenopleiding importeert haar langstudeerders.");
        }
        return user;
    }
}
