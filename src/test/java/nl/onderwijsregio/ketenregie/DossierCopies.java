package nl.onderwijsregio.ketenregie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Multiplies dossiers that went through the real journey (the demo cohorts) into many, with set-based SQL:
 * the dossier and its case data, and every engine row of its journey (running instance, open tasks with due
 * dates, candidate-group identity links, task authorizations, escalation timers, message subscriptions,
 * variables, and the history of instances, activities, tasks, variables, decisions and operations).
 *
 * <p>Copy {@code n} of a template row gets new ids by one rule, {@code md5(old id || '/' || n)} as a UUID,
 * applied to every column that holds an instance-scoped id. Because the rule is the same everywhere, the
 * links between the copied rows (execution to parent, task to execution, identity link and authorization to
 * task, history to runtime, business key to dossier) stay as the engine made them. Columns that point at
 * definitions, deployments, users, groups or tenants are kept. The copy gets its own dossier number (in the
 * dossier, the {@code dossiernummer} variables and the task descriptions), anonymous candidate details, and
 * all its moments (registration, stage history, task creation, due dates, timers) moved back by 0 to 28
 * days, so deadlines spread and some more are overdue.
 */
final class DossierCopies {

    /** Instance-scoped id columns (lower case, as PostgreSQL names Camunda's columns). */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
            "super_exec_", "root_proc_inst_id_", "task_id_", "parent_task_id_", "bytearray_id_", "act_inst_id_",
            "parent_act_inst_id_", "call_proc_inst_id_", "super_process_instance_id_", "process_instance_id_",
            "exception_stack_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_", "job_id_",
            "job_exception_stack_id_", "operation_id_", "resource_id_", "process_instance_id", "super_case_exec_",
            "case_inst_id_", "case_execution_id_", "var_scope_", "restarted_proc_inst_id_", "last_failure_log_id_");

    /** Engine tables and the join by which a row ({@code t}) finds its template instance ({@code i}). */
    private static final Map<String, String> ENGINE_TABLES = new LinkedHashMap<>();

    static {
        String byInstance = " join bench_template_instance i on t.proc_inst_id_ = i.inst";
        String byRoot = " join bench_template_instance i on t.root_proc_inst_id_ = i.inst";
        String byTask = " join act_ru_task x on x.id_ = t.%s join bench_template_instance i on x.proc_inst_id_ = i.inst";
        // Serialized variable values, before the variables that point at them (foreign key).
        String ofTemplates = " where proc_inst_id_ in (select inst from bench_template_instance)";
        ENGINE_TABLES.put("act_ge_bytearray", " join (select bytearray_id_, proc_inst_id_ from act_ru_variable" + ofTemplates
                + " union all select bytearray_id_, proc_inst_id_ from act_hi_varinst" + ofTemplates
                + ") v on v.bytearray_id_ = t.id_ join bench_template_instance i on v.proc_inst_id_ = i.inst");
        ENGINE_TABLES.put("act_ru_execution", byInstance);
        ENGINE_TABLES.put("act_ru_task", byInstance);
        ENGINE_TABLES.put("act_ru_identitylink", byTask.formatted("task_id_"));
        ENGINE_TABLES.put("act_ru_authorization", byTask.formatted("resource_id_"));
        ENGINE_TABLES.put("act_ru_variable", byInstance);
        ENGINE_TABLES.put("act_ru_job", " join bench_template_instance i on t.process_instance_id_ = i.inst");
        ENGINE_TABLES.put("act_ru_event_subscr", byInstance);
        ENGINE_TABLES.put("act_ru_incident", byInstance);
        ENGINE_TABLES.put("act_hi_procinst", byInstance);
        ENGINE_TABLES.put("act_hi_actinst", byInstance);
        ENGINE_TABLES.put("act_hi_taskinst", byInstance);
        ENGINE_TABLES.put("act_hi_varinst", byInstance);
        ENGINE_TABLES.put("act_hi_detail", byInstance);
        ENGINE_TABLES.put("act_hi_identitylink", byRoot);
        ENGINE_TABLES.put("act_hi_decinst", byRoot);
        ENGINE_TABLES.put("act_hi_dec_in", byRoot);
        ENGINE_TABLES.put("act_hi_dec_out", byRoot);
        ENGINE_TABLES.put("act_hi_op_log", byRoot);
        ENGINE_TABLES.put("act_hi_job_log", byRoot);
        ENGINE_TABLES.put("act_hi_incident", byRoot);
    }

    /** Case data tables with a dossier_id (besides the dossier itself), copied with the dossier. */
    private static final List<String> CASE_TABLES = List.of("stage_transition", "coaching_hours", "follow_up",
            "school_placement", "dossier_note");

    private static final int COPIES_PER_STEP = 50;
    /** Tables filled side by side. */
    private static final int THREADS = 4;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int templates;

    /**
     * Records the template, unless the database already has one from an earlier run: every dossier with a
     * ZijInstroomTraject instance, and every instance of its journey and of the follow-ups of its overdue tasks
     * (with their sub-instances), by dossier.
     */
    DossierCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        if (jdbc.queryForObject("select to_regclass('bench_template_instance') is null", Boolean.class)) {
            jdbc.execute("create table bench_template_dossier as select d.id, d.dossier_number as number, "
                    + "(row_number() over (order by d.registered_at, d.id))::int as k from dossier d where exists (select 1 "
                    + "from act_hi_procinst p where p.business_key_ = d.id::text and p.proc_def_key_ = 'ZijInstroomTraject')");
            jdbc.execute("create table bench_template_instance as select p.id_ as inst, d.id as dossier, d.number, d.k "
                    + "from act_hi_procinst p join act_hi_procinst r on r.id_ = p.root_proc_inst_id_ "
                    + "join bench_template_dossier d on r.business_key_ = d.id::text "
                    + "where r.proc_def_key_ in ('ZijInstroomTraject', 'VerlopenTaakOpvolgen')");
            jdbc.execute("create index on bench_template_instance (inst)");
            jdbc.execute("create or replace function bench_id(v text, n int) returns text language sql immutable as "
                    + "'select md5(v || ''/'' || n)::uuid::text'");
        }
        this.templates = jdbc.queryForObject("select count(*) from bench_template_dossier", Integer.class);
    }

    /** The highest copy number in the database (0: none yet). */
    int copied() {
        return jdbc.queryForObject("select coalesce(max(split_part(split_part(dossier_number, '-B', 2), '-', 1)::int), 0) "
                + "from dossier where dossier_number like '%-B%'", Integer.class);
    }

    int templates() {
        return templates;
    }

    /**
     * Adds copies {@code from} to {@code to} (inclusive) of every template dossier, in steps of at most
     * {@value #COPIES_PER_STEP} copies; within a step the tables are filled side by side, each in its own
     * transaction (the templates do not change while the benchmark copies: the job executor is off).
     */
    void copy(int from, int to) {
        // A bulk load: inserting into dozens of indexes row by row costs far more than building them afterwards.
        List<String> indexes = jdbc.queryForList("select indexdef from pg_indexes where schemaname = current_schema() "
                + "and tablename in (" + String.join(", ", copiedTables().stream().map(t -> "'" + t + "'").toList())
                + ") and indexname not in (select conname from pg_constraint)", String.class);
        for (String index : indexes) {
            jdbc.execute("drop index " + index.replaceAll("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int first = from; first <= to; first += COPIES_PER_STEP) {
                List<Future<?>> inserts = new ArrayList<>();
                for (String insert : inserts(first, Math.min(to, first + COPIES_PER_STEP - 1))) {
                    inserts.add(threads.submit(() -> transactions.executeWithoutResult(status -> {
                        // Consistent by construction (the benchmark's sanity checks use the copies): no foreign key
                        // checks row by row (PostgreSQL skips them for replicated rows).
                        jdbc.execute("set local session_replication_role = replica");
                        jdbc.update(insert);
                    })));
                }
                for (Future<?> insert : inserts) {
                    insert.get();
                }
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Copying failed", e);
        } finally {
            threads.shutdown();
        }
        indexes.forEach(index -> jdbc.execute("set maintenance_work_mem = '256MB'; " + index));
    }

    private static List<String> copiedTables() {
        List<String> tables = new ArrayList<>(List.of("dossier"));
        tables.addAll(CASE_TABLES);
        tables.addAll(ENGINE_TABLES.keySet());
        return tables;
    }

    private List<String> inserts(int from, int to) {
        String copies = " cross join generate_series(" + from + ", " + to + ") n";
        List<String> inserts = new ArrayList<>();
        inserts.add(insert("dossier", dossierColumns(), " from dossier t join bench_template_dossier i on t.id = i.id"
                + copies));
        for (String table : CASE_TABLES) {
            inserts.add(insert(table, caseColumns(table), " from " + table
                    + " t join bench_template_dossier i on t.dossier_id = i.id" + copies));
        }
        ENGINE_TABLES.forEach((table, join) -> inserts.add(insert(table, engineColumns(table),
                " from " + table + " t" + join + copies)));
        return inserts;
    }

    private static String insert(String table, Map<String, String> columns, String from) {
        return "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") select "
                + String.join(", ", columns.values()) + from;
    }

    /** The moments of copy n of template dossier k move back by 0 to 28 days. */
    private static final String SHIFT = "(((n + i.k) % 29) * interval '1 day')";
    private static final String NEW_NUMBER = "(split_part(i.number, '-', 1) || '-B' || n || '-' || i.k)";

    private Map<String, String> dossierColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Column column : columns("dossier")) {
            columns.put(column.name, switch (column.name) {
                case "id" -> "bench_id(t.id::text, n)::uuid";
                case "handed_over_from" -> "case when t.handed_over_from is null then null "
                        + "else bench_id(t.handed_over_from::text, n)::uuid end";
                case "voornaam" -> "'Kandidaat'";
                case "achternaam" -> "'Bench ' || n || '-' || i.k";
                case "email" -> "'bench' || n || '-' || i.k || '@voorbeeld.nl'";
                case "open_email_key" -> "case when t.open_email_key is null then null "
                        + "else 'bench' || n || '-' || i.k || '@voorbeeld.nl' end";
                case "telefoon" -> "null";
                case "dossier_number" -> NEW_NUMBER;
                case "version" -> "0";
                default -> shifted(column);
            });
        }
        return columns;
    }

    private Map<String, String> caseColumns(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Column column : columns(table)) {
            if (column.identity) {
                continue;
            }
            columns.put(column.name, column.name.equals("dossier_id") ? "bench_id(t.dossier_id::text, n)::uuid"
                    : shifted(column));
        }
        return columns;
    }

    private Map<String, String> engineColumns(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Column column : columns(table)) {
            String name = column.name;
            String value = "t." + name;
            if (INSTANCE_IDS.contains(name)) {
                columns.put(name, "case when " + value + " is null then null else bench_id(" + value + ", n) end");
            } else if (name.equals("description_")) {
                columns.put(name, "replace(" + value + ", 'Dossier ' || i.number, 'Dossier ' || " + NEW_NUMBER + ")");
            } else if (column.text) {
                // The business key (dossier id) and the dossiernummer variables.
                columns.put(name, "case when " + value + " = i.dossier::text then bench_id(" + value + ", n) when "
                        + value + " = i.number then " + NEW_NUMBER + " else " + value + " end");
            } else {
                columns.put(name, shifted(column));
            }
        }
        return columns;
    }

    private static String shifted(Column column) {
        String value = "t." + column.name;
        return switch (column.type) {
            case "timestamp with time zone", "timestamp without time zone" -> value + " - " + SHIFT;
            case "date" -> "(" + value + " - " + SHIFT + ")::date";
            default -> value;
        };
    }

    record Column(String name, String type, boolean identity, boolean text) {
    }

    private List<Column> columns(String table) {
        List<Column> columns = new ArrayList<>();
        jdbc.query("select column_name, data_type, is_identity from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position", row -> {
                    String type = row.getString(2);
                    columns.add(new Column(row.getString(1), type, "YES".equals(row.getString(3)),
                            type.equals("character varying") || type.equals("text")));
                }, table);
        return columns;
    }
}
