package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Regions are tenants. Process definitions are shared by all regions (deployed once, without tenant);
 * each instance belongs to the region in its "regio" variable, and so do its tasks, which lets the
 * engine's tenant check keep regions apart. This is Camunda's documented "shared definitions" pattern.
 */
@Component
class RegionTenantPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new RegionTenantIdProvider());
    }

    static class RegionTenantIdProvider implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
            if (context.getSuperExecution() != null) {
                return context.getSuperExecution().getTenantId();
            }
            Object region = context.getVariables().get(PlatformVariables.REGIO);
            return region == null ? null : region.toString();
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
            if (context.getExecution() != null) {
                return context.getExecution().getTenantId();
            }
            return null;
        }
    }
}
