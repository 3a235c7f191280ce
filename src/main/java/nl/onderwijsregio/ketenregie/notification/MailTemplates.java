package nl.onderwijsregio.ketenregie.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from templates/mail/{name}.html and {name}.txt (Dutch, Thymeleaf). Both get the same
 * variables; the subject is a template too ({name}.onderwerp.txt), so it stays next to the text.
 */
@Component
class MailTemplates {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    record Rendered(String subject, String text, String html) {
    }

    Rendered render(MailKind kind, Map<String, Object> variables) {
        Context context = new Context(DUTCH, variables);
        String subject = text.process(kind.template() + ".onderwerp", context).strip().replaceAll("\\s+", " ");
        return new Rendered(subject.length() > 200 ? subject.substring(0, 200) : subject,
                text.process(kind.template(), context), html.process(kind.template(), context));
    }

    /** A date as Dutch readers write it: 3 maart 2026. */
    static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(NETHERLANDS));
    }

    static String date(Date date) {
        return date == null ? null : date(date.toInstant());
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setEnableSpringELCompiler(true);
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
