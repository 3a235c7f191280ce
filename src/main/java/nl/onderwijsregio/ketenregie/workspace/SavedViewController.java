package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving the work list's current filters under a name, and removing a saved view ({@link SavedViews}). */
@Controller
class SavedViewController {

    private final SavedViews views;

    SavedViewController(SavedViews views) {
        this.views = views;
    }

    @PostMapping("/dossiers/weergaven")
    String save(@RequestParam(required = false) String naam, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "false") boolean gedeeld, RedirectAttributes redirect) {
        KetenregieUser user = CurrentUser.caseWorker();
        String filters = SavedViews.filtersOnly(query);
        try {
            SavedView view = views.save(user, naam, filters, gedeeld);
            redirect.addFlashAttribute("melding", "De weergave '" + view.getName() + "' staat in het menu"
                    + (gedeeld ? ", ook bij je collega's in de regio." : "."));
            return "redirect:" + view.getLink();
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute("weergaveFout", refused.getMessage());
            redirect.addFlashAttribute("weergaveNaam", naam);
            return "redirect:" + (filters.isEmpty() ? "/dossiers" : "/dossiers?" + filters);
        }
    }

    @PostMapping("/dossiers/weergaven/{id}/verwijderen")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        if (!views.delete(CurrentUser.caseWorker(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Weergave niet gevonden.");
        }
        redirect.addFlashAttribute("melding", "De weergave is verwijderd.");
        return "redirect:/dossiers";
    }
}
