package nl.onderwijsregio.ketenregie.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Picking up, assigning and releasing a task over the API ({@link TaskAssignment}). */
@RestController
@RequestMapping("/api/taken/{taakId}/toewijzing")
class TaskAssignmentApiController {

    /** To whom the task goes: the user's own id to pick it up, or a colleague's. */
    record Toewijzing(@NotBlank(message = "Kies aan wie je de taak toewijst.")
            @Size(max = 100, message = "Een gebruikersnaam is hoogstens 100 tekens lang.") String gebruiker) {
    }

    private final TaskAssignment assignment;

    TaskAssignmentApiController(TaskAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping
    Map<String, String> assign(@PathVariable String taakId, @Valid @RequestBody Toewijzing request) {
        assignment.assign(CurrentUser.caseWorker(), taakId, request.gebruiker());
        return Map.of("bericht", "De taak is toegewezen.");
    }

    @DeleteMapping
    Map<String, String> release(@PathVariable String taakId) {
        assignment.release(CurrentUser.caseWorker(), taakId);
        return Map.of("bericht", "De taak is vrijgegeven.");
    }
}
