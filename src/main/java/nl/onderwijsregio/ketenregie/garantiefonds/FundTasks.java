package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Small helpers the task listeners of the garantiefonds share. */
final class FundTasks {

    private FundTasks() {
    }

    static UUID application(DelegateTask task) {
        return UUID.fromString((String) task.getVariable(FundProcess.APPLICATION));
    }

    /** An amount in euro, more than 0 and at most {@code max}, with at most two decimals. */
    static BigDecimal amount(TaskVariables variables, DelegateTask task, String name, BigDecimal max, String label) {
        Object value = task.getVariable(name);
        if (value instanceof Number number) {
            BigDecimal amount = new BigDecimal(number.toString());
            if (amount.signum() > 0 && amount.compareTo(max) <= 0 && amount.stripTrailingZeros().scale() <= 2) {
                return amount.setScale(2);
            }
        }
        variables.problem("Vul bij " + label + " een bedrag in van meer dan € 0 en hoogstens " + Euro.format(max) + ".");
        return null;
    }
}
