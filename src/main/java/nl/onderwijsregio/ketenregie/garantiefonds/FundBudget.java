package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fund's money per region and year. The budget is set by an administrator; every change of money is
 * an appended ledger row, and the balance is always derived from those rows. A reservation locks the
 * budget row first, so two grants of the last euros at the same moment cannot both succeed: the fund can
 * never be overspent. Runs in the caller's transaction (for grants: the engine's).
 */
@Component
public class FundBudget {

    /** Budget and use of one region's fund in one year; {@code beschikbaar} = budget - gereserveerd - uitbetaald. */
    public record Balance(String regio, int jaar, BigDecimal budget, BigDecimal gereserveerd, BigDecimal uitbetaald,
            BigDecimal beschikbaar) {
    }

    /** One ledger row. */
    public record Entry(long id, UUID applicationId, LedgerKind kind, BigDecimal amount, String actor, String reason,
            Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FundBudget(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Balance balance(String region, int year) {
        BigDecimal budget = jdbc.query("select amount from fund_budget where region_code = ? and budget_year = ?",
                (rs, row) -> rs.getBigDecimal(1), region, year).stream().findFirst().orElse(BigDecimal.ZERO);
        return balance(region, year, budget);
    }

    /**
     * Sets the year's budget. It cannot go below what is already reserved and paid.
     *
     * @return false when the new budget would be lower than what is committed
     */
    public boolean setBudget(String region, int year, BigDecimal amount, String actor) {
        lockOrCreate(region, year, actor);
        Balance current = balance(region, year);
        if (amount.compareTo(current.gereserveerd().add(current.uitbetaald())) < 0) {
            return false;
        }
        jdbc.update("update fund_budget set amount = ?, updated_by = ?, updated_at = ? where region_code = ? and budget_year = ?",
                amount, actor, now(), region, year);
        return true;
    }

    /**
     * Reserves {@code amount} for the application, if the fund has that much available.
     *
     * @return false when the available amount is too small; nothing is booked then
     */
    boolean reserve(String region, int year, UUID applicationId, BigDecimal amount, String actor) {
        BigDecimal budget = jdbc.query("select amount from fund_budget where region_code = ? and budget_year = ? for update",
                (rs, row) -> rs.getBigDecimal(1), region, year).stream().findFirst().orElse(null);
        if (budget == null || amount.compareTo(balance(region, year, budget).beschikbaar()) > 0) {
            return false;
        }
        book(region, year, applicationId, LedgerKind.RESERVERING, amount, actor, "Garantie toegekend");
        return true;
    }

    /** Gives back what is still reserved for the application (nothing when nothing is). */
    void release(String region, int year, UUID applicationId, String actor, String reason) {
        BigDecimal reserved = reservedFor(applicationId);
        if (reserved.signum() > 0) {
            book(region, year, applicationId, LedgerKind.VRIJGAVE, reserved, actor, reason);
        }
    }

    /** Pays {@code amount} on an approved claim: the reservation is consumed, the amount paid. */
    void pay(String region, int year, UUID applicationId, BigDecimal amount, String actor) {
        release(region, year, applicationId, actor, "Reservering omgezet in uitbetaling");
        book(region, year, applicationId, LedgerKind.UITBETALING, amount, actor, "Claim goedgekeurd");
    }

    BigDecimal reservedFor(UUID applicationId) {
        return jdbc.queryForObject("select coalesce(sum(case kind when 'RESERVERING' then amount when 'VRIJGAVE' then -amount "
                + "else 0 end), 0) from fund_ledger where application_id = ?", BigDecimal.class, applicationId);
    }

    public List<Entry> ledger(UUID applicationId) {
        return jdbc.query("select id, application_id, kind, amount, actor, reason, booked_at from fund_ledger "
                + "where application_id = ? order by id", (rs, row) -> new Entry(rs.getLong(1),
                        rs.getObject(2, UUID.class), LedgerKind.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), applicationId);
    }

    private Balance balance(String region, int year, BigDecimal budget) {
        return jdbc.queryForObject("select "
                + "coalesce(sum(case kind when 'RESERVERING' then amount when 'VRIJGAVE' then -amount else 0 end), 0), "
                + "coalesce(sum(case kind when 'UITBETALING' then amount when 'CORRECTIE' then amount else 0 end), 0) "
                + "from fund_ledger where region_code = ? and budget_year = ?", (rs, row) -> {
                    BigDecimal reserved = rs.getBigDecimal(1);
                    BigDecimal paid = rs.getBigDecimal(2);
                    return new Balance(region, year, budget, reserved, paid, budget.subtract(reserved).subtract(paid));
                }, region, year);
    }

    private void lockOrCreate(String region, int year, String actor) {
        if (jdbc.queryForList("select amount from fund_budget where region_code = ? and budget_year = ? for update",
                BigDecimal.class, region, year).isEmpty()) {
            jdbc.update("insert into fund_budget (region_code, budget_year, amount, updated_by, updated_at) values (?, ?, 0, ?, ?)",
                    region, year, actor, now());
        }
    }

    private void book(String region, int year, UUID applicationId, LedgerKind kind, BigDecimal amount, String actor,
            String reason) {
        jdbc.update("insert into fund_ledger (region_code, budget_year, application_id, kind, amount, actor, reason, booked_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", region, year, applicationId, kind.name(), amount, actor, reason, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
