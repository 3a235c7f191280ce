package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.Optional;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;

/**
 * Who sees which langstudeerders: the region's ketenregisseurs all of the region, an institute only its own
 * students, a schoolopleider only those teaching at their school. Management sees aggregates only (the
 * report), nobody else anything.
 */
final class LangstudeerderAccess {

    private LangstudeerderAccess() {
    }

    static Optional<LangstudeerderFilter> scope(KetenregieUser user) {
        if (user.isKetenregisseur()) {
            return Optional.of(LangstudeerderFilter.scope(user.regions(), null, null));
        }
        if (!user.opleidingCodes().isEmpty()) {
            return Optional.of(LangstudeerderFilter.scope(user.regions(), user.opleidingCodes(), null));
        }
        if (!user.schoolCodes().isEmpty()) {
            return Optional.of(LangstudeerderFilter.scope(user.regions(), null, user.schoolCodes()));
        }
        return Optional.empty();
    }

    static boolean canSee(KetenregieUser user, Langstudeerder student) {
        return scope(user).filter(scope -> scope.regions().contains(student.regionCode())
                && (scope.institutes() == null || scope.institutes().contains(student.opleidingCode()))
                && (scope.schools() == null
                        || (student.schoolCode() != null && scope.schools().contains(student.schoolCode())))).isPresent();
    }

    /** Institute users upload their own lists. */
    static boolean mayImport(KetenregieUser user) {
        return !user.opleidingCodes().isEmpty();
    }
}
