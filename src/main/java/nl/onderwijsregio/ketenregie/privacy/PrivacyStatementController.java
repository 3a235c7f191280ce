package nl.onderwijsregio.ketenregie.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public privacy statement ({@code /privacy}, linked from the registration form). The periods it promises
 * are the settings the retention job, the outbox and the read log run on, so the statement cannot drift from
 * what the application does; controller, officer and purposes come from {@link PrivacyStatement}.
 */
@Controller
class PrivacyStatementController {

    /** One line of the periods table: which data, how long, counted from when. */
    record Termijn(String gegevens, String termijn, String vanaf) {
    }

    private final PrivacyStatement statement;
    private final List<Termijn> periods;

    PrivacyStatementController(PrivacyStatement statement, PrivacySettings settings, RetentionPeriods others,
            @Value("${ketenregie.mail.bewaartermijn}") Period mails) {
        this.statement = statement;
        PrivacySettings.Bewaartermijn kept = settings.bewaartermijn();
        List<Termijn> periods = new ArrayList<>(List.of(
                new Termijn("Je dossier, als je traject stopt vóór het intakegesprek", DutchPeriods.text(kept.zonderIntake()),
                        "na je laatste contact met ons"),
                new Termijn("Je dossier, als je later stopt", DutchPeriods.text(kept.uitgevallen()), "na het einde van je traject"),
                new Termijn("Je dossier, als je traject overgaat naar een andere onderwijsregio",
                        DutchPeriods.text(kept.overgedragen()), "na de overdracht (de andere regio heeft eigen termijnen)"),
                new Termijn("Je dossier, als je traject is afgerond", DutchPeriods.text(kept.afgerond()),
                        "na het einde, dat is na de laatste vraag vijf jaar na je start in het onderwijs"),
                new Termijn("E-mails die we je sturen", DutchPeriods.text(mails), "na verzending"),
                new Termijn("Het logboek van wie je gegevens heeft bekeken", DutchPeriods.text(settings.leeslogBewaartermijn()),
                        "na het bekijken")));
        others.holders().stream().sorted(Comparator.comparing(RetainedPersonalData::kind))
                .forEach(holder -> periods.add(new Termijn(holder.statement().gegevens(),
                        DutchPeriods.text(others.of(holder)), holder.statement().vanaf())));
        this.periods = List.copyOf(periods);
    }

    @GetMapping("/privacy")
    String show(Model model) {
        model.addAttribute("verklaring", statement);
        model.addAttribute("termijnen", periods);
        return "privacy/verklaring";
    }
}
