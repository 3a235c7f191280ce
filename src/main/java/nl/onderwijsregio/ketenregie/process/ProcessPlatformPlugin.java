package nl.onderwijsregio.ketenregie.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs the platform's command interceptors in the engine: {@link RefusalTranslator} around every
 * command, {@link CommandGuard} inside the command context, before the command runs. Decisions evaluate their
 * FEEL with {@link ParsedOnceFeelEngine}.
 */
@Component
class ProcessPlatformPlugin extends AbstractProcessEnginePlugin {

    private final DeclaredVariables declared;

    ProcessPlatformPlugin(DeclaredVariables declared) {
        this.declared = declared;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                prepend(configuration.getCustomPreCommandInterceptorsTxRequired(), new RefusalTranslator(configuration)));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                prepend(configuration.getCustomPostCommandInterceptorsTxRequired(), new CommandGuard(declared)));
        configuration.setDmnEngineConfiguration(withParsedOnceFeel(configuration.getDmnEngineConfiguration()));
    }

    private static DefaultDmnEngineConfiguration withParsedOnceFeel(DefaultDmnEngineConfiguration configured) {
        DefaultDmnEngineConfiguration dmn = configured != null ? configured
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // Asked when the engine builds its DMN engine, after it has handed over its custom FEEL functions.
        dmn.setFeelEngineFactory(() -> new ParsedOnceFeelEngine(
                dmn.getFeelCustomFunctionProviders() == null ? List.of() : dmn.getFeelCustomFunctionProviders()));
        return dmn;
    }

    private static List<CommandInterceptor> prepend(List<CommandInterceptor> existing, CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(interceptor);
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }
}
