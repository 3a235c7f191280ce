package nl.onderwijsregio.ketenregie.workspace;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.casework.TaskAssignment;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Picking up, assigning and releasing tasks from the work list (several at once) and the dossier page,
 * through {@link TaskAssignment}, exactly as the API does. Each task is handled on its own: one refusal
 * (e.g. a task someone else picked up a moment ago) does not undo the others, and the page says which.
 */
@Controller
class TaskAssignmentController {

    private final TaskAssignment assignment;

    TaskAssignmentController(TaskAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping("/dossiers/taken/toewijzing")
    String assign(@RequestParam(name = "taak", required = false) List<String> taskIds,
            @RequestParam(required = false) String actie, @RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) String terug, RedirectAttributes redirect) {
        KetenregieUser user = CurrentUser.caseWorker();
        String back = safeReturn(terug);
        if (taskIds == null || taskIds.isEmpty()) {
            redirect.addFlashAttribute("toewijzingFouten", List.of("Kies eerst een of meer taken."));
            return "redirect:" + back;
        }
        Action action = Action.of(actie);
        if (action == null || action == Action.TOEWIJZEN && (gebruiker == null || gebruiker.isBlank())) {
            redirect.addFlashAttribute("toewijzingFouten", List.of(action == null
                    ? "Kies oppakken, toewijzen of vrijgeven." : "Kies aan wie je de taken toewijst."));
            return "redirect:" + back;
        }
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (String taskId : taskIds.stream().distinct().toList()) {
            try {
                switch (action) {
                    case OPPAKKEN -> assignment.assign(user, taskId, user.userId());
                    case TOEWIJZEN -> assignment.assign(user, taskId, gebruiker);
                    case VRIJGEVEN -> assignment.release(user, taskId);
                }
                done++;
            } catch (InvalidRequestException | ConflictException | ResourceNotFoundException
                    | RefusedRequestException refusal) {
                refused.add(refusal.getMessage());
            }
        }
        if (done > 0) {
            redirect.addFlashAttribute("melding", action.done(done));
        }
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("toewijzingFouten", refused.stream().distinct()
                    .map(message -> count(refused, message) > 1 ? message + " (" + count(refused, message) + "×)" : message)
                    .toList());
        }
        return "redirect:" + back;
    }

    private static long count(List<String> messages, String message) {
        return messages.stream().filter(message::equals).count();
    }

    /** Back to the work list or dossier the user came from; never to another site. */
    static String safeReturn(String back) {
        if (back != null && back.startsWith("/dossiers") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl)) {
            return back;
        }
        return "/dossiers";
    }

    private enum Action {
        OPPAKKEN("opgepakt"), TOEWIJZEN("toegewezen"), VRIJGEVEN("vrijgegeven");

        private final String participle;

        Action(String participle) {
            this.participle = participle;
        }

        static Action of(String value) {
            for (Action action : values()) {
                if (action.name().equalsIgnoreCase(value)) {
                    return action;
                }
            }
            return null;
        }

        String done(int count) {
            return (count == 1 ? "1 taak " : count + " taken ") + participle + ".";
        }
    }
}
