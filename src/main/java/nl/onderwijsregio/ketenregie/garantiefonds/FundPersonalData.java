package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.InzageRows;
import nl.onderwijsregio.ketenregie.dossier.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Garantiefonds applications of a dossier. They hold codes, amounts and dates only (the candidate's details
 * stay in the dossier), and the ledger is the fund's accounting, so anonymising changes nothing here; an
 * access export lists them, because they are decisions about the person.
 */
@Component
class FundPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    FundPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "garantiefonds";
    }

    @Override
    public Object inzage(UUID dossierId) {
        return InzageRows.query(jdbc, "select id, region_code, bestuur_code, opleiding_code, risk_type, motivation, "
                + "requested_amount, granted_amount, status, rejection_reason, claim_amount, claim_reason, applied_at, "
                + "decided_at, closed_at from fund_application where dossier_id = ? order by applied_at", dossierId);
    }

    @Override
    public int anonymise(UUID dossierId) {
        return 0;
    }
}
