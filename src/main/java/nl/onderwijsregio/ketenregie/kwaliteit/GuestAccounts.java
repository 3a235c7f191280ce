package nl.onderwijsregio.ketenregie.kwaliteit;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Guest accounts of external panel members: a Camunda user in the group of this one review (and the
 * panel role, for Tasklist) and the review's region, so the guest sees this review and its findings task
 * and nothing else. When the review closes the accounts are removed, and the member row keeps when.
 */
@Component
class GuestAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final PeerReviews reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuestAccounts(IdentityService identity, PeerReviews reviews, ApplicationEventPublisher events, Clock clock) {
        this.identity = identity;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the review's panel group and a guest account per member that has none yet, and invites them.
     * The werkgroep is no user administrator in Camunda: the accounts are made by the system, without the
     * engine's authorization check for the logged-in member.
     */
    void invite(PeerReview review) {
        asSystem(() -> createAccounts(review));
    }

    private void createAccounts(PeerReview review) {
        String group = Groups.peerreview(review.id().toString());
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group panel = identity.newGroup(group);
            panel.setName("Panel peer review " + review.regionCode());
            panel.setType("ORGANISATIE");
            identity.saveGroup(panel);
        }
        for (PanelMember member : reviews.panel(review.id())) {
            if (member.guestUserId() != null) {
                continue;
            }
            String userId = "gast-" + member.id().toString().substring(0, 8);
            String password = password();
            User user = identity.newUser(userId);
            String[] names = member.name().trim().split("\\s+", 2);
            user.setFirstName(names[0]);
            user.setLastName(names.length > 1 ? names[1] : "");
            user.setEmail(member.email());
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(userId, Groups.PEERREVIEW_PANEL);
            identity.createMembership(userId, group);
            identity.createTenantUserMembership(review.regionCode(), userId);
            reviews.guestCreated(member.id(), userId, clock.instant());
            events.publishEvent(new KwaliteitEvents.GuestInvited(review.id(), review.regionCode(), userId, names[0],
                    member.email(), password, review.visitDate()));
        }
    }

    /** The review closed: its guests can no longer log in. */
    void expire(UUID reviewId) {
        asSystem(() -> removeAccounts(reviewId));
    }

    private void removeAccounts(UUID reviewId) {
        for (PanelMember member : reviews.panel(reviewId)) {
            if (member.guestUserId() != null && member.guestExpiresAt() == null) {
                identity.deleteUser(member.guestUserId());
                reviews.guestExpired(member.id(), clock.instant());
            }
        }
    }

    /** Runs inside the step's command (a task listener), with the engine's authorization checks off. */
    private static void asSystem(Runnable work) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }

    private static String password() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
