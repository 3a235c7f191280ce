package nl.onderwijsregio.ketenregie.privacy;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The retention period of each kind of personal data outside the dossiers,
 * {@code ketenregie.privacy.bewaartermijn.<kind>}, read once at start: a holder without its period stops the
 * start, so the job never runs without one. A feature adds a holder and a setting; this class does not change.
 */
@Component
class RetentionPeriods {

    private final List<RetainedPersonalData> holders;
    private final Map<String, Period> periods;

    RetentionPeriods(List<RetainedPersonalData> holders, Environment environment) {
        this.holders = holders;
        Binder settings = Binder.get(environment);
        // Two holders of one kind fail here too (duplicate key): each kind has one period and one statement line.
        this.periods = holders.stream().map(RetainedPersonalData::kind).collect(Collectors.toMap(Function.identity(),
                kind -> settings
                        .bind("ketenregie.privacy.bewaartermijn." + kind, Period.class)
                        .orElseThrow(() -> new IllegalStateException("No retention period configured for " + kind
                                + " (ketenregie.privacy.bewaartermijn." + kind + ")"))));
    }

    List<RetainedPersonalData> holders() {
        return holders;
    }

    Period of(RetainedPersonalData holder) {
        return periods.get(holder.kind());
    }
}
